// Postgres is the truth, a job is a pointer: submissions are accepted while Redis is down, the outbox
// relay enqueues them once a worker can, the sweeper re-derives work whose job Redis lost, handlers
// (also when Redis still keeps a finished job's id), handlers run twice without effect, and a job that
// fails its last attempt is recorded for staff.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DiscoveryModule } from '@nestjs/core';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { JobFailureEntity, SignalEntity, StepHistoryEntity } from '@app/persistence';
import { JobQueues, jobIdOf } from '@app/queue';
import { SignalTriageHandler } from '../../apps/worker/src/handlers/signal-triage.handler';
import { HandlesJob } from '../../apps/worker/src/jobs/job-handler';
import { JobHandlerCoverageError, JobHandlerRegistry } from '../../apps/worker/src/jobs/job-handler.registry';
import { TEST_REDIS_URL, startTestSystem, startWorker, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

const signal = (n: number) => ({
  title: `Wachtlijst jeugdhulp loopt op (${n})`,
  description:
    'Kinderen wachten maanden op jeugdhulp terwijl school en ouders vastlopen; niemand pakt de regie.',
  domains: ['youth_care', 'education'],
});

describe('nothing is lost', () => {
  let system: TestSystem;
  let worker: INestApplicationContext | undefined;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    // The API starts against a Redis that does not answer.
    system = await startTestSystem({ worker: false, env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await worker?.close();
    await system?.close();
  });

  it('accepts submissions while Redis is down, and the worker picks them up once it can', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const response = await http.post('/api/signals').send(signal(n)).expect(201);
      ids.push((response.body as { id: string }).id);
    }
    const health = await http.get('/api/health').expect(200);
    expect(health.body).toMatchObject({
      status: 'degraded',
      postgres: { status: 'up', outbox: { pending: 3 } },
      redis: { status: 'down' },
    });

    // A worker with a working Redis, on the same database, relays the outbox and triages all three.
    worker = await startWorker(
      system.configWith({ REDIS_URL: TEST_REDIS_URL, SWEEP_INTERVAL_MS: '200', SWEEP_AFTER_MS: '0' }),
    );
    const signals = system.dataSource.getRepository(SignalEntity);
    await waitFor(async () => (await signals.countBy({ step: 'triage' })) === 3, 'three triaged signals');
    // The relay marks its rows dispatched when its transaction commits, which may be just after the job ran.
    await waitFor(async () => {
      const pending = (await system.dataSource.query(
        'SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL',
      )) as { n: number }[];
      return pending[0].n === 0;
    }, 'the outbox to be empty');
  });

  it('re-derives work whose job was lost (relayed, then Redis emptied)', async () => {
    // A stored signal whose outbox row was relayed and whose job Redis then lost: no outbox row is
    // pending and no job exists, so only the sweeper, reading the database, can bring it back.
    const [{ id }] = (await system.dataSource.query(
      `INSERT INTO signals (reference, title, description, domains, step, tracking_token_hash, channel)
       VALUES ('SR-2026-LOST01', $1, $2, $3, 'intake', repeat('a', 64), 'website') RETURNING id`,
      [signal(4).title, signal(4).description, signal(4).domains],
    )) as { id: string }[];
    const stored = await waitFor(async () => {
      const row = await system.dataSource.getRepository(SignalEntity).findOneByOrFail({ id });
      return row.suggestedAt ? row : undefined;
    }, 'the sweeper to re-run triage');
    expect(stored.step).toBe('triage');
  });

  it('re-derives work whose job id Redis still keeps as finished', async () => {
    // The triage job ran and finished (here: before its signal existed; BullMQ also fails a job that
    // stalled too often without any handler seeing it), so Redis keeps its id for a day. The signal is
    // still due; the sweeper must not be stopped by that kept id.
    const id = randomUUID();
    const queues = worker!.get(JobQueues);
    await queues.enqueue([{ name: 'signal.triage', payload: { signalId: id } }]);
    const kept = await waitFor(
      () => queues.queue('triage').getJob(jobIdOf('signal.triage', { signalId: id })),
      'the job to be kept',
    );
    await waitFor(async () => (await kept.getState()) === 'completed', 'the job to finish');
    await system.dataSource.query(
      `INSERT INTO signals (id, reference, title, description, domains, step, tracking_token_hash, channel)
       VALUES ($1, 'SR-2026-LOST02', $2, $3, $4, 'intake', repeat('b', 64), 'website')`,
      [id, signal(5).title, signal(5).description, signal(5).domains],
    );
    const stored = await waitFor(async () => {
      const row = await system.dataSource.getRepository(SignalEntity).findOneByOrFail({ id });
      return row.suggestedAt ? row : undefined;
    }, 'the sweeper to re-run triage despite the kept job id');
    expect(stored.step).toBe('triage');
  });

  it('runs a redelivered triage job without a second effect', async () => {
    const handler = worker!.get(SignalTriageHandler);
    const [row] = await system.dataSource
      .getRepository(SignalEntity)
      .find({ where: { step: 'triage' }, take: 1 });
    const before = await system.dataSource.getRepository(StepHistoryEntity).countBy({ subjectId: row.id });
    const runs = await Promise.all([
      handler.handle({ signalId: row.id }),
      handler.handle({ signalId: row.id }),
    ]);
    expect(runs).toEqual(['already_done', 'already_done']);
    expect(await system.dataSource.getRepository(StepHistoryEntity).countBy({ subjectId: row.id })).toBe(
      before,
    );
    expect(await handler.handle({ signalId: randomUUID() })).toBe('gone');
  });

  it('records a job that failed its last attempt where staff can see it', async () => {
    const queue = worker!.get<Queue>(getQueueToken('mail'));
    const mailId = randomUUID(); // no such mail: the handler throws
    await queue.add('mail.send', { mailId }, { jobId: `mail-send_${mailId}`, attempts: 1 });
    const failure = await waitFor(
      () => system.dataSource.getRepository(JobFailureEntity).findOneBy({ jobId: `mail-send_${mailId}` }),
      'the failure record',
    );
    expect(failure).toMatchObject({ jobName: 'mail.send', attempts: 1, payload: { mailId } });
    expect(failure.error).toMatch(/not found/i);
    const listed = await http.get('/api/job-failures').set(system.as('admin')).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ jobId: `mail-send_${mailId}` })]);
  });
});

describe('job handler coverage', () => {
  @HandlesJob('signal.triage')
  class OnlyTriage {
    handle(): Promise<void> {
      return Promise.resolve();
    }
  }

  @HandlesJob('signal.triage')
  class TriageAgain extends OnlyTriage {}

  async function boot(...handlers: (new () => OnlyTriage)[]): Promise<unknown> {
    const module = await Test.createTestingModule({
      imports: [DiscoveryModule],
      providers: [JobHandlerRegistry, ...handlers],
    }).compile();
    return module.init().catch((error: unknown) => error);
  }

  it('refuses to boot when a job in the catalogue has no handler, or more than one', async () => {
    const missing = await boot(OnlyTriage);
    expect(missing).toBeInstanceOf(JobHandlerCoverageError);
    expect(String(missing)).toMatch(/"mail.send" has no handler/);
    const twice = await boot(OnlyTriage, TriageAgain);
    expect(String(twice)).toMatch(/"signal.triage" has 2 handlers/);
  });
});
