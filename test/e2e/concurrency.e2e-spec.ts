// Two advisers take conflicting transitions on one case at the same moment, thirty times over: the row
// lock and the version check let exactly one win each time, and the other gets a 409 with the state the
// winner left. (A redelivered job having the effect of one is covered per handler, run twice at once
// and one after the other: signal.triage in nothing-lost, mail.send in test/integration/mail-delivery,
// recognition.tally in call-to-analysis, feedback.send in feedback; the fault suite redelivers them for
// real by killing the worker.)
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CaseEntity, StepHistoryEntity, UserEntity } from '@app/persistence';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service';
import { startTestSystem, type TestSystem } from '../support/test-system';

const ROUNDS = 30;

interface Attempt {
  to: 'deepening' | 'archived';
  reason?: string;
}

const DEEPEN: Attempt = { to: 'deepening' };
const ARCHIVE: Attempt = { to: 'archived', reason: 'Dubbel met een ander knelpunt' };
/** Conflicting pairs, in turn: different targets either way round, and the same target twice. */
const PAIRS: [Attempt, Attempt][] = [
  [DEEPEN, ARCHIVE],
  [ARCHIVE, DEEPEN],
  [DEEPEN, DEEPEN],
  [ARCHIVE, ARCHIVE],
];

describe('concurrent transitions', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  let advisers: [Record<string, string>, Record<string, string>];
  let caseId: string;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
    const second = await system.dataSource.getRepository(UserEntity).save({
      email: 'tweede.adviseur@test.signaalroute.nl',
      displayName: 'Tweede adviseur',
      role: 'adviser',
    });
    const { token } = await system.api.get(ApiTokenService).create(second.id, 'tests');
    advisers = [system.as('adviser'), { Authorization: `Bearer ${token}` }];

    const submitted = await http
      .post('/api/signals')
      .send({
        title: 'Wachtlijst jeugdhulp loopt op',
        description: 'Kinderen wachten maanden op jeugdhulp terwijl school en ouders vastlopen.',
        domains: ['youth_care', 'education'],
      })
      .expect(201);
    const opened = await http
      .post(`/api/signals/${(submitted.body as { id: string }).id}/open-case`)
      .set(advisers[0])
      .send({})
      .expect(201);
    caseId = (opened.body as { caseId: string }).caseId;
  });

  afterAll(async () => {
    await system?.close();
  });

  const current = () => system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });

  it(`lets exactly one of two advisers win, ${ROUNDS} times over; the other gets 409 with the current state`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const before = await current();
      expect(before.step).toBe('recognition');
      const pair = PAIRS[round % PAIRS.length];
      const answers = await Promise.all(
        pair.map((attempt, n) =>
          http
            .post(`/api/cases/${caseId}/transitions`)
            .set(advisers[n])
            .send({ ...attempt, expectedVersion: before.version }),
        ),
      );

      const statuses = answers.map((answer) => answer.status);
      expect({ round, statuses: [...statuses].sort() }).toEqual({ round, statuses: [200, 409] });
      const winner = pair[statuses.indexOf(200)];
      const after = await current();
      expect({ round, step: after.step, version: after.version }).toEqual({
        round,
        step: winner.to,
        version: before.version + 1,
      });
      const loser = answers[statuses.indexOf(409)];
      expect(loser.body).toMatchObject({
        code: 'version_conflict',
        details: { current: { step: winner.to, version: before.version + 1 } },
      });

      // Back to recognition for the next round: from deepening via the archive, then reopened.
      if (after.step === 'deepening') {
        await http
          .post(`/api/cases/${caseId}/transitions`)
          .set(advisers[0])
          .send({ ...ARCHIVE, expectedVersion: after.version })
          .expect(200);
      }
      await http
        .post(`/api/cases/${caseId}/transitions`)
        .set(advisers[1])
        .send({ to: 'recognition', reason: 'Nieuwe meldingen', expectedVersion: (await current()).version })
        .expect(200);
    }

    // One history row per change that won: never one for a loser.
    const history = await system.dataSource
      .getRepository(StepHistoryEntity)
      .find({ where: { subjectType: 'case', subjectId: caseId }, order: { createdAt: 'ASC' } });
    const fromRecognition = history.filter((row) => row.fromStep === 'recognition');
    expect(fromRecognition).toHaveLength(ROUNDS);
    expect(history).toHaveLength((await current()).version);
  });
});
