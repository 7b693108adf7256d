import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ThemeEntity } from './theme.entity';
import type { CaseStep, Domain, HandlingOption } from '@app/workflow';

/** A bottleneck dossier (knelpunt): groups the signals about one bottleneck; steps 3-7 happen here. */
@Entity({ name: 'cases' })
@Index('ix_cases_step_created', ['step', 'createdAt'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_cases_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /**
   * False while the title is still a submitter's own words (a case opened without a title takes its
   * first signal's); only a title an adviser wrote or confirmed is ever shown outside the staff.
   */
  @Column({ name: 'title_reviewed', type: 'boolean', default: false })
  titleReviewed!: boolean;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ type: 'varchar', length: 20, array: true, default: '{}' })
  domains!: Domain[];

  @Column({ name: 'handling_option', type: 'varchar', length: 40, nullable: true })
  handlingOption!: HandlingOption | null;

  @Column({ type: 'varchar', length: 20 })
  step!: CaseStep;

  /** The theme (opgave) a national route works on that this case belongs to. */
  @Index('ix_cases_theme')
  @Column({ name: 'theme_id', type: 'uuid', nullable: true })
  themeId!: string | null;

  @ManyToOne(() => ThemeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'fk_cases_theme' })
  theme?: ThemeEntity | null;

  /** Bumped on every change; a transition names the version it expects (optimistic concurrency). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
