import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type {
  Channel,
  Domain,
  HandlingOption,
  Locale,
  SignalKind,
  SignalStep,
  SubmitterRole,
} from '@app/workflow';
import { CaseEntity } from './case.entity';
import type { TriageSuggestions } from '../triage-suggestions';

/** One submission. It keeps its own submitter and consent; once linked it follows its case. */
@Entity({ name: 'signals' })
@Index('ix_signals_step_created', ['step', 'createdAt'])
@Index('ix_signals_created', ['createdAt'])
@Index('ix_signals_search_vector', { synchronize: false })
@Index('ix_signals_title_trgm', { synchronize: false })
export class SignalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_signals_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 20, default: 'bottleneck' })
  kind!: SignalKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'varchar', length: 20, array: true })
  domains!: Domain[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ name: 'submitter_role', type: 'varchar', length: 40, nullable: true })
  submitterRole!: SubmitterRole | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @Column({ type: 'varchar', length: 40, default: 'website' })
  channel!: Channel;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'consent_contact', type: 'boolean', default: false })
  consentContact!: boolean;

  @Column({ name: 'consent_publication', type: 'boolean', default: false })
  consentPublication!: boolean;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  locale!: Locale;

  /** The open call (oproep) this signal answers. */
  @Index('ix_signals_call')
  @Column({ name: 'call_id', type: 'uuid', nullable: true })
  callId!: string | null;

  /** Inherited from its case once the adviser chose the case's handling option (domain: every signal has one). */
  @Column({ name: 'handling_option', type: 'varchar', length: 40, nullable: true })
  handlingOption!: HandlingOption | null;

  /** The member account that submitted it, when a member was signed in. */
  @Index('ix_signals_submitted_by')
  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById!: string | null;

  /** The adviser who registered a signal heard offline on someone's behalf. */
  @Column({ name: 'registered_by_id', type: 'uuid', nullable: true })
  registeredById!: string | null;

  @Column({ type: 'varchar', length: 20 })
  step!: SignalStep;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Index('ix_signals_case')
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_signals_case' })
  case?: CaseEntity | null;

  @Column({ name: 'linked_at', type: 'timestamptz', nullable: true })
  linkedAt!: Date | null;

  /** SHA-256 of the private tracking token; the token itself is only ever given to the submitter. */
  @Index('uq_signals_tracking_token_hash', { unique: true })
  @Column({ name: 'tracking_token_hash', type: 'char', length: 64 })
  trackingTokenHash!: string;

  @Column({ type: 'jsonb', nullable: true })
  suggestions!: TriageSuggestions | null;

  @Column({ name: 'suggested_at', type: 'timestamptz', nullable: true })
  suggestedAt!: Date | null;

  /** Dutch full-text vector, maintained by Postgres so ranking never recomputes it. */
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('dutch', coalesce("title", '')), 'A') || setweight(to_tsvector('dutch', coalesce("description", '')), 'B')`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
