import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'magic_link_sent'
  | 'invite_sent'
  | 'invite_accepted'
  | 'password_reset_requested'
  | 'password_reset'
  | 'role_changed'
  | 'account_deactivated'
  | 'account_reactivated'
  | 'api_token_created'
  | 'api_token_revoked'
  | 'contact_details_viewed'
  | 'expert_assigned'
  | 'expert_unassigned'
  | 'expert_due_date_changed'
  | 'analysis_submitted'
  | 'publication_finding_accepted'
  | 'publication_published'
  | 'feedback_edited'
  | 'feedback_sent'
  | 'feedback_recipient_undeliverable'
  | 'table_liaisons_changed'
  | 'meeting_brief_viewed';

/** Who did what to whom, for accountability (AVG): sign-ins, role changes, access to contact details. */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_at', ['at'])
@Index('ix_audit_log_subject', ['subjectType', 'subjectId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'subject_type', type: 'varchar', length: 20, nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  subjectId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  /** Never a password, token or the contact details themselves. */
  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, string | number | boolean | null>;
}
