// Queues e-mails in the caller's transaction: each becomes a mail_messages row plus a mail.send job in
// the outbox. A message whose dedupe key exists already is skipped, so deciding a mail twice sends it once.
import type { EntityManager } from 'typeorm';
import { MailMessageEntity } from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import type { Locale } from '@app/workflow';
import type { RenderedMail } from './templates/mail-layout';

export interface MailToQueue {
  /** One message per event and recipient, e.g. `call_invitation:<callId>:<userId>`. */
  dedupeKey: string;
  purpose: string;
  to: string;
  locale: Locale;
  message: RenderedMail;
  signalId?: string | null;
}

/** Inserts in one statement however many there are; returns the ids of the mails that were new. */
export async function queueMails(manager: EntityManager, mails: readonly MailToQueue[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(MailMessageEntity)
    .values(
      mails.map((mail) => ({
        dedupeKey: mail.dedupeKey,
        purpose: mail.purpose,
        toAddress: mail.to,
        locale: mail.locale,
        subject: mail.message.subject,
        textBody: mail.message.text,
        htmlBody: mail.message.html,
        signalId: mail.signalId ?? null,
      })),
    )
    .orIgnore()
    .returning('id')
    .execute();
  const ids = (inserted.raw as { id: string }[]).map((row) => row.id);
  await addToOutbox(
    manager,
    ids.map((mailId) => outboxJob('mail.send', { mailId })),
  );
  return ids;
}
