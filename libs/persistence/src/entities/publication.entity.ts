import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PublicationKind, PublicationStatus } from '@app/workflow';

/**
 * Something the network shares about one or more cases (step 5): an interview, a podcast (link and
 * description), a Blikvanger (poster text with a call to react) or a newsletter item. Draft, then
 * review, then published; publishing waits until the personal-data check found nothing left open.
 */
@Entity({ name: 'publications' })
@Index('ix_publications_status_published', ['status', 'publishedAt'])
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: PublicationKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** A short lead, shown in lists and the feed. */
  @Column({ type: 'varchar', length: 500, default: '' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A podcast's (or interview's) address. */
  @Column({ name: 'link_url', type: 'varchar', length: 500, nullable: true })
  linkUrl!: string | null;

  /** A Blikvanger's call to react. */
  @Column({ name: 'call_to_action', type: 'varchar', length: 300, nullable: true })
  callToAction!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  status!: PublicationStatus;

  /** The version the last personal-data check looked at; publishing needs it to be the current one. */
  @Column({ name: 'checked_version', type: 'integer', nullable: true })
  checkedVersion!: number | null;

  @Column({ name: 'checked_at', type: 'timestamptz', nullable: true })
  checkedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
