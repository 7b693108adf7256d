// The whole route of one bottleneck through the API alone, on real Postgres, Redis (BullMQ) and SMTP:
// three signals come in and are triaged into one case; a targeted call checks recognition; an expert
// analyses it; a publication is blocked by a personal-data finding until the text is fixed; two
// national tables reach their outcomes; and the feedback reaches every submitter and respondent
// exactly once, though SMTP refuses the first attempt and the send job runs twice, after which the case
// closes by itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { CaseEntity, MailMessageEntity, UserEntity } from '@app/persistence';
import type { CaseStep } from '@app/workflow';
import { FeedbackSendHandler } from '../../apps/worker/src/handlers/feedback-send.handler';
import { submittedAnalysisBody } from '../support/analysis-body';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

const SIGNALS = [
  {
    title: 'Leerling zit maanden thuis door wachtlijst jeugdhulp',
    description:
      'Een leerling uit groep zeven wacht al vier maanden op jeugdhulp. De school kan de begeleiding niet bieden en de leerling zit thuis.',
    domains: ['education', 'youth_care'],
    email: 'leerkracht@school.example',
    consent: { contact: true, publication: true },
  },
  {
    title: 'Wachtlijsten jeugdhulp raken ook de kinderopvang',
    description:
      'Kinderen met een indicatie voor jeugdhulp komen op de buitenschoolse opvang terecht zonder de hulp die ze nodig hebben, omdat de wachtlijst lang is.',
    domains: ['childcare', 'youth_care'],
    email: 'Pedagoog@Opvang.example',
    consent: { contact: true, publication: false },
  },
  {
    title: 'Geen hulp beschikbaar onder schooltijd',
    description:
      'Jeugdhulp mag niet onder schooltijd in de klas worden gegeven omdat niemand weet wie het betaalt, dus kinderen wachten langer.',
    domains: ['education'],
  },
];

describe('the whole pipeline, intake to closed, through the API', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;
  let caseId: string;
  const signalIds: string[] = [];
  const trackingTokens: string[] = [];

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    system = await startTestSystem({ env: { SMTP_URL: await smtp.start() } });
    http = request(system.api.getHttpServer());
    await system.dataSource
      .getRepository(UserEntity)
      .update({ id: system.users.member.id }, { domains: ['education'], region: 'Utrecht' });
    await system.dataSource.getRepository(UserEntity).save({
      email: 'opvang@leden.example',
      displayName: 'Lid opvang',
      role: 'member',
      domains: ['childcare'],
      region: 'Zwolle',
    });
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  const adviser = () => system.as('adviser');

  async function caseRow(): Promise<CaseEntity> {
    return system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
  }

  async function move(to: CaseStep, extra: Record<string, unknown> = {}, headers = adviser()): Promise<void> {
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(headers)
      .send({ to, expectedVersion: (await caseRow()).version, ...extra })
      .expect(200);
  }

  it('takes three signals in, suggests, and triages them into one case (steps 1 and 2)', async () => {
    for (const signal of SIGNALS) {
      const created = await http
        .post('/api/signals')
        .set('Accept-Language', signal === SIGNALS[1] ? 'en' : 'nl')
        .send(signal)
        .expect(201);
      const body = created.body as { id: string; trackingUrl: string };
      signalIds.push(body.id);
      trackingTokens.push(body.trackingUrl.split('/').pop() ?? '');
    }
    for (const id of signalIds) {
      await waitFor(async () => {
        const detail = await http.get(`/api/signals/${id}`).set(adviser()).expect(200);
        return (detail.body as { suggestions: unknown }).suggestions !== null;
      }, `suggestions for ${id}`);
    }
    const opened = await http
      .post(`/api/signals/${signalIds[0]}/open-case`)
      .set(adviser())
      .send({ title: 'Wachtlijsten jeugdhulp houden kinderen thuis' })
      .expect(201);
    caseId = (opened.body as { caseId: string }).caseId;
    for (const id of signalIds.slice(1)) {
      await http.post(`/api/signals/${id}/link`).set(adviser()).send({ caseId }).expect(200);
    }
    expect((await caseRow()).step).toBe('recognition');
  });

  it('checks recognition with a targeted call, answered and tallied (step 3)', async () => {
    const created = await http
      .post('/api/calls')
      .set(adviser())
      .send({
        kind: 'targeted',
        caseId,
        question: 'Herken jij dat kinderen thuiszitten door wachtlijsten in de jeugdhulp?',
        reason: 'We toetsen of dit breder speelt voordat we het landelijk agenderen.',
        channels: ['newsletter'],
        closesAt: new Date(Date.now() + 3600_000).toISOString(),
        audienceDomains: ['education', 'childcare'],
      })
      .expect(201);
    const call = created.body as { id: string; version: number };
    await http.post(`/api/calls/${call.id}/publish`).set(adviser()).send({ expectedVersion: 1 }).expect(200);
    const invitations = await waitFor(async () => {
      const mails = await system.dataSource
        .getRepository(MailMessageEntity)
        .findBy({ purpose: 'call_invitation' });
      return mails.length === 2 ? mails : undefined;
    }, 'two invitations');
    for (const [index, mail] of invitations.entries()) {
      const token = /\/answer\/([A-Za-z0-9_-]{20,})/.exec(mail.textBody)?.[1];
      await http
        .put(`/api/call-invitations/${token}/answer`)
        .send({
          recognition: 'recognised',
          urgency: 'high',
          needed: 'Jeugdhulp die op school mag komen.',
          domain: index === 0 ? 'education' : 'childcare',
          region: index === 0 ? 'Utrecht' : 'Zwolle',
          organisationType: 'school',
        })
        .expect(200);
    }
    const current = await http.get(`/api/calls/${call.id}`).set(adviser()).expect(200);
    await http
      .patch(`/api/calls/${call.id}`)
      .set(adviser())
      .send({
        closesAt: new Date(Date.now() + 1000).toISOString(),
        expectedVersion: (current.body as { version: number }).version,
      })
      .expect(200);
    await waitFor(async () => {
      const panel = await http.get(`/api/cases/${caseId}/recognition`).set(adviser()).expect(200);
      return (panel.body as { tallies: unknown[] }).tallies.length === 1;
    }, 'the tally');
    await move('deepening');
  });

  it('has an expert analyse it, and chooses the handling option (step 4)', async () => {
    const dueOn = new Date(Date.now() + 14 * 24 * 3600_000).toISOString().slice(0, 10);
    const assigned = await http
      .post(`/api/cases/${caseId}/experts`)
      .set(adviser())
      .send({ expertId: system.users.expert.id, dueOn })
      .expect(200);
    const [{ assignmentId }] = assigned.body as { assignmentId: string }[];
    await http
      .put(`/api/assignments/${assignmentId}/analysis`)
      .set(system.as('expert'))
      .send(submittedAnalysisBody('agenda_lobby'))
      .expect(200);
    await http
      .patch(`/api/cases/${caseId}`)
      .set(adviser())
      .send({ handlingOption: 'agenda_lobby', expectedVersion: (await caseRow()).version })
      .expect(200);
    await move('sharing');
  });

  it('publishes only once the personal-data finding is fixed (step 5)', async () => {
    const created = await http
      .post('/api/publications')
      .set(adviser())
      .send({
        kind: 'newsletter',
        title: 'Wachtlijsten jeugdhulp: wat we horen',
        summary: 'Uit het netwerk: kinderen zitten thuis terwijl ze op hulp wachten.',
        body: 'Scholen en opvang zien kinderen wachten op jeugdhulp. Reageer via leerkracht@school.example.',
        caseIds: [caseId],
      })
      .expect(201);
    const id = (created.body as { id: string }).id;
    const checked = async (version: number) =>
      waitFor(async () => {
        const detail = await http.get(`/api/publications/${id}`).set(adviser()).expect(200);
        const body = detail.body as {
          checkedVersion: number | null;
          findings: { kind: string; status: string }[];
        };
        return body.checkedVersion === version ? body : undefined;
      }, `the check of version ${version}`);
    const first = await checked(1);
    expect(first.findings).toEqual([expect.objectContaining({ kind: 'email', status: 'open' })]);
    await http.post(`/api/publications/${id}/review`).set(adviser()).send({ expectedVersion: 1 }).expect(200);
    await http
      .post(`/api/publications/${id}/publish`)
      .set(adviser())
      .send({ expectedVersion: 1 })
      .expect(422);
    await http.post(`/api/publications/${id}/draft`).set(adviser()).send({ expectedVersion: 1 }).expect(200);

    await http
      .patch(`/api/publications/${id}`)
      .set(adviser())
      .send({
        body: 'Scholen en opvang zien kinderen wachten op jeugdhulp. Reageer via het formulier op de site.',
        expectedVersion: 1,
      })
      .expect(200);
    const second = await checked(2);
    expect(second.findings).toEqual([expect.objectContaining({ kind: 'email', status: 'fixed' })]);
    await http.post(`/api/publications/${id}/review`).set(adviser()).send({ expectedVersion: 2 }).expect(200);
    await http
      .post(`/api/publications/${id}/publish`)
      .set(adviser())
      .send({ expectedVersion: 2 })
      .expect(200);
    const insights = await http.get('/api/public/insights').expect(200);
    expect(JSON.stringify(insights.body)).toContain('Wachtlijsten jeugdhulp: wat we horen');
    expect(JSON.stringify(insights.body)).not.toContain('leerkracht@school.example');
    await move('agenda');
  });

  it('brings it to two national tables and records their outcomes (step 6)', async () => {
    const tables: string[] = [];
    for (const name of ['Onderwijs-Zorg-Kinderopvang-tafel', 'VNG']) {
      const table = await http
        .post('/api/tables')
        .set(system.as('admin'))
        .send({ name, kind: name === 'VNG' ? 'association' : 'table' })
        .expect(201);
      tables.push((table.body as { id: string }).id);
    }
    await http
      .put(`/api/tables/${tables[0]}/liaisons`)
      .set(system.as('admin'))
      .send({ userIds: [system.users.liaison.id] })
      .expect(200);
    const items: string[] = [];
    for (const tableId of tables) {
      const item = await http
        .post(`/api/cases/${caseId}/agenda-items`)
        .set(adviser())
        .send({ tableId, ask: 'Maak jeugdhulp onder schooltijd mogelijk met één budget.' })
        .expect(201);
      items.push((item.body as { id: string }).id);
    }
    // Not every item has an outcome yet: the case cannot move on.
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(adviser())
      .send({ to: 'feedback', expectedVersion: (await caseRow()).version })
      .expect(422);

    const today = new Date().toISOString().slice(0, 10);
    const moves = [
      { to: 'submitted', note: 'Aangemeld.' },
      { to: 'scheduled', note: 'Op de agenda.', meetingDate: today },
      { to: 'discussed', note: 'Besproken.' },
      {
        to: 'outcome',
        note: 'Uitkomst vastgelegd.',
        outcome: 'commitment',
        outcomeNote: 'Het ministerie onderzoekt één budget.',
      },
    ];
    for (const [index, itemId] of items.entries()) {
      // The first table's own liaison records its item; the adviser records the other.
      const headers = index === 0 ? system.as('liaison') : adviser();
      for (const step of moves) {
        const current = await http.get(`/api/agenda-items/${itemId}`).set(headers).expect(200);
        await http
          .post(`/api/agenda-items/${itemId}/moves`)
          .set(headers)
          .send({ ...step, expectedVersion: (current.body as { version: number }).version })
          .expect(200);
      }
    }
    await move('feedback', {}, system.as('liaison'));
  });

  it('sends the feedback to everyone exactly once, then closes the case by itself (step 7)', async () => {
    const prepared = await waitFor(async () => {
      const response = await http.get(`/api/cases/${caseId}/feedback`).set(adviser());
      return response.status === 200
        ? (response.body as { version: number; counts: { total: number } })
        : undefined;
    }, 'the feedback to be prepared');
    // Two submitters with consent, one without an address, two respondents (member accounts).
    expect(prepared.counts.total).toBe(5);

    smtp.rejectNext = 1;
    await http
      .post(`/api/cases/${caseId}/feedback/send`)
      .set(adviser())
      .send({ expectedVersion: prepared.version })
      .expect(200);
    const send = system.worker!.get(FeedbackSendHandler);
    await Promise.all([send.handle({ caseId }), send.handle({ caseId })]);

    await waitFor(async () => (await caseRow()).step === 'closed', 'the case to close by itself', 90_000);
    const mails = await system.dataSource.getRepository(MailMessageEntity).findBy({ purpose: 'feedback' });
    const received = smtp.received.filter((mail) => mails.some((m) => mail.raw.includes(`<${m.id}@`)));
    expect(received.flatMap((mail) => mail.rcptTo).sort()).toEqual(
      [
        'leerkracht@school.example',
        'pedagoog@opvang.example',
        system.users.member.email,
        'opvang@leden.example',
      ].sort(),
    );

    const tracked = await http.get(`/api/track/${trackingTokens[1]}`).expect(200);
    expect(tracked.body).toMatchObject({ state: 'closed', feedback: { locale: 'en' } });
    const history = await http.get(`/api/cases/${caseId}`).set(adviser()).expect(200);
    expect((history.body as { history: { to: string }[] }).history.map((h) => h.to)).toEqual([
      'recognition',
      'deepening',
      'sharing',
      'agenda',
      'feedback',
      'closed',
    ]);
  });
});
