import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { FeedbackDeliveryStatus, FeedbackRecipientKind, Helpfulness, Locale } from '@app/workflow';
import { CaseEntity } from './case.entity';

/**
 * One person the feedback of a case goes to: a signal's submitter or a call respondent who consented to
 * contact. One row per case and address, so nobody gets it twice; someone it cannot reach is recorded
 * as undeliverable with the reason.
 */
@Entity({ name: 'feedback_recipients' })
@Index('uq_feedback_recipients_case_email', ['caseId', 'email'], { unique: true })
@Index('ix_feedback_recipients_case_status', ['caseId', 'status'])
export class FeedbackRecipientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_feedback_recipients_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 20 })
  kind!: FeedbackRecipientKind;

  /** The signal (submitter) or call answer (respondent) this recipient comes from. */
  @Column({ name: 'signal_id', type: 'uuid', nullable: true })
  signalId!: string | null;

  @Column({ name: 'call_answer_id', type: 'uuid', nullable: true })
  callAnswerId!: string | null;

  /** Lower case; empty for a submitter without an address (then undeliverable, with the reason). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale!: Locale;

  @Column({ type: 'varchar', length: 15, default: 'pending' })
  status!: FeedbackDeliveryStatus;

  @Column({ name: 'undeliverable_reason', type: 'text', nullable: true })
  undeliverableReason!: string | null;

  @Column({ name: 'mail_id', type: 'uuid', nullable: true })
  mailId!: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** SHA-256 of the token in the "did this help?" links. */
  @Index('uq_feedback_recipients_response_token_hash', { unique: true })
  @Column({ name: 'response_token_hash', type: 'char', length: 64, nullable: true })
  responseTokenHash!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  helped!: Helpfulness | null;

  @Column({ name: 'response_comment', type: 'text', nullable: true })
  responseComment!: string | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
