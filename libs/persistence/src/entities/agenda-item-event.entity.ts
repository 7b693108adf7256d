import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { AgendaStatus } from '@app/workflow';
import { AgendaItemEntity } from './agenda-item.entity';

/** Every change of an agenda item: who, when, from which status to which, and a note. */
@Entity({ name: 'agenda_item_events' })
@Index('ix_agenda_item_events_item', ['agendaItemId', 'id'])
export class AgendaItemEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'fk_agenda_item_events_item' })
  agendaItem?: AgendaItemEntity;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: AgendaStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: AgendaStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  /** What changed besides the status (meeting date, outcome, follow-up date). */
  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
