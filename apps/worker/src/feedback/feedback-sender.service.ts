// Sends a case's feedback once the adviser pressed send: one mail per pending recipient, in their
// language, ending with "did this help?" and three personal links. Only the hash of each link's token
// is stored, so the token and the mail are made in one transaction, and a recipient who has a mail
// already is skipped: a rerun, or two runs at once (the rows are locked), mail nobody twice.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { newSecretToken } from '@app/core';
import {
  composeFeedback,
  feedbackAnswerUrls,
  feedbackTextsIn,
  queueMails,
  resolveLocale,
  type MailToQueue,
} from '@app/mail';
import { CaseEntity, FeedbackMessageEntity } from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import type { FeedbackRecipientKind, Locale } from '@app/workflow';

/** Recipients per transaction: short transactions, few round trips. */
export const SEND_BATCH_SIZE = 500;

/** After the last mail is queued, the close check looks at deliveries this much later (and retries). */
export const CLOSE_CHECK_DELAY_MS = 3000;

export type FeedbackSendOutcome =
  | { outcome: 'sent'; mails: number }
  | { outcome: 'not_prepared' | 'not_requested' | 'already_sent' | 'not_in_feedback' | 'gone' };

interface PendingRecipient {
  id: string;
  kind: FeedbackRecipientKind;
  email: string;
  locale: Locale;
  signal_id: string | null;
}

@Injectable()
export class FeedbackSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async send(caseId: string): Promise<FeedbackSendOutcome> {
    const manager = this.dataSource.manager;
    const row = await manager.findOne(CaseEntity, { where: { id: caseId } });
    if (!row) return { outcome: 'gone' };
    const message = await manager.findOne(FeedbackMessageEntity, { where: { caseId } });
    if (!message) return { outcome: 'not_prepared' };
    if (message.status === 'draft') return { outcome: 'not_requested' };
    if (message.status === 'sent') return { outcome: 'already_sent' };
    if (row.step !== 'feedback') return { outcome: 'not_in_feedback' };

    const caseTitle = row.titleReviewed ? row.title : null;
    let mails = 0;
    for (;;) {
      const batch = await this.dataSource.transaction((m) => this.sendBatch(m, message, caseTitle));
      mails += batch;
      if (batch === 0) break;
    }
    await this.dataSource.transaction((m) => this.finish(m, caseId));
    return { outcome: 'sent', mails };
  }

  /** Mails the next recipients that have no mail yet; 0 when none is left. */
  private async sendBatch(
    manager: EntityManager,
    message: FeedbackMessageEntity,
    caseTitle: string | null,
  ): Promise<number> {
    // A concurrent run waits for these rows, then sees they have a mail and takes the next ones.
    const recipients = (await manager.query(
      `SELECT id, kind, email, locale, signal_id FROM feedback_recipients
        WHERE case_id = $1 AND status = 'pending' AND mail_id IS NULL
        ORDER BY id LIMIT ${SEND_BATCH_SIZE} FOR UPDATE`,
      [message.caseId],
    )) as PendingRecipient[];
    if (recipients.length === 0) return 0;

    const tokens = new Map(recipients.map((r) => [r.id, newSecretToken()]));
    const mails: MailToQueue[] = recipients.map((recipient) => {
      const locale = resolveLocale(recipient.locale);
      const token = tokens.get(recipient.id)?.token ?? '';
      return {
        dedupeKey: `feedback:${recipient.id}`,
        purpose: 'feedback',
        to: recipient.email,
        locale,
        signalId: recipient.signal_id,
        message: composeFeedback({
          locale,
          kind: recipient.kind,
          caseTitle,
          ...feedbackTextsIn(message, locale),
          answerUrls: feedbackAnswerUrls(this.config.publicUrl, token),
        }),
      };
    });
    const mailIds = await queueMails(manager, mails);
    // Only recipients whose mail this run made get its token; the hash is never replaced afterwards.
    await manager.query(
      `UPDATE feedback_recipients r SET mail_id = m.id, response_token_hash = t.hash
         FROM unnest($1::uuid[], $2::text[]) AS t(id, hash)
         JOIN mail_messages m ON m.dedupe_key = 'feedback:' || t.id::text
        WHERE r.id = t.id AND r.mail_id IS NULL AND m.id = ANY($3::uuid[])`,
      [recipients.map((r) => r.id), recipients.map((r) => tokens.get(r.id)?.hash ?? ''), mailIds],
    );
    return recipients.length;
  }

  /**
   * Marks the message sent once every pending recipient has a mail, and plans the close check. A run
   * that finds another run's batch still open leaves this to that run.
   */
  private async finish(manager: EntityManager, caseId: string): Promise<void> {
    const updated = (await manager.query(
      `UPDATE feedback_messages SET status = 'sent', sent_at = now(), version = version + 1, updated_at = now()
        WHERE case_id = $1 AND status = 'sending'
          AND NOT EXISTS (SELECT 1 FROM feedback_recipients r
                           WHERE r.case_id = $1 AND r.status = 'pending' AND r.mail_id IS NULL)
        RETURNING id`,
      [caseId],
    )) as [unknown[], number];
    if (updated[1] === 0) return;
    await addToOutbox(manager, [
      outboxJob('feedback.close-check', { caseId }, new Date(Date.now() + CLOSE_CHECK_DELAY_MS)),
    ]);
  }
}
