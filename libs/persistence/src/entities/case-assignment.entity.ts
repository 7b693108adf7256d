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

/** An expert assigned to a case: what lets the expert see that case (and only that). */
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

  @Column({ name: 'expert_id', type: 'uuid' })
  expertId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id', foreignKeyConstraintName: 'fk_case_assignments_expert' })
  expert?: UserEntity;

  @Column({ name: 'assigned_by_id', type: 'uuid', nullable: true })
  assignedById!: string | null;

  @CreateDateColumn({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;
}
