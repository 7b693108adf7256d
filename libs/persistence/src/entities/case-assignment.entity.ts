import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CaseEntity } from './case.entity';
import { UserEntity } from './user.entity';

/**
 * An expert assigned to a case: what lets the expert see that case (and only that). A staff expert
 * signs in; an external expert gets a private, expiring link that shows the case without submitter identity.
 */
@Entity({ name: 'case_assignments' })
@Index('uq_case_assignments_case_expert', ['caseId', 'expertId'], { unique: true })
@Index('ix_case_assignments_expert', ['expertId'])
export class CaseAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_assignments_case' })
  case?: CaseEntity;

  /** The staff expert; null for an external expert, who works through a private link instead. */
  @Column({ name: 'expert_id', type: 'uuid', nullable: true })
  expertId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_case_assignments_expert' })
  expert?: UserEntity;

  /** An external expert's name and address; null for staff experts (their account has them). */
  @Column({ name: 'external_name', type: 'varchar', length: 200, nullable: true })
  externalName!: string | null;

  @Column({ name: 'external_email', type: 'varchar', length: 254, nullable: true })
  externalEmail!: string | null;

  /** SHA-256 of an external expert's private link token; the link stops working at `accessExpiresAt`. */
  @Index('uq_case_assignments_access_token_hash', { unique: true })
  @Column({ name: 'access_token_hash', type: 'char', length: 64, nullable: true })
  accessTokenHash!: string | null;

  @Column({ name: 'access_expires_at', type: 'timestamptz', nullable: true })
  accessExpiresAt!: Date | null;

  /** When the analysis is due (a calendar date, Dutch time); reminders are planned from it. */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'assigned_by_id', type: 'uuid', nullable: true })
  assignedById!: string | null;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;
}
