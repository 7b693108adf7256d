import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CallEntity } from './call.entity';

/**
 * An anonymous answer waiting for its author to confirm the e-mail address. It counts for nothing until
 * confirmed; then it becomes (or updates) that address's answer and this row goes.
 */
@Entity({ name: 'pending_call_answers' })
export class PendingCallAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'fk_pending_call_answers_call' })
  call?: CallEntity;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The answer as submitted (the same fields as a call answer). */
  @Column({ type: 'jsonb' })
  answer!: Record<string, unknown>;

  @Index('uq_pending_call_answers_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
