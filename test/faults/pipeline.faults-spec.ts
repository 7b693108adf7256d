// Nothing lost under faults: the built API and worker run as separate processes against a Postgres
// cluster and a Redis of this suite's own. A steady stream of public submissions (each with an
// Idempotency-Key, retried like a careful client) keeps coming, cases go through to feedback, and
// meanwhile the suite restarts Redis empty, restarts Postgres, SIGKILLs the worker mid-job, makes SMTP
// refuse mail, and stops the worker and the API with SIGTERM. Afterwards the database must show every
// accepted submission exactly once, every signal triaged, every case closed, every mail sent once, and
// every job that failed for good visible to staff.
// Run with `npm run test:faults` (it builds the apps first); the last line it prints is the tally.
import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';
import { FAULTS_LINE_FILE } from './faults-line-file';
import { AppProcess } from './support/app-process';
import { FeedbackCases } from './support/feedback-cases';
import { PostgresCluster } from './support/postgres-cluster';
import { RedisServer } from './support/redis-server';
import { StaffClient, type Query } from './support/staff-client';
import { SubmissionLoad } from './support/submission-load';

const PREFIX = 'faults';
const DATABASE = 'signaalroute_faults';
const QUEUES = ['triage', 'mail', 'recognition', 'deepening', 'agenda', 'feedback', 'publication'];
/** A request that takes longer than this while Postgres is down counts as a hang. */
const DOWN_ANSWER_TIMEOUT_MS = 5000;
/**
 * How long the pipeline may take to catch up after the last fault: a job running when the worker was
 * SIGKILLed comes back once its lock expires (BullMQ: 30 s) and the next stalled check finds it (30 s).
 */
const SETTLE_TIMEOUT_MS = 150_000;
/** Cases taken to feedback, whose feedback is sent just before one of the faults. */
const CASES = 4;
const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

interface Tally {
  submitted: number;
  stored: number;
  lost: number;
  duplicated: number;
  doubleMails: number;
  faults: number;
}

describe('the pipeline under faults', () => {
  let dir: string;
  let postgres: PostgresCluster;
  let redis: RedisServer;
  let smtp: TestSmtpServer;
  let api: AppProcess;
  let worker: AppProcess;
  let load: SubmissionLoad;
  let admin: StaffClient;
  let feedback: FeedbackCases;
  let baseUrl: string;
  let apiPort: number;
  const queues = new Map<string, Queue>();
  const tally: Tally = { submitted: 0, stored: 0, lost: 0, duplicated: 0, doubleMails: 0, faults: 0 };
  /** Jobs that were running when the worker was killed or stopped: their effect must still happen. */
  const interruptedJobs: { jobId: string; how: 'SIGKILL' | 'SIGTERM' }[] = [];
  /** Submissions the API refused while Postgres was down: nothing of them may be stored. */
  const refusedMarkers: string[] = [];
  /** What happened when, printed at the end. */
  const timeline: string[] = [];
  const startedAt = Date.now();
  const note = (text: string) => timeline.push(`${((Date.now() - startedAt) / 1000).toFixed(1)}s ${text}`);

  const db: Query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: postgres.url(DATABASE), connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  const queue = (name: string): Queue => {
    let found = queues.get(name);
    if (!found) {
      found = new Queue(name, { connection: { host: '127.0.0.1', port: redis.port }, prefix: PREFIX });
      found.on('error', () => undefined); // Redis restarts on purpose
      queues.set(name, found);
    }
    return found;
  };

  /** The ids of the jobs the worker is running now. */
  const activeJobIds = async (): Promise<string[]> =>
    (await Promise.all(QUEUES.map((name) => queue(name).getActive()))).flat().map((job) => job.id!);

  /** Waits until the worker runs at least one job, and returns the ids of those it runs. */
  const whileJobsRun = () =>
    waitFor(
      async () => {
        const ids = await activeJobIds();
        return ids.length > 0 ? ids : undefined;
      },
      'jobs running in the worker',
      30_000,
    );

  const apiReady = async () => (await fetch(`${baseUrl}/api/health`)).status === 200;
  const startWorker = () => worker.start(async () => worker.printed('Signaalroute worker running'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'signaalroute-faults-'));
    chmodSync(dir, 0o755); // the postgres OS user runs the cluster in here
    const [pgPort, redisPort, port] = await freePorts(3);
    apiPort = port;
    baseUrl = `http://127.0.0.1:${apiPort}`;

    // Should jest be stopped abruptly, nothing the suite started keeps running.
    process.once('exit', () => {
      api?.killNow();
      worker?.killNow();
      redis?.killNow();
      postgres?.stopNow();
    });
    postgres = new PostgresCluster(dir, pgPort);
    await postgres.init();
    await postgres.start();
    redis = new RedisServer(dir, redisPort);
    await redis.start();
    smtp = new TestSmtpServer();
    // A worker killed mid-delivery resets its SMTP connections; the server reports that as an 'error'
    // event, which must not crash the test process.
    const smtpUrl = await smtp.start();

    const env = {
      NODE_ENV: 'test',
      PORT: String(apiPort),
      DATABASE_URL: postgres.url(DATABASE),
      REDIS_URL: redis.url,
      QUEUE_PREFIX: PREFIX,
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'http://localhost:3000',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '200',
      SWEEP_INTERVAL_MS: '1000',
      SWEEP_AFTER_MS: '3000',
      // The load comes from one address; the public form's limit is for people, not for this test.
      RATE_LIMIT_FACTOR: '1000',
    };
    api = new AppProcess('api', env, join(dir, 'api.log'));
    worker = new AppProcess('worker', env, join(dir, 'worker.log'));
    await api.start(apiReady); // creates and migrates the database
    await startWorker();
    admin = await StaffClient.create(db, baseUrl, 'admin');
    feedback = new FeedbackCases(await StaffClient.create(db, baseUrl, 'adviser'), db);

    load = new SubmissionLoad({ baseUrl: () => baseUrl, clients: 3, pauseMs: 100 });
    load.start();
    note('system up, load started');

    // Cases with two submitters each (who consented to contact), taken to feedback.
    const triaged = await waitFor(
      async () => {
        const rows = await db<{ id: string }>(
          `SELECT id FROM signals WHERE step = 'triage' AND email IS NOT NULL ORDER BY created_at LIMIT $1`,
          [CASES * 2],
        );
        return rows.length === CASES * 2 ? rows.map((row) => row.id) : undefined;
      },
      'triaged signals for the cases',
      30_000,
    );
    for (let n = 0; n < CASES; n++) await feedback.open(triaged.slice(n * 2, n * 2 + 2));
    for (const feedbackCase of feedback.cases) {
      await waitFor(() => feedback.prepared(feedbackCase), 'the feedback to be prepared', 30_000);
    }
    note(`${CASES} cases in feedback, their messages prepared`);
  }, 120_000);

  afterAll(async () => {
    await load?.stop().catch(() => undefined);
    writeFileSync(
      FAULTS_LINE_FILE,
      `faults: ${tally.submitted} submitted, ${tally.stored} stored, ${tally.lost} lost, ` +
        `${tally.duplicated} duplicated, ${tally.doubleMails} double mails, ${tally.faults} faults injected\n`,
    );
    for (const q of queues.values()) await q.close().catch(() => undefined);
    await worker?.close();
    await api?.close();
    await smtp?.stop();
    await redis?.stop();
    await postgres?.stopQuietly();
    // The apps' logs stay with the test artifacts, for when something has to be explained.
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of ['api.log', 'worker.log']) {
      if (dir && existsSync(join(dir, name)))
        copyFileSync(join(dir, name), join(ARTIFACTS, `faults-${name}`));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
    const answers = [...(load?.answers ?? [])].map(([status, n]) => `${status}: ${n}`).join(', ');
    console.log(
      `${timeline.join('\n')}\nanswers to the load (every attempt): ${answers}\n` +
        `logs: ${join(ARTIFACTS, 'faults-api.log')}, ${join(ARTIFACTS, 'faults-worker.log')}`,
    );
  }, 60_000);

  it('accepts submissions while Redis is down, and loses no work when it comes back empty', async () => {
    await feedback.send(feedback.cases[0]);
    await redis.stop();
    const downAt = Date.now();
    tally.faults += 1;
    note('feedback of case 1 sent; Redis stopped');
    try {
      await waitFor(
        async () => load.acceptedBetween(downAt, Date.now()).length >= 5,
        'submissions accepted while Redis is down',
        15_000,
      );
      const health = await fetch(`${baseUrl}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'degraded', redis: { status: 'down' } });
      const [{ pending }] = await db<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM outbox WHERE dispatched_at IS NULL`,
      );
      expect(pending).toBeGreaterThan(0);
      note(
        `${load.acceptedBetween(downAt, Date.now()).length} submissions accepted, ${pending} outbox rows waiting`,
      );
    } finally {
      await redis.start(); // empty: every queued, delayed and active job is gone
      note('Redis started again, empty');
    }
  }, 60_000);

  it('answers 503 with a clear message, quickly, while Postgres is down, and recovers after the restart', async () => {
    await feedback.send(feedback.cases[1]);
    await postgres.stop();
    tally.faults += 1;
    note('feedback of case 2 sent; Postgres stopped');
    try {
      const marker = `fzrefused${randomUUID().slice(0, 8)}`;
      refusedMarkers.push(marker);
      const submit = await timedFetch(`${baseUrl}/api/signals`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `faults-refused-${randomUUID()}` },
        body: JSON.stringify({
          title: `Melding tijdens storing ${marker}`,
          description: 'Deze melding komt binnen terwijl de database niet bereikbaar is.',
          domains: ['education'],
        }),
      });
      const health = await timedFetch(`${baseUrl}/api/health`);
      const staff = await timedFetch(`${baseUrl}/api/job-failures`, { headers: admin.headers });
      note(
        `while Postgres was down: submit ${submit.ms} ms, health ${health.ms} ms, staff route ${staff.ms} ms`,
      );

      expect(submit.status).toBe(503);
      expect(submit.body).toMatchObject({
        code: 'service_unavailable',
        message: expect.stringMatching(/database is tijdelijk niet bereikbaar/),
      });
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'down', postgres: { status: 'down' } });
      expect(staff.status).toBe(503);
      expect(staff.body).toMatchObject({ code: 'service_unavailable' });
    } finally {
      await postgres.start();
      await waitFor(apiReady, 'the API to reach Postgres again', 30_000);
      note('Postgres started again');
    }
  }, 60_000);

  it('keeps accepting while the worker is SIGKILLed mid-job, and its jobs run after a restart', async () => {
    await feedback.send(feedback.cases[2]);
    await whileJobsRun();
    const killedAt = Date.now();
    await worker.stop('SIGKILL');
    tally.faults += 1;
    // What the dead worker held (read after the kill: it may have taken a job since the check above).
    const held = await activeJobIds();
    interruptedJobs.push(...held.map((jobId) => ({ jobId, how: 'SIGKILL' as const })));
    note(`feedback of case 3 sent; worker SIGKILLed with ${held.length} jobs running`);
    expect(held.length).toBeGreaterThan(0);
    try {
      // Submissions keep being accepted without a worker: their jobs wait in the outbox.
      await waitFor(
        async () => load.acceptedBetween(killedAt, Date.now()).length >= 3,
        'submissions',
        15_000,
      );
    } finally {
      await startWorker();
      note('worker started again');
    }
  }, 60_000);

  it('retries mail while SMTP refuses it', async () => {
    const REFUSE = 1_000_000;
    smtp.rejectNext = REFUSE;
    tally.faults += 1;
    await feedback.send(feedback.cases[3]);
    note('SMTP refusing; feedback of case 4 sent');
    try {
      await waitFor(async () => REFUSE - smtp.rejectNext >= 5, 'refused mails', 30_000);
    } finally {
      const refused = REFUSE - smtp.rejectNext;
      smtp.rejectNext = 0;
      note(`SMTP accepting again after refusing ${refused} messages`);
    }
  }, 60_000);

  it('lets running jobs finish when the worker gets SIGTERM', async () => {
    // Jobs of the SIGKILLed worker still look active until BullMQ's stalled check: not this worker's.
    const killed = new Set(interruptedJobs.map(({ jobId }) => jobId));
    const runningNow = async () => (await activeJobIds()).filter((jobId) => !killed.has(jobId));
    const running = await waitFor(
      async () => {
        const ids = await runningNow();
        return ids.length > 0 ? ids : undefined;
      },
      'jobs running in the worker',
      30_000,
    );
    const exit = await worker.stop('SIGTERM');
    tally.faults += 1;
    interruptedJobs.push(...running.map((jobId) => ({ jobId, how: 'SIGTERM' as const })));
    note(`worker stopped by SIGTERM with ${running.length} jobs running (exit ${exit.code ?? exit.signal})`);
    try {
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      // Nothing stays claimed by the stopped worker, and the jobs it was running finished: none failed
      // because the database or the SMTP pool closed under it (a mail SMTP refused just before counts
      // as that earlier fault, and is retried).
      expect(await runningNow()).toEqual([]);
      for (const jobId of running) {
        const job = await queue(queueOfJob(jobId)).getJob(jobId);
        const outcome = (await job?.getState()) === 'completed' ? 'finished' : job?.failedReason;
        expect({ jobId, outcome }).toEqual({
          jobId,
          outcome: expect.stringMatching(/^finished$|^Message failed: 451/),
        });
      }
    } finally {
      await startWorker();
      note('worker started again');
    }
  }, 60_000);

  it('lets an in-flight request complete when the API gets SIGTERM', async () => {
    const marker = `fzinflight${randomUUID().slice(0, 8)}`;
    const body = JSON.stringify({
      title: `Melding tijdens het stoppen ${marker}`,
      description: 'Deze melding is onderweg terwijl de API netjes stopt, en moet toch aankomen.',
      domains: ['care'],
    });
    const inFlight = slowPost(apiPort, '/api/signals', body, `faults-inflight-${randomUUID()}`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the API has the headers and half the body
    api.signal('SIGTERM');
    tally.faults += 1;
    note('API got SIGTERM with a request in flight');
    try {
      // The API stops taking new connections while the request is still open.
      await waitFor(
        async () =>
          fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
            () => false,
            () => true,
          ),
        'the API to stop listening',
        30_000,
      );
      inFlight.finish();
      const answer = await within(inFlight.response, 30_000, 'the in-flight answer');
      const exit = await within(api.whenExited(), 30_000, 'the API to exit');
      note(`in-flight request answered ${answer.status}; API exited (${exit.code ?? exit.signal})`);
      expect(answer.status).toBe(201);
      expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
      const stored = await db<{ id: string }>(`SELECT id FROM signals WHERE title LIKE '%' || $1`, [marker]);
      expect(stored).toEqual([{ id: (JSON.parse(answer.body) as { id: string }).id }]);
    } finally {
      await api.stop('SIGKILL'); // only if it did not stop by itself
      await api.start(apiReady);
      note('API started again');
    }
  }, 90_000);

  it('shows staff a job that failed its last attempt', async () => {
    // A poisoned job (its mail does not exist) with two attempts, so it fails for good within the run.
    const mailId = randomUUID();
    await queue('mail').add(
      'mail.send',
      { mailId },
      { jobId: `mail-send_${mailId}`, attempts: 2, backoff: { type: 'fixed', delay: 100 } },
    );
    const listed = await waitFor(
      async () => {
        const failures = await admin.expect<{ jobId: string }[]>(200, 'GET', '/api/job-failures');
        return failures.find((failure) => failure.jobId === `mail-send_${mailId}`);
      },
      'the failure at GET /api/job-failures',
      30_000,
    );
    expect(listed).toMatchObject({ jobName: 'mail.send', attempts: 2, payload: { mailId } });
  }, 60_000);

  it(
    'stored every accepted submission once, ran every due job, and sent no mail twice',
    async () => {
      // The load goes on until the jobs interrupted by the SIGKILL came back (BullMQ's stalled check).
      const known = interruptedJobs.filter(({ jobId }) => jobId.split('_')[0] in EFFECT_SQL);
      await waitFor(
        async () => (await Promise.all(known.map(({ jobId }) => jobDone(db, jobId)))).every(Boolean),
        'the interrupted jobs to have run',
        SETTLE_TIMEOUT_MS,
      ).catch(() => undefined); // asserted below, with the details
      await load.stop();
      note(`load stopped after ${load.submissions.length} submissions`);
      const accepted = load.accepted();
      tally.submitted = accepted.length;

      // Every accepted submission exactly once, under the id the API answered with (counted before any
      // assertion, so the faults line has the real figures).
      const signals = await db<{ id: string; title: string; email: string | null }>(
        `SELECT id, title, email FROM signals WHERE title LIKE '% fz%'`,
      );
      const byMarker = new Map<string, typeof signals>();
      for (const row of signals) {
        const marker = /(fz\S+)$/.exec(row.title)?.[1] ?? '';
        byMarker.set(marker, [...(byMarker.get(marker) ?? []), row]);
      }
      tally.stored = accepted.filter((s) => (byMarker.get(s.marker) ?? []).length > 0).length;
      tally.lost = accepted.length - tally.stored;
      tally.duplicated = [...byMarker.values()].reduce(
        (sum, found) => sum + Math.max(0, found.length - 1),
        0,
      );

      // The pipeline catches up: every signal triaged, every case closed, every mail settled, the outbox empty.
      const caseIds = feedback.cases.map((c) => c.caseId);
      const notSettled = await waitFor(
        async () => {
          const [row] = await db<{
            untriaged: number;
            open_cases: number;
            pending_mail: number;
            outbox: number;
          }>(
            `SELECT (SELECT count(*) FROM signals WHERE suggested_at IS NULL)::int AS untriaged,
                  (SELECT count(*) FROM cases WHERE id = ANY($1::uuid[]) AND step <> 'closed')::int AS open_cases,
                  (SELECT count(*) FROM mail_messages WHERE status = 'pending')::int AS pending_mail,
                  (SELECT count(*) FROM outbox WHERE dispatched_at IS NULL)::int AS outbox`,
            [caseIds],
          );
          return row.untriaged + row.open_cases + row.pending_mail + row.outbox === 0;
        },
        'the pipeline to catch up',
        SETTLE_TIMEOUT_MS,
      ).then(
        () => null,
        (error: unknown) => error,
      );
      note(notSettled ? 'pipeline did NOT catch up' : 'pipeline caught up');

      // No mail twice: each Message-ID (the mail_messages id) reached the SMTP server once. The one
      // exception no sender can avoid: the SMTP server accepted a mail and the worker was SIGKILLed before
      // it could record that, so the retry sends it again, with the same Message-ID (a receiving server
      // can drop the copy). Those are counted apart, and only for mails the killed worker held.
      const received = new Map<string, number>();
      for (const mail of smtp.received) {
        const id = /^Message-ID:\s*<([^@>]+)@/im.exec(mail.raw)?.[1] ?? 'none';
        received.set(id, (received.get(id) ?? 0) + 1);
      }
      const heldByKilled = new Set(interruptedJobs.filter((j) => j.how === 'SIGKILL').map((j) => j.jobId));
      const resentAfterKill = [...received].filter(
        ([id, n]) => n === 2 && heldByKilled.has(`mail-send_${id}`),
      ).length;
      tally.doubleMails = [...received.values()].reduce((sum, n) => sum + n - 1, 0) - resentAfterKill;
      note(
        `${resentAfterKill} mail(s) accepted by SMTP just before the SIGKILL were sent again after it ` +
          '(same Message-ID; at-least-once across a crash)',
      );
      const doubled = [...received].filter(([, n]) => n > 1).map(([id]) => id);
      if (doubled.length > resentAfterKill) {
        const rows = await db<{ id: string; purpose: string; attempts: number }>(
          `SELECT id, purpose, attempts FROM mail_messages WHERE id = ANY($1::uuid[])`,
          [doubled],
        );
        for (const row of rows) {
          const how =
            interruptedJobs.find(({ jobId }) => jobId === `mail-send_${row.id}`)?.how ?? 'not interrupted';
          note(
            `sent ${received.get(row.id)} times: ${row.purpose} mail ${row.id} (${row.attempts} attempts, ${how})`,
          );
        }
      }

      expect(tally.lost).toBe(0);
      expect(tally.duplicated).toBe(0);
      expect(tally.doubleMails).toBe(0);
      for (const submission of accepted) {
        expect(byMarker.get(submission.marker)?.[0].id).toBe(submission.acceptedId);
      }
      // A submission the API refused (503) left nothing behind.
      for (const marker of refusedMarkers) expect(byMarker.get(marker)).toBeUndefined();
      // A client is never refused (4xx) and never sees a 500: a fault is a 503 or a lost connection, retried.
      expect({ refused: load.refused.length, first: load.refused[0] }).toEqual({
        refused: 0,
        first: undefined,
      });
      expect([...load.answers.keys()].filter((status) => status.startsWith('5') && status !== '503')).toEqual(
        [],
      );
      if (notSettled) throw notSettled;

      // Every signal is where the workflow puts it: triaged once, with suggestions; in triage, or linked
      // to its closed case.
      const caseSignals = new Set(feedback.cases.flatMap((c) => c.signalIds));
      const misplaced = await db<{ id: string; step: string }>(
        `SELECT id, step FROM signals WHERE suggestions IS NULL OR step <> CASE WHEN id = ANY($1::uuid[]) THEN 'linked' ELSE 'triage' END`,
        [[...caseSignals]],
      );
      expect(misplaced).toEqual([]);
      const twiceTriaged = await db<{ subject_id: string }>(
        `SELECT subject_id FROM step_history WHERE subject_type = 'signal' AND to_step = 'triage'
        GROUP BY subject_id HAVING count(*) > 1`,
      );
      expect(twiceTriaged).toEqual([]);

      // Every acknowledgement was sent, once: one row per signal with an address, one message at SMTP.
      const acknowledgements = await db<{ id: string; status: string; signal_id: string }>(
        `SELECT id, status, signal_id FROM mail_messages WHERE purpose = 'acknowledgement'`,
      );
      const withEmail = signals.filter((row) => row.email !== null);
      expect(acknowledgements.map((m) => m.signal_id).sort()).toEqual(withEmail.map((row) => row.id).sort());
      expect(acknowledgements.filter((m) => m.status !== 'sent' || !received.get(m.id))).toEqual([]);

      // Every case's feedback reached both its submitters, with one mail each, and the case closed itself.
      const recipients = await db<{
        case_id: string;
        status: string;
        mail_status: string | null;
        mail_id: string;
      }>(
        `SELECT r.case_id, r.status, m.status AS mail_status, m.id AS mail_id
         FROM feedback_recipients r LEFT JOIN mail_messages m ON m.id = r.mail_id
        WHERE r.case_id = ANY($1::uuid[])`,
        [caseIds],
      );
      expect(recipients).toHaveLength(CASES * 2);
      expect(recipients.filter((r) => r.status !== 'sent' || r.mail_status !== 'sent')).toEqual([]);
      expect(recipients.filter((r) => !received.get(r.mail_id))).toEqual([]);

      // The jobs interrupted by SIGKILL and SIGTERM had their effect after all.
      expect(interruptedJobs.filter((job) => !known.includes(job))).toEqual([]);
      for (const { jobId, how } of known) {
        expect({ jobId, how, done: await jobDone(db, jobId) }).toEqual({ jobId, how, done: true });
      }

      // Every job that failed for good (as far as Redis still knows) is visible to staff.
      const visible = new Set(
        (await admin.expect<{ jobId: string }[]>(200, 'GET', '/api/job-failures')).map((f) => f.jobId),
      );
      const failedForGood = (await Promise.all(QUEUES.map((name) => queue(name).getFailed(0, -1)))).flat();
      expect(failedForGood.map((job) => job.id).filter((id) => !visible.has(id!))).toEqual([]);
      note(`${failedForGood.length} job(s) failed for good, all visible to staff`);
    },
    2 * SETTLE_TIMEOUT_MS + 60_000,
  );
});

/** The queue of a job id (`<job name with dashes>_<key>`): signal-triage → triage, mail-send → mail, … */
function queueOfJob(jobId: string): string {
  const name = jobId.split('_')[0];
  return name === 'signal-triage' ? 'triage' : name.split('-')[0];
}

/** Per job name (with dashes, as in job ids): is the job's effect in the database? $1 is the key. */
const EFFECT_SQL: Record<string, string> = {
  'signal-triage': `SELECT suggested_at IS NOT NULL AS done FROM signals WHERE id = $1`,
  'mail-send': `SELECT status = 'sent' AS done FROM mail_messages WHERE id = $1`,
  'feedback-prepare': `SELECT EXISTS (SELECT 1 FROM feedback_messages WHERE case_id = $1) AS done`,
  'feedback-send': `SELECT NOT EXISTS (SELECT 1 FROM feedback_recipients WHERE case_id = $1
                      AND status = 'pending' AND mail_id IS NULL) AS done`,
  'feedback-close-check': `SELECT step = 'closed' AS done FROM cases WHERE id = $1`,
};

/** True when the effect of the job (one EFFECT_SQL knows) is in the database. */
async function jobDone(db: Query, jobId: string): Promise<boolean> {
  const [name, id] = jobId.split('_');
  const [row] = await db<{ done: boolean }>(EFFECT_SQL[name], [id]);
  return row?.done === true;
}

/** The promise's value, or a failure when it takes longer than `ms`. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Ports nobody listens on now. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve) => {
          const server = createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** A request with its duration; fails (a hang) when no answer comes within DOWN_ANSWER_TIMEOUT_MS. */
async function timedFetch(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(DOWN_ANSWER_TIMEOUT_MS) });
  const body: unknown = await response.json();
  return { status: response.status, body, ms: Date.now() - started };
}

/** A POST whose body arrives in two halves: `finish` sends the second, so the request is in flight until then. */
function slowPost(
  port: number,
  path: string,
  body: string,
  idempotencyKey: string,
): { finish: () => void; response: Promise<{ status: number; body: string }> } {
  const request = httpRequest({
    host: '127.0.0.1',
    port,
    path,
    method: 'POST',
    agent: false,
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
      'Idempotency-Key': idempotencyKey,
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
      incoming.on('error', reject);
    });
  });
  response.catch(() => undefined); // awaited by the test; never an unhandled rejection if it is not
  const half = Math.floor(body.length / 2);
  request.write(body.slice(0, half));
  return { finish: () => request.end(body.slice(half)), response };
}
