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
import { CaseEntity } from './case.entity';
import type { RecognitionRecommendation, RecognitionThresholds } from '@app/workflow';

export interface NeedsTheme {
  /** A word as respondents wrote it. */
  term: string;
  /** How many answers name it. */
  answers: number;
}

/** The numbers behind a tally; stored as they were when the call closed. */
export interface RecognitionFigures {
  respondents: number;
  recognised: number;
  partly: number;
  notRecognised: number;
  /** "I recognise this" from members outside the call, counted as recognising. */
  endorsements: number;
  shareRecognising: number;
  domainsRecognising: number;
  regionsRecognising: number;
  organisationsRecognising: number;
  byDomain: Record<string, number>;
  byRegion: Record<string, number>;
  urgency: { low: number; medium: number; high: number };
  needsThemes: NeedsTheme[];
}

/** The recognition check's result when a targeted call closed: one per call, never recomputed. */
@Entity({ name: 'recognition_tallies' })
export class RecognitionTallyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_recognition_tallies_call', { unique: true })
  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @ManyToOne(() => CallEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'fk_recognition_tallies_call' })
  call?: CallEntity;

  @Index('ix_recognition_tallies_case')
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_recognition_tallies_case' })
  case?: CaseEntity;

  @Column({ type: 'jsonb' })
  figures!: RecognitionFigures;

  @Column({ type: 'varchar', length: 10 })
  recommendation!: RecognitionRecommendation;

  /** The thresholds the recommendation used, so a later change of settings does not rewrite history. */
  @Column({ type: 'jsonb' })
  thresholds!: RecognitionThresholds;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
