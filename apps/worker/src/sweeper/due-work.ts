// Work the database says is due, per job: if its job was lost (Redis restarted empty, a crash between
// commit and enqueue), the sweeper finds it here and enqueues it again. Rows still waiting in the
// outbox and jobs that already failed for good are left alone.
import type { JobName } from '@app/queue';

export interface DueWork {
  job: JobName;
  /** Returns `id` rows; $1 is the minimum age in milliseconds, $2 the batch size. */
  sql: string;
}

export const DUE_WORK: readonly DueWork[] = [
  {
    job: 'signal.triage',
    sql: `SELECT s.id FROM signals s
           WHERE s.suggested_at IS NULL AND s.step = 'intake'
             AND s.created_at < now() - make_interval(secs => $1::float8 / 1000)
             AND NOT EXISTS (SELECT 1 FROM outbox o
                              WHERE o.dispatched_at IS NULL AND o.job_name = 'signal.triage'
                                AND o.payload->>'signalId' = s.id::text)
             AND NOT EXISTS (SELECT 1 FROM job_failures f
                              WHERE f.job_name = 'signal.triage' AND f.payload->>'signalId' = s.id::text)
           ORDER BY s.created_at LIMIT $2`,
  },
  {
    job: 'mail.send',
    sql: `SELECT m.id FROM mail_messages m
           WHERE m.status = 'pending'
             AND m.created_at < now() - make_interval(secs => $1::float8 / 1000)
             AND NOT EXISTS (SELECT 1 FROM outbox o
                              WHERE o.dispatched_at IS NULL AND o.job_name = 'mail.send'
                                AND o.payload->>'mailId' = m.id::text)
             AND NOT EXISTS (SELECT 1 FROM job_failures f
                              WHERE f.job_name = 'mail.send' AND f.payload->>'mailId' = m.id::text)
           ORDER BY m.created_at LIMIT $2`,
  },
];
