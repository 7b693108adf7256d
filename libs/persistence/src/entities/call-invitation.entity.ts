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
import { UserEntity } from './user.entity';

/**
 * One member invited to answer a targeted call. The unique pair makes the fan-out idempotent: a member
 * gets a call once, however often the job runs. The token in the mail's link answers for that member.
 */
@Entity({ name: 'call_invitations' })
@Index('uq_call_invitations_call_user', ['callId', 'userId'], { unique: true })
export class CallInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'fk_call_invitations_call' })
  call?: CallEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_call_invitations_user' })
  user?: UserEntity;

  /** SHA-256 of the answer link's token. */
  @Index('uq_call_invitations_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
