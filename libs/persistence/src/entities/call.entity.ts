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
import { CaseEntity } from './case.entity';
import type { CallKind, CallStatus, Channel, Domain } from '@app/workflow';

/**
 * A call (oproep): an open call asks the network where it gets stuck and feeds new signals; a targeted
 * call asks about one case (step 3), and its answers are evidence for that case.
 */
@Entity({ name: 'calls' })
@Index('ix_calls_status_closes', ['status', 'closesAt'])
@Index('ix_calls_case', ['caseId'])
export class CallEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: CallKind;

  /** The case a targeted call asks about; null for an open call. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_calls_case' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 300 })
  question!: string;

  /** Why the organisation asks: the network is always told. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 40, array: true, default: '{}' })
  channels!: Channel[];

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  /** A targeted call's audience: members in any of these domains (empty: any domain)… */
  @Column({ name: 'audience_domains', type: 'varchar', length: 20, array: true, default: '{}' })
  audienceDomains!: Domain[];

  /** …and in any of these regions (empty: any region). Both empty with `audienceEveryone` is everyone. */
  @Column({ name: 'audience_regions', type: 'varchar', length: 100, array: true, default: '{}' })
  audienceRegions!: string[];

  @Column({ name: 'audience_everyone', type: 'boolean', default: false })
  audienceEveryone!: boolean;

  /** Listed on the public calls page; open calls always are. */
  @Column({ name: 'is_public', type: 'boolean', default: false })
  isPublic!: boolean;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: CallStatus;

  /** Members the audience held when the call was published. */
  @Column({ name: 'audience_size', type: 'integer', nullable: true })
  audienceSize!: number | null;

  /** Set when the fan-out job has invited the whole audience. */
  @Column({ name: 'fanout_completed_at', type: 'timestamptz', nullable: true })
  fanoutCompletedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
