import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale } from '@app/workflow';

export type MailStatus = 'pending' | 'sent' | 'failed';

/** Every e-mail the system sends, rendered when it is decided; the mail job only delivers it. */
@Entity({ name: 'mail_messages' })
@Index('ix_mail_messages_pending', ['createdAt'], { where: `status = 'pending'` })
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** One message per event and recipient, e.g. `acknowledgement:<signalId>`: a rerun sends nothing twice. */
  @Index('uq_mail_messages_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 40 })
  purpose!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Index('ix_mail_messages_signal')
  @Column({ name: 'signal_id', type: 'uuid', nullable: true })
  signalId!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** `smtp` when delivered to an SMTP server, `store` when kept for staff to read (no SMTP set up). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  transport!: 'smtp' | 'store' | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
