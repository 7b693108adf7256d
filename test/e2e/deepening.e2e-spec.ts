// Step 4 end to end on real Postgres, Redis (BullMQ) and SMTP: an adviser assigns a staff and an
// external expert with due dates, both are mailed, reminders wait as delayed jobs at 09:00 Dutch time
// and move with the due date; experts save drafts and submit (every version kept), the external one
// through a private link that names no submitter; the case moves on to sharing only with a submitted
// analysis and a handling option; the adviser hears when all analyses are in. Every deepening handler
// runs twice, also at once, without a second effect, and the sweeper restores lost work.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { newSecretToken } from '@app/core';
import {
  AnalysisEntity,
  AnalysisVersionEntity,
  AuditLogEntity,
  CaseAssignmentEntity,
  CaseEntity,
  MailMessageEntity,
  SignalEntity,
  UserEntity,
} from '@app/persistence';
import { JobQueues, jobIdOf, type JobName } from '@app/queue';
import {
  CAUSE_AREAS,
  addDays,
  deepeningMilestones,
  dutchToday,
  externalLinkExpiresAt,
  type CaseStep,
} from '@app/workflow';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service';
import { DeepeningAllInHandler } from '../../apps/worker/src/handlers/deepening-all-in.handler';
import { DeepeningNotifyHandler } from '../../apps/worker/src/handlers/deepening-notify.handler';
import { DeepeningOverdueHandler } from '../../apps/worker/src/handlers/deepening-overdue.handler';
import { DeepeningRemindBeforeHandler } from '../../apps/worker/src/handlers/deepening-remind-before.handler';
import { DeepeningRemindDueHandler } from '../../apps/worker/src/handlers/deepening-remind-due.handler';
import { Sweeper } from '../../apps/worker/src/sweeper/sweeper.service';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

interface Assigned {
  assignmentId: string;
  kind: 'staff' | 'external';
  displayName: string;
  dueOn: string | null;
  analysisStatus: string;
  submittedAt: string | null;
  overdue: boolean;
}

interface Workspace {
  assignment: { assignmentId: string; kind: string; displayName: string; dueOn: string };
  case: { id: string; reference: string; title: string; step: string; signals: Record<string, unknown>[] };
  analysis: {
    status: string;
    version: number;
    rootCauseSummary: string;
    causeAreas: Record<string, { playsRole: boolean | null; explanation: string }>;
    versions: { version: number; status: string }[];
  };
  editable: boolean;
}

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string }[];
  details?: Record<string, unknown>;
}

/** Who sent the signals: none of it may reach an expert. */
const SUBMITTER = {
  email: 'ouder.de.vries@example.nl',
  organisation: 'Basisschool De Klimop',
};
const EXTERNAL = { name: 'Prof. Buitenhuis', email: 'buitenhuis@universiteit.example' };

const TODAY = dutchToday();
const DUE = addDays(TODAY, 10);
const EXTERNAL_DUE = addDays(TODAY, 20);
const MOVED_DUE = addDays(TODAY, 15);

const draft = (overrides: Record<string, unknown> = {}) => ({
  causeAreas: {
    ...Object.fromEntries(CAUSE_AREAS.map((area) => [area, { playsRole: null }])),
    legislation: { playsRole: true },
  },
  rootCauseSummary: '',
  proposedHandlingOption: null,
  submit: false,
  ...overrides,
});

const complete = (overrides: Record<string, unknown> = {}) => ({
  causeAreas: {
    legislation: { playsRole: false, explanation: '' },
    steering_accountability: { playsRole: true, explanation: 'Elk domein verantwoordt apart.' },
    funding: { playsRole: true, explanation: 'Onderwijs en jeugdhulp betalen uit twee potten.' },
    decision_making: { playsRole: false },
    communication: { playsRole: false },
  },
  rootCauseSummary: 'De financiering is per domein geregeld, zodat niemand de gedeelde plek betaalt.',
  recommendations: 'Eén gezamenlijk budget per regio.',
  proposedHandlingOption: 'funding_experiment',
  submit: true,
  ...overrides,
});

describe('deepening (step 4), end to end', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;
  let queue: Queue;
  let caseId: string;
  let staffId: string;
  let externalId: string;
  let externalToken: string;

  async function openCase(title: string, to: CaseStep | null = 'deepening'): Promise<string> {
    const submitted = await http
      .post('/api/signals')
      .send({
        title,
        description:
          'De peuters kunnen niet naar de voorschool in het schoolgebouw, want niemand betaalt het lokaal.',
        domains: ['education', 'childcare'],
        ...SUBMITTER,
        consent: { contact: true, publication: false },
      })
      .expect(201);
    const signalId = (submitted.body as { id: string }).id;
    // A signed-in member's submission: their account must not show through either.
    await system.dataSource
      .getRepository(SignalEntity)
      .update(signalId, { submittedById: system.users.member.id });
    const opened = await http
      .post(`/api/signals/${signalId}/open-case`)
      .set(system.as('adviser'))
      .send({ title: 'Voorschool zonder lokaal' })
      .expect(201);
    const id = (opened.body as { caseId: string }).caseId;
    if (to) await move(id, to, 200);
    return id;
  }

  async function caseVersion(id: string): Promise<number> {
    return (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).version;
  }

  async function move(id: string, to: CaseStep, status: number): Promise<request.Response> {
    return http
      .post(`/api/cases/${id}/transitions`)
      .set(system.as('adviser'))
      .send({ to, expectedVersion: await caseVersion(id) })
      .expect(status);
  }

  /** The stored mail with this dedupe key, once the worker delivered it. */
  async function sentMail(dedupeKey: string): Promise<MailMessageEntity> {
    return waitFor(async () => {
      const mail = await system.dataSource.getRepository(MailMessageEntity).findOneBy({ dedupeKey });
      return mail?.status === 'sent' ? mail : undefined;
    }, `the mail ${dedupeKey}`);
  }

  /** When a delayed job runs (ms), read from BullMQ's delayed set; undefined when it is not waiting. */
  async function scheduledAt(job: JobName, assignmentId: string): Promise<number | undefined> {
    const client = await queue.getBackend().client;
    const score = await client.zscore(
      queue.toKey('delayed'),
      jobIdOf(job as 'deepening.notify', { assignmentId }),
    );
    // BullMQ scores a delayed job as its run time x 4096 plus a counter.
    return score === null ? undefined : Math.floor(Number(score) / 0x1000);
  }

  async function expectPlanned(assignmentId: string, dueOn: string): Promise<void> {
    const at = deepeningMilestones(dueOn, 3);
    const planned: [JobName, Date][] = [
      ['deepening.remind-before', at.remindBefore as Date],
      ['deepening.remind-due', at.remindDue],
      ['deepening.overdue', at.overdue],
    ];
    for (const [job, expected] of planned) {
      const runAt = await waitFor(async () => {
        const value = await scheduledAt(job, assignmentId);
        return value !== undefined && Math.abs(value - expected.getTime()) < 5000 ? value : undefined;
      }, `${job} planned for ${expected.toISOString()}`);
      expect(Math.abs(runAt - expected.getTime())).toBeLessThan(5000);
    }
  }

  /** Runs a delayed job now, as its time had come. */
  async function promote(job: JobName, assignmentId: string): Promise<void> {
    const planned = await waitFor(
      () => queue.getJob(jobIdOf(job as 'deepening.notify', { assignmentId })),
      `the ${job} job`,
    );
    expect(await planned.getState()).toBe('delayed');
    await planned.promote();
  }

  const mailCount = () => system.dataSource.getRepository(MailMessageEntity).count();

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    system = await startTestSystem({ env: { SMTP_URL: await smtp.start() } });
    http = request(system.api.getHttpServer());
    queue = system.worker!.get(JobQueues).queue('deepening');
    caseId = await openCase('Voorschool zonder lokaal');
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  it('assigns a staff and an external expert, mails both, and plans reminders at 09:00 Dutch time', async () => {
    const adviser = system.as('adviser');
    const refusals: [object, string][] = [
      [{ dueOn: DUE }, 'invalid_assignment'],
      [{ expertId: system.users.expert.id, external: EXTERNAL, dueOn: DUE }, 'invalid_assignment'],
      [{ expertId: system.users.expert.id, dueOn: addDays(TODAY, -1) }, 'invalid_assignment'],
    ];
    for (const [body, code] of refusals) {
      const refused = await http.post(`/api/cases/${caseId}/experts`).set(adviser).send(body).expect(422);
      expect((refused.body as ErrorBody).code).toBe(code);
    }
    await http
      .post(`/api/cases/${caseId}/experts`)
      .set(adviser)
      .send({ expertId: system.users.expert.id, dueOn: '2026-02-30' })
      .expect(400);

    const staff = await http
      .post(`/api/cases/${caseId}/experts`)
      .set(adviser)
      .send({ expertId: system.users.expert.id, dueOn: DUE })
      .expect(200);
    staffId = (staff.body as Assigned[])[0].assignmentId;
    const both = await http
      .post(`/api/cases/${caseId}/experts`)
      .set(adviser)
      .send({ external: EXTERNAL, dueOn: EXTERNAL_DUE })
      .expect(200);
    const list = both.body as Assigned[];
    externalId = list[1].assignmentId;
    expect(list).toEqual([
      {
        assignmentId: staffId,
        kind: 'staff',
        displayName: system.users.expert.displayName,
        dueOn: DUE,
        analysisStatus: 'none',
        submittedAt: null,
        overdue: false,
      },
      {
        assignmentId: externalId,
        kind: 'external',
        displayName: EXTERNAL.name,
        dueOn: EXTERNAL_DUE,
        analysisStatus: 'none',
        submittedAt: null,
        overdue: false,
      },
    ]);
    // The case shows who and by when, never how to reach them.
    const seen = await http.get(`/api/cases/${caseId}`).set(adviser).expect(200);
    expect((seen.body as { experts: Assigned[] }).experts).toEqual(list);
    expect(JSON.stringify(seen.body)).not.toContain(EXTERNAL.email);

    // Both experts are mailed: the staff expert to sign in, the external one a private link.
    const staffMail = await sentMail(`expert_assigned:${staffId}`);
    expect(staffMail).toMatchObject({
      toAddress: system.users.expert.email,
      locale: 'nl',
      transport: 'smtp',
    });
    expect(staffMail.subject).toMatch(/^Gevraagd als expert: analyse van knelpunt KP-/);
    expect(staffMail.textBody).toContain(`${system.config.publicUrl}/analyses/${staffId}`);
    const externalMail = await sentMail(`expert_assigned:${externalId}`);
    expect(externalMail.toAddress).toBe(EXTERNAL.email);
    externalToken = /\/expert\/([A-Za-z0-9_-]{43})/.exec(externalMail.textBody)?.[1] ?? '';
    expect(externalToken).not.toBe('');
    // Staff reading outgoing mail see the mail, but not the link that would let them write as the expert.
    const shown = await http.get(`/api/mail/${externalMail.id}`).set(adviser).expect(200);
    expect(JSON.stringify(shown.body)).not.toContain(externalToken);
    expect((shown.body as { textBody: string }).textBody).toContain('/expert/[verborgen-hidden]');
    for (const mail of [staffMail, externalMail]) {
      for (const secret of [SUBMITTER.email, SUBMITTER.organisation, system.users.member.email]) {
        expect(mail.textBody).not.toContain(secret);
      }
    }
    await waitFor(
      async () => smtp.received.some((mail) => mail.rcptTo.includes(EXTERNAL.email)),
      'the external expert to receive the link',
    );
    const stored = await system.dataSource
      .getRepository(CaseAssignmentEntity)
      .findOneByOrFail({ id: externalId });
    // Only the hash of the link is stored.
    expect(stored.accessTokenHash).toEqual(expect.stringMatching(/^[0-9a-f]{64}$/));
    expect(stored.accessExpiresAt).toEqual(externalLinkExpiresAt(EXTERNAL_DUE));

    await expectPlanned(staffId, DUE);
    await expectPlanned(externalId, EXTERNAL_DUE);
    const audit = await system.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'expert_assigned', subjectId: caseId });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain(EXTERNAL.email);
  });

  it('reminds the experts when their reminder jobs run', async () => {
    await promote('deepening.remind-before', staffId);
    const before = await sentMail(`deepening_remind_before:${staffId}:${DUE}`);
    expect(before.toAddress).toBe(system.users.expert.email);
    expect(before.textBody).toContain(`/analyses/${staffId}`);
    await promote('deepening.remind-due', staffId);
    const due = await sentMail(`deepening_remind_due:${staffId}:${DUE}`);
    expect(due.subject).toMatch(/^Vandaag: analyse voor KP-/);

    await promote('deepening.remind-before', externalId);
    const external = await sentMail(`deepening_remind_before:${externalId}:${EXTERNAL_DUE}`);
    expect(external.toAddress).toBe(EXTERNAL.email);
    // Only the hash of the link is kept, so the reminder points to the first mail.
    expect(external.textBody).toContain('persoonlijke link uit onze eerste e-mail');
    expect(external.textBody).not.toContain('/expert/');
  });

  it('moves the delayed jobs with the due date, and reminds again for the new date', async () => {
    const adviser = system.as('adviser');
    const refused = await http
      .patch(`/api/cases/${caseId}/experts/${staffId}`)
      .set(adviser)
      .send({ dueOn: addDays(TODAY, -2) })
      .expect(422);
    expect((refused.body as ErrorBody).code).toBe('invalid_assignment');
    await http
      .patch(`/api/cases/${caseId}/experts/${randomUUID()}`)
      .set(adviser)
      .send({ dueOn: MOVED_DUE })
      .expect(404);

    const moved = await http
      .patch(`/api/cases/${caseId}/experts/${staffId}`)
      .set(adviser)
      .send({ dueOn: MOVED_DUE })
      .expect(200);
    expect((moved.body as Assigned[])[0]).toMatchObject({ assignmentId: staffId, dueOn: MOVED_DUE });
    // The overdue job was still waiting and moved; the two reminders had run and are planned anew.
    await expectPlanned(staffId, MOVED_DUE);

    // Assigning the same external address again moves that due date too (and the link's validity).
    const again = await http
      .post(`/api/cases/${caseId}/experts`)
      .set(adviser)
      .send({ external: EXTERNAL, dueOn: MOVED_DUE })
      .expect(200);
    expect(again.body).toHaveLength(2);
    await expectPlanned(externalId, MOVED_DUE);
    const stored = await system.dataSource
      .getRepository(CaseAssignmentEntity)
      .findOneByOrFail({ id: externalId });
    expect(stored.accessExpiresAt).toEqual(externalLinkExpiresAt(MOVED_DUE));

    await promote('deepening.remind-before', staffId);
    await sentMail(`deepening_remind_before:${staffId}:${MOVED_DUE}`);
    expect(
      await system.dataSource
        .getRepository(MailMessageEntity)
        .countBy({ purpose: 'deepening_remind_before' }),
    ).toBe(3);
    expect(
      await system.dataSource
        .getRepository(AuditLogEntity)
        .countBy({ action: 'expert_due_date_changed', subjectId: caseId }),
    ).toBe(2);
  });

  it('lets the staff expert save drafts and submit, listing every missing field first, keeping every version', async () => {
    const expert = system.as('expert');
    const mine = await http.get('/api/me/assignments').set(expert).expect(200);
    expect(mine.body).toEqual([
      expect.objectContaining({
        assignmentId: staffId,
        caseId,
        title: 'Voorschool zonder lokaal',
        step: 'deepening',
        dueOn: MOVED_DUE,
        analysisStatus: 'none',
        overdue: false,
      }),
    ]);

    const empty = await http.get(`/api/assignments/${staffId}/analysis`).set(expert).expect(200);
    const workspace = empty.body as Workspace;
    expect(workspace.analysis).toMatchObject({
      status: 'none',
      version: 0,
      rootCauseSummary: '',
      versions: [],
    });
    expect(workspace.analysis.causeAreas.funding).toEqual({ playsRole: null, explanation: '' });
    expect(workspace.editable).toBe(true);
    expect(workspace.case.signals).toEqual([
      { title: 'Voorschool zonder lokaal', description: expect.stringContaining('De peuters') },
    ]);
    expect(JSON.stringify(workspace)).not.toMatch(/ouder\.de\.vries|Klimop|member@test/);

    const saved = await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send(draft())
      .expect(200);
    expect((saved.body as Workspace).analysis).toMatchObject({ status: 'draft', version: 1 });

    const stale = await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send(draft({ expectedVersion: 0 }))
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', details: { current: { version: 1 } } });

    // Before any submission, both guards block the step to sharing.
    const blocked = await move(caseId, 'sharing', 422);
    expect((blocked.body as ErrorBody).code).toBe('guard_failed');
    expect(
      ((blocked.body as ErrorBody).details?.guards as { guard: string }[]).map((g) => g.guard).sort(),
    ).toEqual(['analysisSubmitted', 'handlingOptionChosen']);

    const incomplete = await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send(draft({ submit: true, expectedVersion: 1 }))
      .expect(422);
    expect((incomplete.body as ErrorBody).code).toBe('analysis_incomplete');
    expect((incomplete.body as ErrorBody).errors?.map((e) => e.field)).toEqual([
      'causeAreas.legislation.explanation',
      'causeAreas.steering_accountability.playsRole',
      'causeAreas.funding.playsRole',
      'causeAreas.decision_making.playsRole',
      'causeAreas.communication.playsRole',
      'rootCauseSummary',
      'proposedHandlingOption',
    ]);
    expect((incomplete.body as ErrorBody).message).toMatch(/nog niet compleet/);
    // A body without every cause area is refused before any rule runs.
    await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send({ ...draft(), causeAreas: { legislation: { playsRole: true } } })
      .expect(400);

    const submitted = await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send(complete({ expectedVersion: 1 }))
      .expect(200);
    expect((submitted.body as Workspace).analysis).toMatchObject({
      status: 'submitted',
      version: 2,
      versions: [
        { version: 1, status: 'draft' },
        { version: 2, status: 'submitted' },
      ],
    });
    const asDraft = await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send(draft())
      .expect(409);
    expect((asDraft.body as ErrorBody).code).toBe('conflict');
    // Revising a submitted analysis means submitting again.
    await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(expert)
      .send(complete({ recommendations: 'Een regionaal budget, en één loket.', expectedVersion: 2 }))
      .expect(200);

    const analysis = await system.dataSource
      .getRepository(AnalysisEntity)
      .findOneByOrFail({ assignmentId: staffId });
    const versions = await system.dataSource
      .getRepository(AnalysisVersionEntity)
      .find({ where: { analysisId: analysis.id }, order: { version: 'ASC' } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'draft'],
      [2, 'submitted'],
      [3, 'submitted'],
    ]);
    expect(versions[0].content).toMatchObject({ rootCauseSummary: '', proposedHandlingOption: null });
    expect(versions[2].content).toMatchObject({ recommendations: 'Een regionaal budget, en één loket.' });

    // Advisers read along but do not write; another expert does not even see it.
    const read = await http.get(`/api/assignments/${staffId}/analysis`).set(system.as('adviser')).expect(200);
    expect((read.body as Workspace).editable).toBe(false);
    await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(system.as('adviser'))
      .send(complete())
      .expect(403);
    const other = await system.dataSource.getRepository(UserEntity).save({
      email: 'tweede-expert@test.signaalroute.nl',
      displayName: 'Tweede expert',
      role: 'expert',
    });
    const { token } = await system.api.get(ApiTokenService).create(other.id, 'tests');
    const otherExpert = { Authorization: `Bearer ${token}` };
    await http.get(`/api/assignments/${staffId}/analysis`).set(otherExpert).expect(404);
    await http.put(`/api/assignments/${staffId}/analysis`).set(otherExpert).send(draft()).expect(404);
    await http.get(`/api/cases/${caseId}/analyses`).set(otherExpert).expect(404);

    // What the expert saved is not lost: the assignment cannot be removed any more.
    const kept = await http
      .delete(`/api/cases/${caseId}/experts/${staffId}`)
      .set(system.as('adviser'))
      .expect(409);
    expect((kept.body as ErrorBody).code).toBe('conflict');
    expect(
      await system.dataSource
        .getRepository(AuditLogEntity)
        .countBy({ action: 'analysis_submitted', subjectId: caseId }),
    ).toBe(2);
  });

  it('serves the external expert the case through the private link, without any submitter identity', async () => {
    const link = await http.get(`/api/expert-links/${externalToken}`).expect(200);
    const workspace = link.body as Workspace;
    expect(workspace.assignment).toMatchObject({
      assignmentId: externalId,
      kind: 'external',
      displayName: EXTERNAL.name,
    });
    expect(workspace.case.signals).toHaveLength(1);
    expect(Object.keys(workspace.case.signals[0]).sort()).toEqual(['description', 'title']);
    const text = JSON.stringify(workspace);
    for (const secret of [
      SUBMITTER.email,
      SUBMITTER.organisation,
      system.users.member.email,
      system.users.member.displayName,
      EXTERNAL.email,
    ]) {
      expect({ secret, leaks: text.includes(secret) }).toEqual({ secret, leaks: false });
    }
    expect(keysOf(workspace).filter((key) => /mail|organisation|submitter|consent|phone/i.test(key))).toEqual(
      [],
    );

    const saved = await http.put(`/api/expert-links/${externalToken}/analysis`).send(draft()).expect(200);
    expect((saved.body as Workspace).analysis).toMatchObject({ status: 'draft', version: 1 });
    const incomplete = await http
      .put(`/api/expert-links/${externalToken}/analysis`)
      .set('Accept-Language', 'en')
      .send(draft({ submit: true }))
      .expect(422);
    expect((incomplete.body as ErrorBody).message).toMatch(/not complete enough/);

    // Unknown, malformed and expired links all get the one answer.
    const unknown = await http.get(`/api/expert-links/${newSecretToken().token}`).expect(404);
    const malformed = await http.get('/api/expert-links/abc').expect(404);
    await http.put(`/api/expert-links/${newSecretToken().token}/analysis`).send(draft()).expect(404);
    const assignments = system.dataSource.getRepository(CaseAssignmentEntity);
    const { accessExpiresAt } = await assignments.findOneByOrFail({ id: externalId });
    await assignments.update(externalId, { accessExpiresAt: new Date(Date.now() - 1000) });
    const expired = await http.get(`/api/expert-links/${externalToken}`).expect(404);
    await http.put(`/api/expert-links/${externalToken}/analysis`).send(complete()).expect(404);
    await assignments.update(externalId, { accessExpiresAt });
    for (const answer of [malformed, expired])
      expect(pick(answer.body as ErrorBody)).toEqual(pick(unknown.body as ErrorBody));

    // The staff expert sees the submitted analyses and their own, not a colleague's draft.
    const forExpert = await http.get(`/api/cases/${caseId}/analyses`).set(system.as('expert')).expect(200);
    expect((forExpert.body as { assignmentId: string }[]).map((a) => a.assignmentId)).toEqual([staffId]);
    const forAdviser = await http.get(`/api/cases/${caseId}/analyses`).set(system.as('adviser')).expect(200);
    expect(forAdviser.body).toEqual([
      expect.objectContaining({
        assignmentId: staffId,
        authorKind: 'staff',
        authorName: system.users.expert.displayName,
        status: 'submitted',
        version: 3,
      }),
      expect.objectContaining({
        assignmentId: externalId,
        authorKind: 'external',
        authorName: EXTERNAL.name,
        status: 'draft',
        version: 1,
      }),
    ]);

    await http
      .put(`/api/expert-links/${externalToken}/analysis`)
      .send(complete({ expectedVersion: 1 }))
      .expect(200);
    const both = await http.get(`/api/cases/${caseId}/analyses`).set(system.as('expert')).expect(200);
    expect(both.body).toHaveLength(2);
  });

  it('tells the adviser once every assigned expert has submitted', async () => {
    const allIn = await sentMail(`deepening_all_in:${caseId}:2`);
    expect(allIn).toMatchObject({ toAddress: system.users.adviser.email, purpose: 'deepening_all_in' });
    expect(allIn.subject).toMatch(/^Alle analyses binnen: KP-/);
    expect(allIn.textBody).toContain(`${system.config.publicUrl}/knelpunten/${caseId}`);
    expect(allIn.textBody).not.toContain(EXTERNAL.email);
    expect(
      await system.dataSource.getRepository(MailMessageEntity).countBy({ purpose: 'deepening_all_in' }),
    ).toBe(1);
  });

  it('moves to sharing only with the handling option too, and tags every signal with it', async () => {
    const blocked = await move(caseId, 'sharing', 422);
    expect((blocked.body as ErrorBody).details?.guards).toEqual([
      expect.objectContaining({ guard: 'handlingOptionChosen' }),
    ]);
    await http
      .patch(`/api/cases/${caseId}`)
      .set(system.as('adviser'))
      .send({ handlingOption: 'funding_experiment', expectedVersion: await caseVersion(caseId) })
      .expect(200);
    await move(caseId, 'sharing', 200);
    const signals = await system.dataSource.getRepository(SignalEntity).findBy({ caseId });
    expect(signals.map((s) => s.handlingOption)).toEqual(['funding_experiment']);

    // Past deepening, nothing is saved any more and no expert is assigned.
    const late = await http
      .put(`/api/assignments/${staffId}/analysis`)
      .set(system.as('expert'))
      .send(complete({ expectedVersion: 3 }))
      .expect(409);
    expect((late.body as ErrorBody).code).toBe('conflict');
    await http
      .post(`/api/cases/${caseId}/experts`)
      .set(system.as('adviser'))
      .send({ expertId: system.users.expert.id, dueOn: DUE })
      .expect(409);
  });

  it('runs every deepening handler twice, also at once, without a second effect', async () => {
    const id = await openCase('Tweede knelpunt voor de handlers');
    const assigned = await http
      .post(`/api/cases/${id}/experts`)
      .set(system.as('adviser'))
      .send({ external: { name: 'Dr. Dubbel', email: 'dubbel@example.org' }, dueOn: DUE })
      .expect(200);
    const assignmentId = (assigned.body as Assigned[])[0].assignmentId;
    const linkMail = await sentMail(`expert_assigned:${assignmentId}`);
    const linkToken = /\/expert\/([A-Za-z0-9_-]{43})/.exec(linkMail.textBody)?.[1] ?? '';
    const assignments = system.dataSource.getRepository(CaseAssignmentEntity);
    const { accessTokenHash } = await assignments.findOneByOrFail({ id: assignmentId });
    const worker = system.worker!;
    const payload = { assignmentId };

    const notify = worker.get(DeepeningNotifyHandler);
    const mailsBefore = await mailCount();
    expect(await notify.handle(payload)).toBe('already_sent');
    expect(await Promise.all([notify.handle(payload), notify.handle(payload)])).toEqual([
      'already_sent',
      'already_sent',
    ]);
    // The private link was made once: a rerun does not replace it (that would break the mailed link).
    expect((await assignments.findOneByOrFail({ id: assignmentId })).accessTokenHash).toBe(accessTokenHash);
    expect(await mailCount()).toBe(mailsBefore);

    const handlers: [JobName, { handle(p: { assignmentId: string }): Promise<unknown> }][] = [
      ['deepening.remind-before', worker.get(DeepeningRemindBeforeHandler)],
      ['deepening.remind-due', worker.get(DeepeningRemindDueHandler)],
      ['deepening.overdue', worker.get(DeepeningOverdueHandler)],
    ];
    for (const [job, handler] of handlers) {
      const before = await mailCount();
      // Two at once: exactly one sends.
      expect((await Promise.all([handler.handle(payload), handler.handle(payload)])).sort()).toEqual([
        'already_sent',
        'sent',
      ]);
      expect(await handler.handle(payload)).toBe('already_sent');
      expect({ job, added: (await mailCount()) - before }).toEqual({ job, added: 1 });
    }
    const overdue = await sentMail(`deepening_overdue:${assignmentId}:${DUE}`);
    expect(overdue).toMatchObject({ toAddress: system.users.adviser.email, purpose: 'deepening_overdue' });
    expect(overdue.textBody).toContain('De analyse van Dr. Dubbel');

    // The all-in notice, once the one analysis is in.
    // Two saves from the same version at once: one wins, the other is told it changed meanwhile.
    const racing = await Promise.all(
      [1, 2].map(() =>
        http.put(`/api/expert-links/${linkToken}/analysis`).send(draft({ expectedVersion: 0 })),
      ),
    );
    expect(racing.map((response) => response.status).sort()).toEqual([200, 409]);
    await http.put(`/api/expert-links/${linkToken}/analysis`).send(complete()).expect(200);
    await sentMail(`deepening_all_in:${id}:1`);
    const allIn = worker.get(DeepeningAllInHandler);
    const before = await mailCount();
    expect(await allIn.handle({ caseId: id })).toBe('already_sent');
    expect(await Promise.all([allIn.handle({ caseId: id }), allIn.handle({ caseId: id })])).toEqual([
      'already_sent',
      'already_sent',
    ]);
    expect(await mailCount()).toBe(before);
    // Once submitted, reminders and the overdue notice have nothing left to say.
    for (const [, handler] of handlers) expect(await handler.handle(payload)).toBe('submitted');
    expect(await notify.handle({ assignmentId: randomUUID() })).toBe('gone');
    expect(await allIn.handle({ caseId: randomUUID() })).toBe('gone');
  });

  it('restores lost deepening work from the database (the sweeper)', async () => {
    // An assignment whose jobs Redis lost: no outbox row, no job, no mail; due two days ago.
    const id = await openCase('Knelpunt waarvan de jobs verloren gingen');
    const [row] = (await system.dataSource.query(
      `INSERT INTO case_assignments (case_id, expert_id, assigned_by_id, due_on, assigned_at)
       VALUES ($1, $2, $3, $4, now() - interval '10 days') RETURNING id`,
      [id, system.users.expert.id, system.users.adviser.id, addDays(TODAY, -2)],
    )) as { id: string }[];
    expect(await system.worker!.get(Sweeper).sweep()).toBeGreaterThanOrEqual(2);
    await sentMail(`expert_assigned:${row.id}`);
    const overdue = await sentMail(`deepening_overdue:${row.id}:${addDays(TODAY, -2)}`);
    expect(overdue.toAddress).toBe(system.users.adviser.email);
    // Reminders whose moment (and the next one) passed long ago are not sent late.
    expect(
      await system.dataSource
        .getRepository(MailMessageEntity)
        .countBy({ dedupeKey: `deepening_remind_due:${row.id}:${addDays(TODAY, -2)}` }),
    ).toBe(0);
    // Done once, the sweep finds nothing more for it.
    await waitFor(async () => (await system.worker!.get(Sweeper).sweep()) === 0, 'a sweep with nothing left');
  });
});

function pick(body: ErrorBody): Pick<ErrorBody, 'statusCode' | 'code' | 'message'> {
  return { statusCode: body.statusCode, code: body.code, message: body.message };
}

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap(keysOf))];
  if (value && typeof value === 'object') {
    return [...new Set(Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]))];
  }
  return [];
}
