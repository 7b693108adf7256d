import { CaseEntity } from './case.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { JobFailureEntity } from './job-failure.entity';
import { MailMessageEntity } from './mail-message.entity';
import { OutboxEntity } from './outbox.entity';
import { SignalEntity } from './signal.entity';
import { StepHistoryEntity } from './step-history.entity';
import { UserEntity } from './user.entity';

export {
  CaseEntity,
  IdempotencyRecordEntity,
  JobFailureEntity,
  MailMessageEntity,
  OutboxEntity,
  SignalEntity,
  StepHistoryEntity,
  UserEntity,
};

export const ENTITIES = [
  UserEntity,
  CaseEntity,
  SignalEntity,
  StepHistoryEntity,
  OutboxEntity,
  MailMessageEntity,
  JobFailureEntity,
  IdempotencyRecordEntity,
];
