import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { FindingKind, FindingStatus } from '@app/workflow';
import { PublicationEntity } from './publication.entity';

/**
 * Personal data the publication check found in a text (or a passage quoted from a signal whose
 * submitter did not consent). Open findings block publishing; each is fixed (gone from the text at the
 * next check) or accepted by an adviser with a reason.
 */
@Entity({ name: 'publication_findings' })
@Index('ix_publication_findings_publication', ['publicationId', 'status'])
export class PublicationFindingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'publication_id', type: 'uuid' })
  publicationId!: string;

  @ManyToOne(() => PublicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'publication_id', foreignKeyConstraintName: 'fk_publication_findings_publication' })
  publication?: PublicationEntity;

  @Column({ type: 'varchar', length: 30 })
  kind!: FindingKind;

  /** The field the text was found in (title, summary, body, callToAction). */
  @Column({ type: 'varchar', length: 20 })
  field!: string;

  /** The text found, as written. */
  @Column({ name: 'matched_text', type: 'varchar', length: 500 })
  matchedText!: string;

  @Column({ type: 'integer' })
  start!: number;

  @Column({ type: 'integer' })
  end!: number;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: FindingStatus;

  @Column({ name: 'accepted_reason', type: 'text', nullable: true })
  acceptedReason!: string | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  /** The publication version the check ran on. */
  @Column({ name: 'found_in_version', type: 'integer' })
  foundInVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
