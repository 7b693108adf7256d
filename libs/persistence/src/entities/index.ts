import { PublicationEntity } from './publication.entity';
import { PublicationCaseEntity } from './publication-case.entity';
import { PublicationFindingEntity } from './publication-finding.entity';
import { NationalTableEntity } from './national-table.entity';
import { TableLiaisonEntity } from './table-liaison.entity';
import { ThemeEntity } from './theme.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaItemEventEntity } from './agenda-item-event.entity';
import { AgendaItemDocumentEntity } from './agenda-item-document.entity';
import { FeedbackMessageEntity } from './feedback-message.entity';
import { FeedbackRecipientEntity } from './feedback-recipient.entity';
import { AnalysisEntity } from './analysis.entity';
import { AnalysisVersionEntity } from './analysis-version.entity';
import { CallEntity } from './call.entity';
import { CallInvitationEntity } from './call-invitation.entity';
import { CallAnswerEntity } from './call-answer.entity';
import { PendingCallAnswerEntity } from './pending-call-answer.entity';
import { CaseEndorsementEntity } from './case-endorsement.entity';
import { RecognitionTallyEntity } from './recognition-tally.entity';
import { RecognitionConversationEntity } from './recognition-conversation.entity';
import { SettingEntity } from './setting.entity';
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
  PublicationEntity,
  PublicationCaseEntity,
  PublicationFindingEntity,
  NationalTableEntity,
  TableLiaisonEntity,
  ThemeEntity,
  AgendaItemEntity,
  AgendaItemEventEntity,
  AgendaItemDocumentEntity,
  FeedbackMessageEntity,
  FeedbackRecipientEntity,
  AnalysisEntity,
  AnalysisVersionEntity,
  CallEntity,
  CallInvitationEntity,
  CallAnswerEntity,
  PendingCallAnswerEntity,
  CaseEndorsementEntity,
  RecognitionTallyEntity,
  RecognitionConversationEntity,
  SettingEntity,
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
  AnalysisEntity,
  AnalysisVersionEntity,
  CallEntity,
  CallInvitationEntity,
  CallAnswerEntity,
  PendingCallAnswerEntity,
  CaseEndorsementEntity,
  RecognitionTallyEntity,
  RecognitionConversationEntity,
  SettingEntity,
  PublicationEntity,
  PublicationCaseEntity,
  PublicationFindingEntity,
  NationalTableEntity,
  TableLiaisonEntity,
  ThemeEntity,
  AgendaItemEntity,
  AgendaItemEventEntity,
  AgendaItemDocumentEntity,
  FeedbackMessageEntity,
  FeedbackRecipientEntity,
];

export { AUTH_LINK_PURPOSES, type AuthLinkPurpose } from './auth-link.entity';
export type { AuditAction } from './audit-log.entity';
export type { CauseAreaFinding, CauseAreaFindings } from './analysis.entity';
export type { NeedsTheme, RecognitionFigures } from './recognition-tally.entity';
