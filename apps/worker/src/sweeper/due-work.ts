// Work the database says is due, per job: if its job was lost (Redis restarted empty, a crash between
// commit and enqueue), the sweeper finds it here and enqueues it again. Rows still waiting in the
// outbox and jobs that already failed for good are left alone.
import type { JobName } from '@app/queue';

export interface DueWork {
  job: JobName;
  /** Returns `id` rows; $1 is the minimum age in milliseconds, $2 the batch size. */
  sql: string;
}

/** An external expert (reached by address), or a staff expert whose account still works. */
const EXPERT_REACHABLE = `(a.expert_id IS NULL OR EXISTS (SELECT 1 FROM users u
                              WHERE u.id = a.expert_id AND u.active AND u.role = 'expert'))`;

/** Neither waiting in the outbox nor failed for good. */
function noJobYet(job: JobName, key: string, id: string): string {
  return `AND NOT EXISTS (SELECT 1 FROM outbox o
                            WHERE o.dispatched_at IS NULL AND o.job_name = '${job}'
                              AND o.payload->>'${key}' = ${id}::text)
             AND NOT EXISTS (SELECT 1 FROM job_failures f
                              WHERE f.job_name = '${job}' AND f.payload->>'${key}' = ${id}::text)`;
}

export const DUE_WORK: readonly DueWork[] = [
  {
    job: 'signal.triage',
    sql: `SELECT s.id FROM signals s
           WHERE s.suggested_at IS NULL AND s.step = 'intake'
             AND s.created_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('signal.triage', 'signalId', 's.id')}
           ORDER BY s.created_at LIMIT $2`,
  },
  {
    job: 'mail.send',
    sql: `SELECT m.id FROM mail_messages m
           WHERE m.status = 'pending'
             AND m.created_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('mail.send', 'mailId', 'm.id')}
           ORDER BY m.created_at LIMIT $2`,
  },
  {
    // A published targeted call whose audience is not all invited yet.
    job: 'recognition.fanout',
    sql: `SELECT c.id FROM calls c
           WHERE c.status = 'published' AND c.kind = 'targeted' AND c.fanout_completed_at IS NULL
             AND c.published_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('recognition.fanout', 'callId', 'c.id')}
           ORDER BY c.published_at LIMIT $2`,
  },
  {
    // A call past its close time that was never closed: its delayed job was lost with Redis.
    job: 'recognition.tally',
    sql: `SELECT c.id FROM calls c
           WHERE c.status = 'published'
             AND c.closes_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('recognition.tally', 'callId', 'c.id')}
           ORDER BY c.closes_at LIMIT $2`,
  },
  {
    // An assignment whose expert never got the mail (no row with its dedupe key). An external expert's
    // link is made by that job, so a lost job would leave them without any way in.
    job: 'deepening.notify',
    sql: `SELECT a.id FROM case_assignments a JOIN cases c ON c.id = a.case_id
           WHERE a.due_on IS NOT NULL AND c.step IN ('recognition', 'deepening')
             AND a.assigned_at < now() - make_interval(secs => $1::float8 / 1000)
             AND ${EXPERT_REACHABLE}
             AND NOT EXISTS (SELECT 1 FROM mail_messages m WHERE m.dedupe_key = 'expert_assigned:' || a.id)
             ${noJobYet('deepening.notify', 'assignmentId', 'a.id')}
           ORDER BY a.assigned_at LIMIT $2`,
  },
  ...(['before', 'due'] as const).map((moment): DueWork => ({
    // A reminder whose moment passed without its mail (its delayed job was lost with Redis), while it
    // still makes sense: before the next milestone, not submitted, case in deepening. Moments that had
    // passed when the expert was assigned were skipped on purpose, so they are skipped here too.
    job: moment === 'before' ? 'deepening.remind-before' : 'deepening.remind-due',
    sql: `WITH s AS (SELECT COALESCE((SELECT (value->>'daysBefore')::int FROM settings
                                        WHERE key = 'deepening_reminders'), 3) AS days_before),
                 m AS (SELECT a.id, a.due_on, a.assigned_at,
                              ${moment === 'before' ? `((a.due_on - s.days_before) + time '09:00')` : `(a.due_on + time '09:00')`}
                                AT TIME ZONE 'Europe/Amsterdam' AS due_at,
                              ${moment === 'before' ? `(a.due_on + time '09:00')` : `((a.due_on + 1) + time '09:00')`}
                                AT TIME ZONE 'Europe/Amsterdam' AS next_at
                         FROM case_assignments a JOIN cases c ON c.id = a.case_id, s
                        WHERE a.due_on IS NOT NULL AND c.step = 'deepening'
                          ${moment === 'before' ? 'AND s.days_before > 0' : ''}
                          AND ${EXPERT_REACHABLE})
            SELECT m.id FROM m
             WHERE m.due_at < now() - make_interval(secs => $1::float8 / 1000)
               AND m.due_at > m.assigned_at AND m.next_at > now()
               AND NOT EXISTS (SELECT 1 FROM analyses an WHERE an.assignment_id = m.id AND an.status = 'submitted')
               AND NOT EXISTS (SELECT 1 FROM mail_messages mm
                                WHERE mm.dedupe_key = 'deepening_remind_${moment}:' || m.id || ':' || to_char(m.due_on, 'YYYY-MM-DD'))
               ${noJobYet(`deepening.remind-${moment}`, 'assignmentId', 'm.id')}
             ORDER BY m.due_at LIMIT $2`,
  })),
  {
    // The day after the due date passed without the adviser's notice (its delayed job was lost).
    job: 'deepening.overdue',
    sql: `SELECT a.id FROM case_assignments a JOIN cases c ON c.id = a.case_id
           WHERE a.due_on IS NOT NULL AND c.step = 'deepening'
             AND ((a.due_on + 1) + time '09:00') AT TIME ZONE 'Europe/Amsterdam'
                   < now() - make_interval(secs => $1::float8 / 1000)
             AND NOT EXISTS (SELECT 1 FROM analyses an WHERE an.assignment_id = a.id AND an.status = 'submitted')
             AND NOT EXISTS (SELECT 1 FROM mail_messages m
                              WHERE m.dedupe_key = 'deepening_overdue:' || a.id || ':' || to_char(a.due_on, 'YYYY-MM-DD'))
             ${noJobYet('deepening.overdue', 'assignmentId', 'a.id')}
           ORDER BY a.due_on LIMIT $2`,
  },
  {
    // A case in deepening whose every assignment has a submitted analysis, without the adviser's mail
    // for that number of assignments.
    job: 'deepening.all-in',
    sql: `SELECT c.id FROM cases c
           WHERE c.step = 'deepening'
             AND EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id)
             AND NOT EXISTS (SELECT 1 FROM case_assignments a
                              WHERE a.case_id = c.id
                                AND NOT EXISTS (SELECT 1 FROM analyses an
                                                 WHERE an.assignment_id = a.id AND an.status = 'submitted'))
             AND (SELECT max(an.submitted_at) FROM analyses an WHERE an.case_id = c.id)
                   < now() - make_interval(secs => $1::float8 / 1000)
             AND NOT EXISTS (SELECT 1 FROM mail_messages m
                              WHERE m.dedupe_key = 'deepening_all_in:' || c.id || ':'
                                    || (SELECT count(*) FROM case_assignments a WHERE a.case_id = c.id))
             ${noJobYet('deepening.all-in', 'caseId', 'c.id')}
           ORDER BY c.id LIMIT $2`,
  },
];
