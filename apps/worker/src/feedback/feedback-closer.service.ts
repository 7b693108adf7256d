// After the feedback went out: reflects each mail's delivery into its recipient (sent, or undeliverable
// when the mail failed for good), and closes the case once nobody is pending. While mails are still
// being retried it throws, so the job queue looks again later with backoff; a check that runs twice,
// or two at once, changes nothing more (the updates only touch pending rows, the case row is locked).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, StepChangeService } from '@app/core';
import { CaseEntity, FeedbackMessageEntity, FeedbackRecipientEntity } from '@app/persistence';

export const DELIVERY_FAILED_REASON = 'delivery failed';

export type FeedbackCloseOutcome =
  | { outcome: 'closed'; sent: number; undeliverable: number }
  | { outcome: 'gone' | 'not_in_feedback' | 'not_sent_yet' | 'sent_before_reentry' };

/** Thrown while some recipient's mail is still on its way; the job's retries look again later. */
export class FeedbackNotSettledError extends Error {
  constructor(
    readonly caseId: string,
    readonly pending: number,
  ) {
    super(`Feedback of case ${caseId} has not reached ${pending} recipient(s) yet; checking again later.`);
    this.name = 'FeedbackNotSettledError';
  }
}

@Injectable()
export class FeedbackCloser {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepChanges: StepChangeService,
  ) {}

  async check(caseId: string): Promise<FeedbackCloseOutcome> {
    // Committed on its own: what was delivered stays recorded even when the case cannot close yet.
    await this.dataSource.transaction((manager) => syncDeliveries(manager, caseId));
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return { outcome: 'gone' };
      if (row.step !== 'feedback') return { outcome: 'not_in_feedback' };
      const message = await manager.findOne(FeedbackMessageEntity, { where: { caseId } });
      if (message?.status !== 'sent' || !message.sentAt) return { outcome: 'not_sent_yet' };
      // A reopened case that came back to feedback is not closed by the feedback of its earlier round.
      if (message.sentAt < (await enteredFeedbackAt(manager, caseId)))
        return { outcome: 'sent_before_reentry' };

      const pending = await manager.count(FeedbackRecipientEntity, { where: { caseId, status: 'pending' } });
      if (pending > 0) throw new FeedbackNotSettledError(caseId, pending);
      await this.stepChanges.changeCaseStep({ id: caseId, to: 'closed', actor: SYSTEM_ACTOR }, manager);
      return {
        outcome: 'closed',
        sent: await manager.count(FeedbackRecipientEntity, { where: { caseId, status: 'sent' } }),
        undeliverable: await manager.count(FeedbackRecipientEntity, {
          where: { caseId, status: 'undeliverable' },
        }),
      };
    });
  }
}

/** Copies each settled mail's outcome into its still-pending recipient. */
export async function syncDeliveries(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `UPDATE feedback_recipients r SET status = 'sent', delivered_at = COALESCE(m.sent_at, now())
       FROM mail_messages m
      WHERE r.case_id = $1 AND r.status = 'pending' AND m.id = r.mail_id AND m.status = 'sent'`,
    [caseId],
  );
  await manager.query(
    `UPDATE feedback_recipients r SET status = 'undeliverable', undeliverable_reason = $2
       FROM mail_messages m
      WHERE r.case_id = $1 AND r.status = 'pending' AND m.id = r.mail_id AND m.status = 'failed'`,
    [caseId, DELIVERY_FAILED_REASON],
  );
}

/** When the case last entered step 7 (from the append-only step history). */
async function enteredFeedbackAt(manager: EntityManager, caseId: string): Promise<Date> {
  const rows = (await manager.query(
    `SELECT max(created_at) AS at FROM step_history
      WHERE subject_type = 'case' AND subject_id = $1 AND to_step = 'feedback'`,
    [caseId],
  )) as { at: Date | null }[];
  return rows[0]?.at ?? new Date(0);
}
