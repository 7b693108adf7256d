import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CallEntity } from './call.entity';
import type { Domain, OrganisationType, RecognitionAnswer, Urgency } from '@app/workflow';

/**
 * One respondent's answer to a targeted call. One per respondent per call: a second answer updates the
 * first. A respondent is a member account or, for an anonymous answer, a confirmed e-mail address.
 */
@Entity({ name: 'call_answers' })
@Index('uq_call_answers_call_respondent', ['callId', 'respondentKey'], { unique: true })
export class CallAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'fk_call_answers_call' })
  call?: CallEntity;

  /** `user:<id>` or `email:<lower-case address>`: who this answer belongs to. */
  @Column({ name: 'respondent_key', type: 'varchar', length: 300 })
  respondentKey!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** The confirmed address of an anonymous respondent; personal data, never shown outside the staff. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 20 })
  recognition!: RecognitionAnswer;

  @Column({ type: 'varchar', length: 10 })
  urgency!: Urgency;

  /** What is needed to act on it, in the respondent's words. */
  @Column({ type: 'text' })
  needed!: string;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'varchar', length: 20 })
  domain!: Domain;

  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Column({ name: 'organisation_type', type: 'varchar', length: 40 })
  organisationType!: OrganisationType;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  /** May this answer be quoted in something shared? Private unless the respondent says so. */
  @Column({ name: 'consent_publication', type: 'boolean', default: false })
  consentPublication!: boolean;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
