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
import type { AgendaOutcome, AgendaStatus } from '@app/workflow';
import { CaseEntity } from './case.entity';
import { NationalTableEntity } from './national-table.entity';

/** A case on the agenda of one national table (step 6), tracked by its liaison to an outcome. */
@Entity({ name: 'agenda_items' })
@Index('uq_agenda_items_case_table', ['caseId', 'tableId'], { unique: true })
@Index('ix_agenda_items_table_status', ['tableId', 'status'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_agenda_items_case' })
  case?: CaseEntity;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @ManyToOne(() => NationalTableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'table_id', foreignKeyConstraintName: 'fk_agenda_items_table' })
  table?: NationalTableEntity;

  @Column({ type: 'varchar', length: 20, default: 'proposed' })
  status!: AgendaStatus;

  /** What is asked of this table, from its own role. */
  @Column({ type: 'text', default: '' })
  ask!: string;

  @Column({ name: 'meeting_date', type: 'date', nullable: true })
  meetingDate!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: AgendaOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote!: string | null;

  /** When to check a commitment. */
  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn!: string | null;

  /** When the status last changed: an item that has not moved for weeks is stale. */
  @Column({ name: 'moved_at', type: 'timestamptz', default: () => 'now()' })
  movedAt!: Date;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
