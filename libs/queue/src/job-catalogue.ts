// Every queue, job name and payload in one place. Payloads carry ids only: Postgres is the truth,
// a job is a pointer to work that the database describes.
import type { JobsOptions } from 'bullmq';

export const QUEUE_NAMES = [
  'triage',
  'mail',
  'recognition',
  'deepening',
  'agenda',
  'feedback',
  'publication',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  'signal.triage': { signalId: string };
  'mail.send': { mailId: string };
  /** Invites a targeted call's audience, in batches. */
  'recognition.fanout': { callId: string };
  /** Runs at a call's close time: closes it and, for a targeted call, tallies the answers. */
  'recognition.tally': { callId: string };
  /** Tells an expert about a new assignment. */
  'deepening.notify': { assignmentId: string };
  /** Reminds the expert a set number of days before the due date. */
  'deepening.remind-before': { assignmentId: string };
  /** Reminds the expert on the due date. */
  'deepening.remind-due': { assignmentId: string };
  /** Tells the adviser the day after the due date that the analysis is overdue. */
  'deepening.overdue': { assignmentId: string };
  /** Tells the adviser when every assigned expert has submitted. */
  'deepening.all-in': { caseId: string };
  /** Reminds the table's liaison some days before the meeting to record what happens there. */
  'agenda.meeting-reminder': { agendaItemId: string };
  /** The day after the meeting, reminds the liaison again while the item is not recorded as discussed. */
  'agenda.meeting-passed': { agendaItemId: string };
  /** On the follow-up date, reminds the liaison to check the commitment. */
  'agenda.follow-up': { agendaItemId: string };
  /** Some weeks after an item last moved: tells its liaison and adviser when it has not moved since. */
  'agenda.stale-check': { agendaItemId: string };
  /** When a case enters feedback: prepares its message and recipients, once. */
  'feedback.prepare': { caseId: string };
  /** After the adviser pressed send: mails every pending recipient, once each. */
  'feedback.send': { caseId: string };
  /** Reflects feedback deliveries into the recipients and closes the case when nobody is pending. */
  'feedback.close-check': { caseId: string };
  /** Every few weeks while the case waits at a table: a progress update to its submitters. */
  'feedback.progress-update': { caseId: string };
  /** Checks a publication's current version for personal data and unconsented quotes. */
  'publication.check': { publicationId: string };
}
export type JobName = keyof JobPayloads;

interface JobDefinition {
  queue: QueueName;
  attempts: number;
  /** First retry delay; doubles each attempt. */
  backoffMs: number;
  /** The payload field whose value makes the job unique, so enqueueing twice runs it once. */
  key: string;
}

export const JOB_CATALOGUE: { [N in JobName]: JobDefinition & { key: keyof JobPayloads[N] } } = {
  'signal.triage': { queue: 'triage', attempts: 5, backoffMs: 1000, key: 'signalId' },
  'publication.check': { queue: 'publication', attempts: 5, backoffMs: 2000, key: 'publicationId' },
  'mail.send': { queue: 'mail', attempts: 8, backoffMs: 5000, key: 'mailId' },
  'recognition.fanout': { queue: 'recognition', attempts: 8, backoffMs: 2000, key: 'callId' },
  'recognition.tally': { queue: 'recognition', attempts: 8, backoffMs: 2000, key: 'callId' },
  'deepening.notify': { queue: 'deepening', attempts: 5, backoffMs: 2000, key: 'assignmentId' },
  'deepening.remind-before': { queue: 'deepening', attempts: 5, backoffMs: 2000, key: 'assignmentId' },
  'deepening.remind-due': { queue: 'deepening', attempts: 5, backoffMs: 2000, key: 'assignmentId' },
  'deepening.overdue': { queue: 'deepening', attempts: 5, backoffMs: 2000, key: 'assignmentId' },
  'deepening.all-in': { queue: 'deepening', attempts: 5, backoffMs: 2000, key: 'caseId' },
  'agenda.meeting-reminder': { queue: 'agenda', attempts: 5, backoffMs: 2000, key: 'agendaItemId' },
  'agenda.meeting-passed': { queue: 'agenda', attempts: 5, backoffMs: 2000, key: 'agendaItemId' },
  'agenda.follow-up': { queue: 'agenda', attempts: 5, backoffMs: 2000, key: 'agendaItemId' },
  'agenda.stale-check': { queue: 'agenda', attempts: 5, backoffMs: 2000, key: 'agendaItemId' },
  'feedback.prepare': { queue: 'feedback', attempts: 5, backoffMs: 2000, key: 'caseId' },
  'feedback.send': { queue: 'feedback', attempts: 8, backoffMs: 2000, key: 'caseId' },
  // Retries (with backoff) while mails are still being retried: 12 attempts span about 68 minutes,
  // longer than mail.send's own 8 attempts (about 11 minutes).
  'feedback.close-check': { queue: 'feedback', attempts: 12, backoffMs: 2000, key: 'caseId' },
  'feedback.progress-update': { queue: 'feedback', attempts: 5, backoffMs: 2000, key: 'caseId' },
};

export const JOB_NAMES = Object.keys(JOB_CATALOGUE) as JobName[];

export function queueOf(name: JobName): QueueName {
  return JOB_CATALOGUE[name].queue;
}

/** BullMQ refuses ':' in custom ids, so the id is `<job name with dots>_<key value>`. */
export function jobIdOf<N extends JobName>(name: N, payload: JobPayloads[N]): string {
  const key = JOB_CATALOGUE[name].key;
  return `${name.replace('.', '-')}_${String(payload[key])}`;
}

/**
 * The one place that decides job options: retries with backoff, a deduplicating id, bounded history,
 * and a delay for a job that should run no earlier than `runAt`.
 */
export function jobOptions<N extends JobName>(
  name: N,
  payload: JobPayloads[N],
  runAt: Date | null = null,
): JobsOptions {
  const definition = JOB_CATALOGUE[name];
  return {
    ...(runAt ? { delay: delayUntil(runAt) } : {}),
    jobId: jobIdOf(name, payload),
    attempts: definition.attempts,
    backoff: { type: 'exponential', delay: definition.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

export function isJobName(name: string): name is JobName {
  return name in JOB_CATALOGUE;
}

/** Checks a payload read back from the outbox or Redis before a handler trusts it. */
export function parsePayload<N extends JobName>(name: N, data: unknown): JobPayloads[N] {
  const key = JOB_CATALOGUE[name].key as string;
  if (typeof data !== 'object' || data === null) throw new Error(`Job ${name}: payload is not an object`);
  const value = (data as Record<string, unknown>)[key];
  if (typeof value !== 'string' || value.length === 0) throw new Error(`Job ${name}: payload lacks ${key}`);
  return { [key]: value } as JobPayloads[N];
}

/** Milliseconds from now until `runAt`; zero when that moment has passed. */
export function delayUntil(runAt: Date): number {
  return Math.max(0, runAt.getTime() - Date.now());
}
