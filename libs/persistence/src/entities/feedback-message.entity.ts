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
import type { FeedbackMessageStatus } from '@app/workflow';
import { CaseEntity } from './case.entity';

/**
 * The feedback of a case (step 7): prepared from its history and outcomes when the case enters
 * feedback, edited and previewed by the adviser, then sent to every recipient. One per case.
 */
@Entity({ name: 'feedback_messages' })
export class FeedbackMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_feedback_messages_case', { unique: true })
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_feedback_messages_case' })
  case?: CaseEntity;

  /** What happened with the signal. */
  @Column({ name: 'what_happened_nl', type: 'text' })
  whatHappenedNl!: string;

  @Column({ name: 'what_happened_en', type: 'text' })
  whatHappenedEn!: string;

  /** Which steps were taken. */
  @Column({ name: 'steps_taken_nl', type: 'text' })
  stepsTakenNl!: string;

  @Column({ name: 'steps_taken_en', type: 'text' })
  stepsTakenEn!: string;

  /** What the agenda-setting achieved. */
  @Column({ name: 'achieved_nl', type: 'text' })
  achievedNl!: string;

  @Column({ name: 'achieved_en', type: 'text' })
  achievedEn!: string;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: FeedbackMessageStatus;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'sent_by_id', type: 'uuid', nullable: true })
  sentById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'prepared_at', type: 'timestamptz' })
  preparedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
