// While a case waits at a national table (an agenda item submitted, scheduled or discussed, without an
// outcome), its submitters hear every N weeks (the `feedback_progress` setting) how it stands. Periods
// count from when the first waiting item was submitted; each period's mail has its own dedupe key, so
// a rerun sends nothing twice. Each run plans the next one; once no item waits, it plans nothing more.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SettingsService } from '@app/core';
import { composeFeedbackProgress, queueMails, resolveLocale, type WaitingAgendaStatus } from '@app/mail';
import { CaseEntity } from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export type ProgressUpdateOutcome =
  | { outcome: 'sent' | 'already_sent' | 'not_due'; period: number; nextAt: Date }
  | { outcome: 'gone' | 'not_waiting' };

interface WaitingItem {
  name: string;
  status: WaitingAgendaStatus;
  meeting_date: string | null;
  since: Date;
}

interface Submitter {
  id: string;
  reference: string;
  email: string;
  locale: string;
}

/** The period a moment falls in: 0 before the first update is due, then 1, 2, … */
export function progressPeriod(waitingSince: Date, now: Date, intervalWeeks: number): number {
  return Math.max(0, Math.floor((now.getTime() - waitingSince.getTime()) / (intervalWeeks * WEEK_MS)));
}

export function progressPeriodStart(waitingSince: Date, period: number, intervalWeeks: number): Date {
  return new Date(waitingSince.getTime() + period * intervalWeeks * WEEK_MS);
}

/** The dedupe key of one submitter's update for one period (the sweeper looks for it too). */
export function progressDedupeKey(caseId: string, period: number, signalId: string): string {
  return `feedback_progress:${caseId}:${period}:${signalId}`;
}

@Injectable()
export class ProgressUpdateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  run(caseId: string, now: Date = new Date()): Promise<ProgressUpdateOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(CaseEntity, { where: { id: caseId } });
      if (!row) return { outcome: 'gone' };
      const waiting = row.step === 'agenda' ? await waitingItems(manager, caseId) : [];
      if (waiting.length === 0) return { outcome: 'not_waiting' };

      const { intervalWeeks } = await this.settings.get('feedback_progress', manager);
      const since = new Date(Math.min(...waiting.map((item) => item.since.getTime())));
      const period = progressPeriod(since, now, intervalWeeks);
      let queued = 0;
      if (period >= 1) {
        const caseTitle = row.titleReviewed ? row.title : null;
        const tables = waiting.map((item) => ({
          name: item.name,
          status: item.status,
          meetingDate: item.meeting_date,
        }));
        const submitters = await reachableSubmitters(manager, caseId);
        const ids = await queueMails(
          manager,
          submitters.map((submitter) => {
            const locale = resolveLocale(submitter.locale);
            return {
              dedupeKey: progressDedupeKey(caseId, period, submitter.id),
              purpose: 'feedback_progress',
              to: submitter.email,
              locale,
              signalId: submitter.id,
              message: composeFeedbackProgress({
                locale,
                signalReference: submitter.reference,
                caseTitle,
                tables,
              }),
            };
          }),
        );
        queued = ids.length;
      }
      const nextAt = progressPeriodStart(since, period + 1, intervalWeeks);
      await addToOutbox(manager, [outboxJob('feedback.progress-update', { caseId }, nextAt)]);
      const outcome = period < 1 ? 'not_due' : queued > 0 ? 'sent' : 'already_sent';
      return { outcome, period, nextAt };
    });
  }
}

/**
 * The case's items at a table without an outcome, each with when it was submitted (its first event to
 * "submitted"; its creation when the liaison recorded no such event).
 */
async function waitingItems(manager: EntityManager, caseId: string): Promise<WaitingItem[]> {
  return (await manager.query(
    `SELECT t.name, a.status, a.meeting_date::text AS meeting_date,
            COALESCE((SELECT min(e.at) FROM agenda_item_events e
                       WHERE e.agenda_item_id = a.id AND e.to_status = 'submitted'), a.created_at) AS since
       FROM agenda_items a JOIN national_tables t ON t.id = a.table_id
      WHERE a.case_id = $1 AND a.status IN ('submitted', 'scheduled', 'discussed')
      ORDER BY a.created_at, a.id`,
    [caseId],
  )) as WaitingItem[];
}

/** One signal per address among the submitters who left one and consented to contact. */
async function reachableSubmitters(manager: EntityManager, caseId: string): Promise<Submitter[]> {
  return (await manager.query(
    `SELECT DISTINCT ON (lower(email)) id, reference, lower(email) AS email, locale FROM signals
      WHERE case_id = $1 AND consent_contact AND email IS NOT NULL AND email <> ''
      ORDER BY lower(email), created_at, id`,
    [caseId],
  )) as Submitter[];
}
