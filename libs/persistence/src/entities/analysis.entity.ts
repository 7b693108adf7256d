import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CaseEntity } from './case.entity';
import type { AnalysisStatus, CauseArea, HandlingOption } from '@app/workflow';

export interface CauseAreaFinding {
  /** Does this cause area play a role? Null while the expert has not said. */
  playsRole: boolean | null;
  explanation: string;
}

export type CauseAreaFindings = Record<CauseArea, CauseAreaFinding>;

/** An expert's root-cause analysis of a case (step 4): one per assignment, every save kept as a version. */
@Entity({ name: 'analyses' })
@Index('ix_analyses_case_status', ['caseId', 'status'])
export class AnalysisEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_analyses_case' })
  case?: CaseEntity;

  @Index('uq_analyses_assignment', { unique: true })
  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => CaseAssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_analyses_assignment' })
  assignment?: CaseAssignmentEntity;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: AnalysisStatus;

  @Column({ name: 'cause_areas', type: 'jsonb' })
  causeAreas!: CauseAreaFindings;

  @Column({ name: 'root_cause_summary', type: 'text', default: '' })
  rootCauseSummary!: string;

  @Column({ type: 'text', default: '' })
  recommendations!: string;

  @Column({ name: 'proposed_handling_option', type: 'varchar', length: 40, nullable: true })
  proposedHandlingOption!: HandlingOption | null;

  /** Bumped on every save; the number of the newest row in analysis_versions. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
