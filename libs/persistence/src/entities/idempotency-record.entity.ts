import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a request sent with an Idempotency-Key, so a retry gets that answer instead of
 * a duplicate. Kept for an hour (the sweeper removes older rows): it holds the private tracking link.
 */
@Entity({ name: 'idempotency_records' })
export class IdempotencyRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  /** SHA-256 of the request body: the same key with another body is refused, not replayed. */
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  @Column({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  @Index('ix_idempotency_records_created')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
