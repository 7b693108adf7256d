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
import type { RecognitionAnswer } from '@app/workflow';

/** A recognition check held by conversation with network partners, recorded by an adviser. */
@Entity({ name: 'recognition_conversations' })
@Index('ix_recognition_conversations_case', ['caseId', 'heldOn'])
export class RecognitionConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_recognition_conversations_case' })
  case?: CaseEntity;

  /** Who took part: organisations or roles, as the adviser writes them. */
  @Column({ type: 'varchar', length: 500 })
  partners!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: RecognitionAnswer;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
