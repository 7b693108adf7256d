import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AnalysisEntity } from './analysis.entity';
import type { AnalysisStatus } from '@app/workflow';

/** Every saved state of an analysis, in order: drafts and submissions are kept, never overwritten. */
@Entity({ name: 'analysis_versions' })
@Index('uq_analysis_versions_analysis_version', ['analysisId', 'version'], { unique: true })
export class AnalysisVersionEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'analysis_id', type: 'uuid' })
  analysisId!: string;

  @ManyToOne(() => AnalysisEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'analysis_id', foreignKeyConstraintName: 'fk_analysis_versions_analysis' })
  analysis?: AnalysisEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: AnalysisStatus;

  /** The analysis's content at this version. */
  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  @CreateDateColumn({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;
}
