import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Jobs to enqueue, written in the same transaction as the change that causes them. The relay moves
 * them onto BullMQ after commit, so a worker never sees uncommitted data and a lost Redis loses no work.
 */
@Entity({ name: 'outbox' })
@Index('ix_outbox_pending', ['id'], { where: 'dispatched_at IS NULL' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'job_name', type: 'varchar', length: 60 })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, string>;

  /** Run the job no earlier than this (a delayed job, e.g. when a call closes); null runs it now. */
  @Column({ name: 'run_at', type: 'timestamptz', nullable: true })
  runAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
