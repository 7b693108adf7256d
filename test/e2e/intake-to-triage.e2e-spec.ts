// Step 1 to step 3 through the HTTP API, with the real worker consuming real BullMQ queues on Redis,
// real Postgres and a real SMTP server: submit, acknowledge, suggest, triage into a case, move it on.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  AuditLogEntity,
  CaseAssignmentEntity,
  MailMessageEntity,
  SignalEntity,
  StepHistoryEntity,
} from '@app/persistence';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

const peuterSignal = {
  title: 'Geen lokaal voor de peutergroep in de basisschool',
  description:
    'Wij wilden met de kinderopvang een peutergroep in onze basisschool starten. Alles was geregeld, behalve ' +
    'een lokaal dat geschikt is voor peuters: het gebouw voldoet niet aan de eisen. Het plan ligt nu stil.',
  domains: ['childcare', 'education'],
  region: 'Utrecht',
  submitterRole: 'school_leader',
  channel: 'website',
};

const samePeuterSignalOtherWords = {
  title: 'Peuteropvang kan niet in het schoolgebouw',
  description:
    'Onze opvangorganisatie wil peuters opvangen in de school om de overgang naar groep 1 soepeler te maken. ' +
    'Er is geen ruimte die voldoet aan de regels voor jonge kinderen, dus de peutergroep gaat niet door.',
  domains: ['childcare'],
  submitterRole: 'childcare_manager',
};

describe('intake to triage, end to end', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    const smtpUrl = await smtp.start();
    system = await startTestSystem({ env: { SMTP_URL: smtpUrl } });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  async function signalDetail(id: string) {
    const response = await http.get(`/api/signals/${id}`).set(system.as('adviser')).expect(200);
    return response.body as {
      step: string;
      version: number;
      caseId: string | null;
      suggestions: { similar: { signalId: string; caseId: string | null; score: number }[] } | null;
      history: { from: string | null; to: string; actorRole: string }[];
    };
  }

  function suggestionsOf(id: string) {
    return waitFor(async () => {
      const detail = await signalDetail(id);
      return detail.suggestions ? detail : undefined;
    }, `suggestions for ${id}`);
  }

  it('takes a submission through acknowledgement, suggestions, triage and the first case step', async () => {
    const submitted = await http
      .post('/api/signals')
      .send({
        ...peuterSignal,
        email: 'Juf.Anna@School.example',
        consent: { contact: true, publication: false },
      })
      .expect(201);
    expect(submitted.body).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(/^SR-\d{4}-\d{6}$/),
      trackingUrl: expect.stringMatching(/^http:\/\/localhost:3000\/track\/[A-Za-z0-9_-]{43}$/),
    });
    const first = submitted.body as { id: string; reference: string; trackingUrl: string };

    // The worker triages it: suggestions stored, and the signal moved from intake to triage by the system.
    const triaged = await suggestionsOf(first.id);
    expect(triaged.step).toBe('triage');
    expect(triaged.history.map((h) => [h.from, h.to, h.actorRole])).toEqual([
      [null, 'intake', 'member'],
      ['intake', 'triage', 'system'],
    ]);

    // The acknowledgement went out over real SMTP, once, with the private tracking link.
    const mail = await waitFor(() => Promise.resolve(smtp.received[0]), 'the acknowledgement mail');
    expect(mail.rcptTo).toEqual(['juf.anna@school.example']);
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(first.trackingUrl.split('/track/')[1]);
    // The delivery is recorded when its transaction commits, just after the SMTP server has the message.
    const stored = await waitFor(async () => {
      const row = await system.dataSource
        .getRepository(MailMessageEntity)
        .findOneByOrFail({ signalId: first.id });
      return row.status === 'sent' ? row : undefined;
    }, 'the delivery to be recorded');
    expect(stored).toMatchObject({
      status: 'sent',
      transport: 'smtp',
      purpose: 'acknowledgement',
      locale: 'nl',
    });

    // The adviser opens a case for it.
    const opened = await http
      .post(`/api/signals/${first.id}/open-case`)
      .set(system.as('adviser'))
      .send({ expectedVersion: triaged.version })
      .expect(201);
    const caseId = (opened.body as { caseId: string }).caseId;
    expect(opened.body).toMatchObject({ signalId: first.id, step: 'linked' });

    // Someone else writes about the same bottleneck in other words: the earlier signal, in its case, comes first.
    const second = await http.post('/api/signals').send(samePeuterSignalOtherWords).expect(201);
    const secondId = (second.body as { id: string }).id;
    const secondTriaged = await suggestionsOf(secondId);
    expect(secondTriaged.suggestions?.similar[0]).toMatchObject({ signalId: first.id, caseId });

    await http
      .post(`/api/signals/${secondId}/link`)
      .set(system.as('adviser'))
      .send({ caseId, expectedVersion: secondTriaged.version })
      .expect(200);

    // The case shows both signals, its history and what the adviser may do next.
    const detail = await http.get(`/api/cases/${caseId}`).set(system.as('adviser')).expect(200);
    const body = detail.body as {
      step: string;
      version: number;
      signals: { id: string }[];
      allowedTransitions: { to: string; blockedBy: unknown[] }[];
      history: { to: string }[];
    };
    expect(body.step).toBe('recognition');
    expect(body.signals.map((s) => s.id).sort()).toEqual([first.id, secondId].sort());
    expect(body.history.map((h) => h.to)).toEqual(['recognition']);
    const next = Object.fromEntries(body.allowedTransitions.map((t) => [t.to, t.blockedBy.length]));
    expect(next).toEqual({ deepening: 0, agenda: 1, archived: 0 });

    // An expert may not take this step: the transition table's role check runs against the real user.
    // (Assigned first: a case an expert is not assigned to does not exist for them, a 404.)
    // Straight into the table: the assignment's own mails are the deepening test's subject, and this
    // test counts every mail the route sends.
    await system.dataSource
      .getRepository(CaseAssignmentEntity)
      .insert({ caseId, expertId: system.users.expert.id, assignedById: system.users.adviser.id });
    const refused = await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('expert'))
      .send({ to: 'deepening', expectedVersion: body.version })
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'role_not_allowed' });

    const moved = await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'deepening', expectedVersion: body.version })
      .expect(200);
    expect(moved.body).toMatchObject({ step: 'deepening', version: body.version + 1 });

    // The submitter's tracking page follows the case, in plain Dutch, without anyone's identity.
    const token = first.trackingUrl.split('/track/')[1];
    const tracked = await http.get(`/api/track/${token}`).expect(200);
    expect(tracked.body).toMatchObject({ reference: first.reference, status: 'Verdiepen', state: 'open' });
    expect(JSON.stringify(tracked.body)).not.toMatch(/anna|school\.example|adviser|reason/i);
    const steps = (tracked.body as { steps: { step: string; state: string }[] }).steps;
    expect(steps.map((s) => s.state)).toEqual([
      'done',
      'done',
      'done',
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    const english = await http.get(`/api/track/${token}`).set('Accept-Language', 'en').expect(200);
    expect(english.body).toMatchObject({ status: 'Deepening' });

    // Every change left a history row: who, when, from, to.
    const history = await system.dataSource.getRepository(StepHistoryEntity).findBy({ subjectId: caseId });
    expect(history.map((h) => [h.fromStep, h.toStep, h.actorRole])).toEqual([
      [null, 'recognition', 'adviser'],
      ['recognition', 'deepening', 'adviser'],
    ]);
    expect(smtp.received).toHaveLength(1);

    // Staff can read outgoing mail; the recipients are contact details, so reading them is audited.
    const mails = await http.get('/api/mail').set(system.as('adviser')).expect(200);
    expect(mails.body).toEqual([
      expect.objectContaining({ toAddress: 'juf.anna@school.example', status: 'sent' }),
    ]);
    const audited = await system.dataSource
      .getRepository(AuditLogEntity)
      .findOneByOrFail({ action: 'contact_details_viewed', subjectType: 'mail_list' });
    expect(audited).toMatchObject({ actorId: system.users.adviser.id, details: { recipients: 1 } });
  });

  it('lets exactly one of two concurrent transitions win; the other gets 409 with the current state', async () => {
    const { body } = await http.post('/api/signals').send(peuterSignal).expect(201);
    const signal = await suggestionsOf((body as { id: string }).id);
    const opened = await http
      .post(`/api/signals/${(body as { id: string }).id}/open-case`)
      .set(system.as('adviser'))
      .send({ expectedVersion: signal.version })
      .expect(201);
    const caseId = (opened.body as { caseId: string }).caseId;

    const attempts = await Promise.all(
      [
        { to: 'deepening' },
        { to: 'archived', reason: 'Dubbel met een ander knelpunt' },
        { to: 'deepening' },
        { to: 'archived', reason: 'Niet herkend' },
      ].map((change) =>
        http
          .post(`/api/cases/${caseId}/transitions`)
          .set(system.as('adviser'))
          .send({ ...change, expectedVersion: 1 }),
      ),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    for (const lost of attempts.filter((a) => a.status === 409)) {
      expect(lost.body).toMatchObject({ code: 'version_conflict', details: { current: { version: 2 } } });
    }
    const history = await system.dataSource.getRepository(StepHistoryEntity).countBy({ subjectId: caseId });
    expect(history).toBe(2);
  });

  it('enforces reasons and guards, and keeps archived signals (never deletes them)', async () => {
    const { body } = await http.post('/api/signals').send(peuterSignal).expect(201);
    const id = (body as { id: string }).id;
    const noReason = await http
      .post(`/api/signals/${id}/archive`)
      .set(system.as('adviser'))
      .send({})
      .expect(400);
    expect(noReason.body).toMatchObject({
      code: 'validation_failed',
      errors: [expect.objectContaining({ field: 'reason' })],
    });

    await http
      .post(`/api/signals/${id}/archive`)
      .set(system.as('adviser'))
      .send({ reason: 'Geen knelpunt maar een vraag' })
      .expect(200);
    const stored = await system.dataSource.getRepository(SignalEntity).findOneByOrFail({ id });
    expect(stored.step).toBe('archived');
    const again = await http
      .post(`/api/signals/${id}/link`)
      .set(system.as('adviser'))
      .send({ caseId: await anyCaseId() })
      .expect(409);
    expect(again.body).toMatchObject({ code: 'transition_not_allowed' });

    // A shortcut to the agenda needs a reason and a chosen handling option.
    const other = await http.post('/api/signals').send(samePeuterSignalOtherWords).expect(201);
    const opened = await http
      .post(`/api/signals/${(other.body as { id: string }).id}/open-case`)
      .set(system.as('adviser'))
      .send({})
      .expect(201);
    const caseId = (opened.body as { caseId: string }).caseId;
    const withoutReason = await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'agenda', expectedVersion: 1 })
      .expect(422);
    expect(withoutReason.body).toMatchObject({ code: 'reason_required' });
    const withoutOption = await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'agenda', expectedVersion: 1, reason: 'Al breed herkend' })
      .expect(422);
    expect(withoutOption.body).toMatchObject({ code: 'guard_failed' });
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'agenda', expectedVersion: 1, reason: 'Al breed herkend', handlingOption: 'agenda_lobby' })
      .expect(200);
    const unreachable = await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'closed', expectedVersion: 2 })
      .expect(409);
    expect(unreachable.body).toMatchObject({ code: 'transition_not_allowed' });
  });

  it("shows an archived case on the submitter's tracking page, without the adviser's reason", async () => {
    const { body } = await http.post('/api/signals').send(peuterSignal).expect(201);
    const { id, trackingUrl } = body as { id: string; trackingUrl: string };
    const opened = await http
      .post(`/api/signals/${id}/open-case`)
      .set(system.as('adviser'))
      .send({})
      .expect(201);
    await http
      .post(`/api/cases/${(opened.body as { caseId: string }).caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'archived', expectedVersion: 1, reason: 'Interne notitie: dubbel met KP-12' })
      .expect(200);
    // A new signal cannot join the archived case: it would never hear back.
    const late = await http.post('/api/signals').send(peuterSignal).expect(201);
    const refused = await http
      .post(`/api/signals/${(late.body as { id: string }).id}/link`)
      .set(system.as('adviser'))
      .send({ caseId: (opened.body as { caseId: string }).caseId })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'conflict' });

    const tracked = await http.get(`/api/track/${trackingUrl.split('/track/')[1]}`).expect(200);
    const view = tracked.body as { state: string; status: string; history: { name: string }[] };
    expect(view).toMatchObject({ state: 'archived', status: 'Gearchiveerd' });
    expect(view.history.at(-1)?.name).toBe('Gearchiveerd');
    expect(JSON.stringify(view)).not.toContain('Interne notitie');
  });

  async function anyCaseId(): Promise<string> {
    const cases = await http.get('/api/cases').set(system.as('adviser')).expect(200);
    return (cases.body as { items: { id: string }[] }).items[0].id;
  }
});
