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

/** An agenda item whose case is not archived, with someone to tell: a liaison of its table, or its adviser. */
const AGENDA_ITEM_LIVE = `EXISTS (SELECT 1 FROM cases ic WHERE ic.id = i.case_id AND ic.step <> 'archived')
             AND (EXISTS (SELECT 1 FROM table_liaisons tl JOIN users u ON u.id = tl.user_id
                           WHERE tl.table_id = i.table_id AND u.active AND u.role = 'liaison')
                  OR EXISTS (SELECT 1 FROM users u JOIN cases ic ON ic.id = i.case_id
                              WHERE u.id IN (i.created_by_id, ic.created_by_id)
                                AND u.active AND u.role IN ('adviser', 'admin')))`;

/** No mail yet whose dedupe key starts with `prefix` (an SQL expression): one per recipient follows it. */
function noAgendaMail(prefix: string): string {
  return `NOT EXISTS (SELECT 1 FROM mail_messages am WHERE am.dedupe_key LIKE ${prefix} || ':%')`;
}

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
    // A publication edited (or created) whose current version was never checked: its job was lost.
    job: 'publication.check',
    sql: `SELECT p.id FROM publications p
           WHERE p.checked_version IS DISTINCT FROM p.version
             AND p.updated_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('publication.check', 'publicationId', 'p.id')}
           ORDER BY p.updated_at LIMIT $2`,
  },
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
  {
    // A meeting still to come whose reminder moment passed without the liaison's mail (job lost).
    job: 'agenda.meeting-reminder',
    sql: `WITH s AS (SELECT COALESCE((SELECT (value->>'meetingReminderDaysBefore')::int FROM settings
                                        WHERE key = 'agenda_reminders'), 3) AS days_before)
          SELECT i.id FROM agenda_items i, s
           WHERE i.status = 'scheduled' AND i.meeting_date IS NOT NULL
             AND i.meeting_date >= (now() AT TIME ZONE 'Europe/Amsterdam')::date
             AND ((i.meeting_date - s.days_before) + time '09:00') AT TIME ZONE 'Europe/Amsterdam'
                   < now() - make_interval(secs => $1::float8 / 1000)
             AND ${AGENDA_ITEM_LIVE}
             AND ${noAgendaMail(`'agenda_meeting_reminder:' || i.id || ':' || to_char(i.meeting_date, 'YYYY-MM-DD')`)}
             ${noJobYet('agenda.meeting-reminder', 'agendaItemId', 'i.id')}
           ORDER BY i.meeting_date LIMIT $2`,
  },
  {
    // The day after a meeting, an item still not recorded as discussed, without the liaison's nudge.
    job: 'agenda.meeting-passed',
    sql: `SELECT i.id FROM agenda_items i
           WHERE i.status = 'scheduled' AND i.meeting_date IS NOT NULL
             AND GREATEST(((i.meeting_date + 1) + time '09:00') AT TIME ZONE 'Europe/Amsterdam',
                          i.moved_at + interval '1 day')
                   < now() - make_interval(secs => $1::float8 / 1000)
             AND ${AGENDA_ITEM_LIVE}
             AND ${noAgendaMail(`'agenda_meeting_passed:' || i.id || ':' || to_char(i.meeting_date, 'YYYY-MM-DD')`)}
             ${noJobYet('agenda.meeting-passed', 'agendaItemId', 'i.id')}
           ORDER BY i.meeting_date LIMIT $2`,
  },
  {
    // A follow-up date that passed without the liaison's reminder.
    job: 'agenda.follow-up',
    sql: `SELECT i.id FROM agenda_items i
           WHERE i.status = 'follow_up' AND i.follow_up_on IS NOT NULL
             AND (i.follow_up_on + time '09:00') AT TIME ZONE 'Europe/Amsterdam'
                   < now() - make_interval(secs => $1::float8 / 1000)
             AND ${AGENDA_ITEM_LIVE}
             AND ${noAgendaMail(`'agenda_follow_up:' || i.id || ':' || to_char(i.follow_up_on, 'YYYY-MM-DD')`)}
             ${noJobYet('agenda.follow-up', 'agendaItemId', 'i.id')}
           ORDER BY i.follow_up_on LIMIT $2`,
  },
  {
    // An open item that has not moved for the set weeks, without the stale notice for its last move.
    job: 'agenda.stale-check',
    sql: `WITH s AS (SELECT COALESCE((SELECT (value->>'staleAfterWeeks')::int FROM settings
                                        WHERE key = 'agenda_reminders'), 4) AS weeks)
          SELECT i.id FROM agenda_items i, s
           WHERE i.status <> 'closed'
             AND i.moved_at + make_interval(weeks => s.weeks) < now() - make_interval(secs => $1::float8 / 1000)
             AND ${AGENDA_ITEM_LIVE}
             AND ${noAgendaMail(`'agenda_stale:' || i.id || ':' || to_char(i.moved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`)}
             ${noJobYet('agenda.stale-check', 'agendaItemId', 'i.id')}
           ORDER BY i.moved_at LIMIT $2`,
  },
  {
    // A case in feedback whose message was never prepared.
    job: 'feedback.prepare',
    sql: `SELECT c.id FROM cases c
           WHERE c.step = 'feedback'
             AND NOT EXISTS (SELECT 1 FROM feedback_messages fm WHERE fm.case_id = c.id)
             AND c.updated_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('feedback.prepare', 'caseId', 'c.id')}
           ORDER BY c.updated_at LIMIT $2`,
  },
  {
    // Feedback the adviser sent that is still marked as sending: some recipient has no mail yet.
    job: 'feedback.send',
    sql: `SELECT fm.case_id AS id FROM feedback_messages fm JOIN cases c ON c.id = fm.case_id
           WHERE fm.status = 'sending' AND c.step = 'feedback'
             AND fm.updated_at < now() - make_interval(secs => $1::float8 / 1000)
             ${noJobYet('feedback.send', 'caseId', 'fm.case_id')}
           ORDER BY fm.updated_at LIMIT $2`,
  },
  {
    // Sent feedback of a case still in step 7 whose every pending recipient's mail has settled (sent or
    // failed for good): a close check would record that and close the case.
    job: 'feedback.close-check',
    sql: `SELECT fm.case_id AS id FROM feedback_messages fm JOIN cases c ON c.id = fm.case_id
           WHERE fm.status = 'sent' AND c.step = 'feedback'
             AND fm.sent_at < now() - make_interval(secs => $1::float8 / 1000)
             AND fm.sent_at >= COALESCE((SELECT max(h.created_at) FROM step_history h
                                         WHERE h.subject_type = 'case' AND h.subject_id = c.id
                                           AND h.to_step = 'feedback'), '-infinity')
             AND NOT EXISTS (SELECT 1 FROM feedback_recipients r LEFT JOIN mail_messages m ON m.id = r.mail_id
                              WHERE r.case_id = c.id AND r.status = 'pending'
                                AND (m.id IS NULL OR m.status = 'pending'))
             ${noJobYet('feedback.close-check', 'caseId', 'fm.case_id')}
           ORDER BY fm.sent_at LIMIT $2`,
  },
  {
    // A case waiting at a table (an item submitted, scheduled or discussed) whose current period's
    // progress update reached none of its reachable submitters. Periods count from the first waiting
    // item's submission, every `feedback_progress.intervalWeeks` weeks (default 6).
    job: 'feedback.progress-update',
    sql: `WITH s AS (SELECT COALESCE((SELECT (value->>'intervalWeeks')::int FROM settings
                                        WHERE key = 'feedback_progress'), 6) AS weeks),
                 w AS (SELECT a.case_id,
                              min(COALESCE((SELECT min(e.at) FROM agenda_item_events e
                                             WHERE e.agenda_item_id = a.id AND e.to_status = 'submitted'),
                                           a.created_at)) AS since
                         FROM agenda_items a JOIN cases c ON c.id = a.case_id
                        WHERE c.step = 'agenda' AND a.status IN ('submitted', 'scheduled', 'discussed')
                        GROUP BY a.case_id),
                 p AS (SELECT w.case_id, w.since, s.weeks,
                              floor(extract(epoch FROM now() - w.since) / (s.weeks * 7 * 86400))::int AS period
                         FROM w, s)
            SELECT p.case_id AS id FROM p
             WHERE p.period >= 1
               AND p.since + make_interval(weeks => p.period * p.weeks)
                     < now() - make_interval(secs => $1::float8 / 1000)
               AND EXISTS (SELECT 1 FROM signals sg
                            WHERE sg.case_id = p.case_id AND sg.consent_contact AND COALESCE(sg.email, '') <> '')
               AND NOT EXISTS (SELECT 1 FROM signals sg JOIN mail_messages m
                                 ON m.dedupe_key = 'feedback_progress:' || p.case_id || ':' || p.period || ':' || sg.id
                                WHERE sg.case_id = p.case_id)
               ${noJobYet('feedback.progress-update', 'caseId', 'p.case_id')}
             ORDER BY p.since LIMIT $2`,
  },
];
