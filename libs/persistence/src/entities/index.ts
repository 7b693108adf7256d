import { ApiTokenEntity } from './api-token.entity';
import { AuditLogEntity } from './audit-log.entity';
import { AuthLinkEntity } from './auth-link.entity';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CaseEntity } from './case.entity';
import { IdempotencyRecordEntity } from './idempotency-record.entity';
import { JobFailureEntity } from './job-failure.entity';
import { MailMessageEntity } from './mail-message.entity';
import { OutboxEntity } from './outbox.entity';
import { SessionEntity } from './session.entity';
import { SignalEntity } from './signal.entity';
import { StepHistoryEntity } from './step-history.entity';
import { UserEntity } from './user.entity';

export {
  ApiTokenEntity,
  AuditLogEntity,
  AuthLinkEntity,
  CaseAssignmentEntity,
  SessionEntity,
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
  SessionEntity,
  ApiTokenEntity,
  AuthLinkEntity,
  AuditLogEntity,
  CaseAssignmentEntity,
];

export { AUTH_LINK_PURPOSES, type AuthLinkPurpose } from './auth-link.entity';
export type { AuditAction } from './audit-log.entity';
