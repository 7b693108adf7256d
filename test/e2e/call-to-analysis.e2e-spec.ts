// Steps 3 and 4 end to end on real Postgres, Redis (BullMQ) and SMTP: a targeted call goes out to the
// members of its audience, they answer through their personal links (and someone anonymous through the
// public page, confirmed by e-mail), the close date moves and the delayed close job moves with it, the
// tally and its recommendation are stored and mailed, the adviser's decision keeps its evidence; then an
// expert is assigned with a due date, reminded by a delayed job, submits an analysis, and the case
// leaves deepening with the handling option on every signal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  CallEntity,
  CallInvitationEntity,
  MailMessageEntity,
  RecognitionTallyEntity,
  SignalEntity,
  UserEntity,
} from '@app/persistence';
import { JobQueues, jobIdOf } from '@app/queue';
import type { Domain } from '@app/workflow';
import { RecognitionFanoutHandler } from '../../apps/worker/src/handlers/recognition-fanout.handler';
import { RecognitionTallyHandler } from '../../apps/worker/src/handlers/recognition-tally.handler';
import { submittedAnalysisBody } from '../support/analysis-body';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

interface MemberSpec {
  name: string;
  domains: Domain[];
  region: string;
}

/** In the audience (education, childcare or youth care)… */
const AUDIENCE: MemberSpec[] = [
  { name: 'juf-utrecht', domains: ['education'], region: 'Utrecht' },
  { name: 'opvang-utrecht', domains: ['childcare'], region: 'utrecht' },
  { name: 'jeugd-zwolle', domains: ['youth_care'], region: 'Zwolle' },
  { name: 'ib-zwolle', domains: ['education', 'care'], region: 'Zwolle' },
  { name: 'opvang-breda', domains: ['childcare'], region: 'Breda' },
];
/** …and outside it. */
const OUTSIDE: MemberSpec[] = [{ name: 'welzijn-groningen', domains: ['welfare'], region: 'Groningen' }];

const ANSWERS = [
  {
    recognition: 'recognised',
    urgency: 'high',
    needed: 'Een wachtlijst die korter wordt en een vast loket.',
  },
  { recognition: 'recognised', urgency: 'high', needed: 'Kortere wachtlijsten voor jeugdhulp op school.' },
  {
    recognition: 'partly',
    urgency: 'medium',
    needed: 'Duidelijke afspraken met de gemeente over de wachtlijst.',
  },
  { recognition: 'recognised', urgency: 'medium', needed: 'Geld voor een praktijkondersteuner.' },
  { recognition: 'not_recognised', urgency: 'low', needed: 'Bij ons speelt dit niet.' },
] as const;

describe('from a targeted call to a submitted analysis (steps 3 and 4), end to end', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;
  const members = new Map<string, UserEntity>();
  let caseId: string;
  let callId: string;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    system = await startTestSystem({ env: { SMTP_URL: await smtp.start() } });
    http = request(system.api.getHttpServer());
    for (const spec of [...AUDIENCE, ...OUTSIDE]) {
      members.set(
        spec.name,
        await system.dataSource.getRepository(UserEntity).save({
          email: `${spec.name}@leden.example`,
          displayName: spec.name,
          role: 'member',
          domains: spec.domains,
          region: spec.region,
          organisationType: 'school',
        }),
      );
    }
    // A deactivated member in the audience's domains must not be invited.
    await system.dataSource.getRepository(UserEntity).save({
      email: 'oud-lid@leden.example',
      displayName: 'oud lid',
      role: 'member',
      domains: ['education'],
      active: false,
    });

    const signal = await http
      .post('/api/signals')
      .send({
        title: 'Wachtlijst jeugdhulp houdt leerlingen thuis',
        description:
          'Leerlingen wachten maanden op jeugdhulp en zitten intussen thuis; de school kan niets doen.',
        domains: ['education', 'youth_care'],
      })
      .expect(201);
    const opened = await http
      .post(`/api/signals/${(signal.body as { id: string }).id}/open-case`)
      .set(system.as('adviser'))
      .send({ title: 'Wachtlijsten jeugdhulp en thuiszitters' })
      .expect(201);
    caseId = (opened.body as { caseId: string }).caseId;
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  function mailsTo(purpose: string) {
    return system.dataSource.getRepository(MailMessageEntity).find({ where: { purpose } });
  }

  it('shows the audience size before publishing, and sends the call to exactly that audience', async () => {
    const size = await http
      .get('/api/calls/audience-size')
      .query({ domains: ['education', 'childcare', 'youth_care'] })
      .set(system.as('adviser'))
      .expect(200);
    expect(size.body).toEqual({ size: AUDIENCE.length });

    const created = await http
      .post('/api/calls')
      .set(system.as('adviser'))
      .send({
        kind: 'targeted',
        caseId,
        question: 'Herken jij dat leerlingen thuiszitten door wachtlijsten in de jeugdhulp?',
        reason: 'We willen weten of dit breder speelt voordat we het aan de landelijke tafel voorleggen.',
        channels: ['newsletter', 'website'],
        closesAt: new Date(Date.now() + 60 * 60_000).toISOString(),
        audienceDomains: ['education', 'childcare', 'youth_care'],
        isPublic: true,
      })
      .expect(201);
    const call = created.body as { id: string; status: string; version: number };
    expect(call.status).toBe('draft');
    callId = call.id;

    const published = await http
      .post(`/api/calls/${callId}/publish`)
      .set(system.as('adviser'))
      .send({ expectedVersion: call.version })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', audienceSize: AUDIENCE.length });

    const done = await waitFor(async () => {
      const response = await http.get(`/api/calls/${callId}`).set(system.as('adviser')).expect(200);
      const body = response.body as { fanoutCompletedAt: string | null; invited: number };
      return body.fanoutCompletedAt ? body : undefined;
    }, 'the fan-out to finish');
    expect(done.invited).toBe(AUDIENCE.length);

    await waitFor(async () => smtp.received.length >= AUDIENCE.length, 'the invitations to be delivered');
    const recipients = smtp.received.flatMap((mail) => mail.rcptTo).sort();
    expect(recipients).toEqual(AUDIENCE.map((m) => `${m.name}@leden.example`).sort());
  });

  it('invites nobody twice when the fan-out job runs again, one after the other or at once', async () => {
    const fanout = system.worker!.get(RecognitionFanoutHandler);
    await expect(fanout.handle({ callId })).resolves.toEqual({
      invited: 0,
      skipped: 'already_complete',
    });
    // As if the job had been cut off before it could mark itself complete.
    await system.dataSource.getRepository(CallEntity).update({ id: callId }, { fanoutCompletedAt: null });
    await Promise.all([fanout.handle({ callId }), fanout.handle({ callId })]);

    expect(await system.dataSource.getRepository(CallInvitationEntity).countBy({ callId })).toBe(
      AUDIENCE.length,
    );
    expect(await mailsTo('call_invitation')).toHaveLength(AUDIENCE.length);
  });

  it('takes one answer per member through the personal link; a second answer replaces the first', async () => {
    const tokens = await invitationTokens();
    for (const [index, spec] of AUDIENCE.entries()) {
      await http
        .put(`/api/call-invitations/${tokens.get(spec.name)}/answer`)
        .send({ ...ANSWERS[index], domain: spec.domains[0], region: spec.region, organisationType: 'school' })
        .expect(200, { status: 'recorded' });
    }
    // The first member changes their mind about the urgency: still one answer.
    const first = AUDIENCE[0];
    await http
      .put(`/api/call-invitations/${tokens.get(first.name)}/answer`)
      .send({
        ...ANSWERS[0],
        urgency: 'medium',
        domain: 'education',
        region: 'Utrecht',
        organisationType: 'school',
      })
      .expect(200);
    const view = await http.get(`/api/call-invitations/${tokens.get(first.name)}`).expect(200);
    expect(view.body).toMatchObject({
      call: { id: callId, caseTitle: 'Wachtlijsten jeugdhulp en thuiszitters', open: true },
      answer: { urgency: 'medium', recognition: 'recognised' },
      profileDomains: ['education'],
    });

    await http.get('/api/call-invitations/not-a-real-token-at-all-0000000000000000000').expect(404);
  });

  it('counts an anonymous public answer only after its e-mail address is confirmed', async () => {
    const answer = {
      recognition: 'recognised',
      urgency: 'high',
      needed: 'Minder wachtlijst en meer ruimte voor maatwerk.',
      domain: 'care',
      region: 'Amersfoort',
      organisationType: 'care_provider',
    };
    await http.post(`/api/public/calls/${callId}/answers`).send(answer).expect(422);
    await http
      .post(`/api/public/calls/${callId}/answers`)
      .send({ ...answer, email: 'Zorgverlener@Example.nl' })
      .expect(200, { status: 'confirmation_sent' });
    expect(await answersSoFar()).toBe(AUDIENCE.length);

    const [mail] = await mailsTo('answer_confirmation');
    const token = /\/answer\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1];
    await http.post('/api/public/call-answers/confirm').send({ token }).expect(200, { status: 'recorded' });
    await http.post('/api/public/call-answers/confirm').send({ token }).expect(410);
    expect(await answersSoFar()).toBe(AUDIENCE.length + 1);
  });

  it('moves the delayed close job when the close date moves, then tallies at the new time', async () => {
    const queue = system.worker!.get(JobQueues).queue('recognition');
    const jobId = jobIdOf('recognition.tally', { callId });
    const planned = await waitFor(() => queue.getJob(jobId), 'the close job');
    expect(await planned.getState()).toBe('delayed');

    await http
      .put('/api/settings/recognition-thresholds')
      .set(system.as('admin'))
      .send({ minRespondents: 5, broadShare: 0.6, broadMinDomains: 3, broadMinRegions: 3, partialShare: 0.3 })
      .expect(200);

    const current = await http.get(`/api/calls/${callId}`).set(system.as('adviser')).expect(200);
    const closesAt = new Date(Date.now() + 1500);
    await http
      .patch(`/api/calls/${callId}`)
      .set(system.as('adviser'))
      .send({
        closesAt: closesAt.toISOString(),
        expectedVersion: (current.body as { version: number }).version,
      })
      .expect(200);
    const moved = await waitFor(async () => {
      const job = await queue.getJob(jobId);
      return job && job.timestamp + (job.delay ?? 0) <= closesAt.getTime() + 50 ? job : undefined;
    }, 'the close job to move');
    expect(moved.id).toBe(jobId);

    const tally = await waitFor(
      () => system.dataSource.getRepository(RecognitionTallyEntity).findOneBy({ callId }),
      'the tally',
    );
    expect(tally.figures).toMatchObject({
      respondents: 6,
      recognised: 4,
      partly: 1,
      notRecognised: 1,
      endorsements: 0,
      // Education, childcare, youth care and (the anonymous answer) care; "Utrecht" and "utrecht" are one.
      domainsRecognising: 4,
      regionsRecognising: 3,
      // The first member moved from high to medium.
      urgency: { low: 1, medium: 3, high: 2 },
    });
    expect(tally.figures.shareRecognising).toBeCloseTo(5 / 6, 3);
    expect(tally.figures.needsThemes[0]).toEqual({ term: 'wachtlijst', answers: 4 });
    expect(tally.recommendation).toBe('broad');
    expect(tally.thresholds).toMatchObject({ broadMinDomains: 3, broadMinRegions: 3 });

    await waitFor(
      async () => smtp.received.some((mail) => mail.rcptTo.includes(system.users.adviser.email)),
      'the tally mail to the adviser',
    );
  });

  it('refuses answers after the close, and a second tally run changes nothing', async () => {
    const tokens = await invitationTokens();
    await http
      .put(`/api/call-invitations/${tokens.get(AUDIENCE[4].name)}/answer`)
      .send({ ...ANSWERS[0], domain: 'childcare', region: 'Breda', organisationType: 'school' })
      .expect(409);

    const tallyHandler = system.worker!.get(RecognitionTallyHandler);
    await expect(tallyHandler.handle({ callId })).resolves.toBe('already_closed');
    await Promise.all([tallyHandler.handle({ callId }), tallyHandler.handle({ callId })]);
    expect(await system.dataSource.getRepository(RecognitionTallyEntity).countBy({ callId })).toBe(1);
    expect(await mailsTo('recognition_tally')).toHaveLength(1);
  });

  it('shows the adviser the panel, records a conversation, and keeps the evidence with the decision', async () => {
    await http
      .post(`/api/cases/${caseId}/recognition/conversations`)
      .set(system.as('adviser'))
      .send({ partners: 'Samenwerkingsverband Zwolle, GGD', heldOn: '2026-11-20', outcome: 'recognised' })
      .expect(201);
    const panel = await http.get(`/api/cases/${caseId}/recognition`).set(system.as('adviser')).expect(200);
    const body = panel.body as {
      calls: { status: string }[];
      answers: Record<string, unknown>[];
      tallies: { recommendation: string }[];
      conversations: unknown[];
    };
    expect(body.calls).toEqual([expect.objectContaining({ status: 'closed' })]);
    expect(body.answers).toHaveLength(6);
    // Staff see what was said and from where, never who said it.
    for (const answer of body.answers) {
      expect(answer).not.toHaveProperty('email');
      expect(answer).not.toHaveProperty('userId');
    }
    expect(body.tallies).toEqual([expect.objectContaining({ recommendation: 'broad' })]);
    expect(body.conversations).toHaveLength(1);

    const detail = await http.get(`/api/cases/${caseId}`).set(system.as('adviser')).expect(200);
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'deepening', expectedVersion: (detail.body as { version: number }).version })
      .expect(200);
    const after = await http.get(`/api/cases/${caseId}`).set(system.as('adviser')).expect(200);
    const decision = (
      after.body as { history: { to: string; evidence: Record<string, unknown> | null }[] }
    ).history.at(-1);
    expect(decision).toMatchObject({
      to: 'deepening',
      evidence: {
        tally: { callId, recommendation: 'broad', respondents: 6 },
        conversations: [{ heldOn: '2026-11-20', outcome: 'recognised' }],
      },
    });
  });

  it('assigns an expert with a due date, reminds them by a delayed job, and takes their analysis', async () => {
    const dueOn = new Date(Date.now() + 10 * 24 * 3600_000).toISOString().slice(0, 10);
    const assigned = await http
      .post(`/api/cases/${caseId}/experts`)
      .set(system.as('adviser'))
      .send({ expertId: system.users.expert.id, dueOn })
      .expect(200);
    const [assignment] = assigned.body as { assignmentId: string; dueOn: string }[];
    expect(assignment.dueOn).toBe(dueOn);

    const expertMail = (count: number) =>
      waitFor(
        async () =>
          smtp.received.filter((mail) => mail.rcptTo.includes(system.users.expert.email)).length >= count,
        `${count} mail(s) to the expert`,
      );
    await expertMail(1);

    // The reminder waits in BullMQ for its day; here its day comes at once.
    const queue = system.worker!.get(JobQueues).queue('deepening');
    const reminder = await waitFor(
      () => queue.getJob(jobIdOf('deepening.remind-before', { assignmentId: assignment.assignmentId })),
      'the planned reminder',
    );
    expect(await reminder.getState()).toBe('delayed');
    expect(reminder.timestamp + (reminder.delay ?? 0)).toBeGreaterThan(Date.now() + 24 * 3600_000);
    await reminder.promote();
    await expertMail(2);

    await http
      .put(`/api/assignments/${assignment.assignmentId}/analysis`)
      .set(system.as('expert'))
      .send(submittedAnalysisBody('funding_experiment'))
      .expect(200);
  });

  it('leaves deepening only with the handling option chosen, which then tags every signal of the case', async () => {
    const detail = async () =>
      (await http.get(`/api/cases/${caseId}`).set(system.as('adviser')).expect(200)).body as {
        version: number;
      };
    const blocked = await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'sharing', expectedVersion: (await detail()).version })
      .expect(422);
    expect(blocked.body).toMatchObject({
      details: { guards: [expect.objectContaining({ guard: 'handlingOptionChosen' })] },
    });

    await http
      .patch(`/api/cases/${caseId}`)
      .set(system.as('adviser'))
      .send({ handlingOption: 'funding_experiment', expectedVersion: (await detail()).version })
      .expect(200);
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'sharing', expectedVersion: (await detail()).version })
      .expect(200);

    const signals = await system.dataSource.getRepository(SignalEntity).findBy({ caseId });
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.map((signal) => signal.handlingOption)).toEqual(signals.map(() => 'funding_experiment'));
    const history = (await http.get(`/api/cases/${caseId}`).set(system.as('adviser')).expect(200)).body as {
      history: { to: string; evidence: Record<string, unknown> | null }[];
    };
    expect(history.history.at(-1)).toMatchObject({
      to: 'sharing',
      evidence: {
        handlingOption: 'funding_experiment',
        submittedAnalyses: [expect.objectContaining({ proposed: 'funding_experiment' })],
      },
    });
  });

  async function invitationTokens(): Promise<Map<string, string>> {
    const mails = await mailsTo('call_invitation');
    const tokens = new Map<string, string>();
    for (const mail of mails) {
      const token = /\/answer\/([A-Za-z0-9_-]{20,})/.exec(mail.textBody)?.[1];
      const member = [...members.values()].find((m) => m.email === mail.toAddress);
      if (token && member) tokens.set(member.displayName, token);
    }
    return tokens;
  }

  async function answersSoFar(): Promise<number> {
    const response = await http.get(`/api/calls/${callId}`).set(system.as('adviser')).expect(200);
    return (response.body as { answers: number }).answers;
  }
});
