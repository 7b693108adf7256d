import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: every step change of a signal or case (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'step_history' })
@Index('ix_step_history_subject', ['subjectType', 'subjectId', 'id'])
export class StepHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 10 })
  subjectType!: 'signal' | 'case';

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** Null for the first row: the subject was created in `toStep`. */
  @Column({ name: 'from_step', type: 'varchar', length: 20, nullable: true })
  fromStep!: string | null;

  @Column({ name: 'to_step', type: 'varchar', length: 20 })
  toStep!: string;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  /** Null when the system acted (a job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20 })
  actorRole!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** What a decision rested on, e.g. the recognition tally and conversations when a case leaves step 3. */
  @Column({ type: 'jsonb', nullable: true })
  evidence!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
