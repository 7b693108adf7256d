import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job that failed its last attempt: kept where staff see it, since BullMQ will not try again. */
@Entity({ name: 'job_failures' })
export class JobFailureEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'job_name', type: 'varchar', length: 60 })
  jobName!: string;

  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'text' })
  error!: string;

  @CreateDateColumn({ name: 'failed_at', type: 'timestamptz' })
  failedAt!: Date;
}
