// Step 7 (Terugkoppelen) end to end on real Postgres, Redis (BullMQ) and SMTP: entering feedback
// prepares the message and its recipients (three submitters, one without consent; two call
// respondents, one of whom also submitted); the adviser edits, previews and sends; every reachable
// recipient gets exactly one mail although SMTP refuses the first attempt and the send job runs twice
// and at once; the case closes by itself; the tracking page shows the message; "did this help?" is
// answered through the personal link and a "no" comes back to the adviser. Also: a mail that failed
// for good, recipients recorded as unreachable, progress updates while a table has the case, and the
// sweeper's due work for every feedback job.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { newSecretToken } from '@app/core';
import {
  AgendaItemEntity,
  AnalysisEntity,
  AuditLogEntity,
  CallAnswerEntity,
  CallEntity,
  CaseAssignmentEntity,
  CaseEntity,
  FeedbackMessageEntity,
  FeedbackRecipientEntity,
  MailMessageEntity,
  NationalTableEntity,
  SignalEntity,
  StepHistoryEntity,
} from '@app/persistence';
import { JobQueues, jobIdOf, type JobName } from '@app/queue';
import type { CaseStep } from '@app/workflow';
import { FeedbackCloseCheckHandler } from '../../apps/worker/src/handlers/feedback-close-check.handler';
import { FeedbackPrepareHandler } from '../../apps/worker/src/handlers/feedback-prepare.handler';
import { FeedbackProgressUpdateHandler } from '../../apps/worker/src/handlers/feedback-progress-update.handler';
import { FeedbackSendHandler } from '../../apps/worker/src/handlers/feedback-send.handler';
import { DUE_WORK } from '../../apps/worker/src/sweeper/due-work';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

interface Texts {
  whatHappened: string;
  stepsTaken: string;
  achieved: string;
}

interface FeedbackView {
  caseId: string;
  status: string;
  version: number;
  sentAt: string | null;
  message: { nl: Texts; en: Texts };
  counts: { total: number; pending: number; sent: number; undeliverable: number };
  helpfulness: { yes: number; partly: number; no: number };
  comments: { helped: string; comment: string }[];
  recipients: {
    id: string;
    kind: string;
    email: string | null;
    locale: string;
    status: string;
    undeliverableReason: string | null;
    deliveredAt: string | null;
    helped: string | null;
  }[];
  recipientsNextCursor: string | null;
}

interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const SUBMITTER_A = 'ouder.a@example.nl';
const SUBMITTER_B = 'Leraar.B@Example.nl';
const NO_CONSENT = 'geen.toestemming@example.nl';
const EDITED_NL = 'Jullie meldingen zijn samengebracht en landelijk besproken.';
const EDITED_EN = 'Your signals were brought together and discussed nationally.';

describe('feedback (step 7), end to end', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;
  let queue: Queue;
  let caseId: string;
  const tracking: Record<'a' | 'b', string> = { a: '', b: '' };
  const signalIds: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  let tables = 0;

  async function submit(email: string | null, locale: 'nl' | 'en' = 'nl') {
    const response = await http
      .post('/api/signals')
      .set('Accept-Language', locale)
      .send({
        title: 'Geen lokaal voor de voorschool',
        description:
          'De peuters kunnen niet naar de voorschool in het schoolgebouw, want niemand betaalt het lokaal.',
        domains: ['education', 'childcare'],
        ...(email ? { email, consent: { contact: true, publication: false } } : {}),
      })
      .expect(201);
    const body = response.body as { id: string; trackingUrl: string };
    return { id: body.id, token: body.trackingUrl.split('/track/')[1] };
  }

  async function caseVersion(id: string): Promise<number> {
    return (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).version;
  }

  async function move(id: string, to: CaseStep, extra: object = {}): Promise<void> {
    await http
      .post(`/api/cases/${id}/transitions`)
      .set(system.as('adviser'))
      .send({ to, expectedVersion: await caseVersion(id), ...extra })
      .expect(200);
  }

  /** Opens a case from the signal and takes the shortcut to the agenda. */
  async function caseOnAgenda(signalId: string, title: string): Promise<string> {
    const opened = await http
      .post(`/api/signals/${signalId}/open-case`)
      .set(system.as('adviser'))
      .send({ title })
      .expect(201);
    const id = (opened.body as { caseId: string }).caseId;
    await move(id, 'agenda', { reason: 'Al breed herkend.', handlingOption: 'funding_experiment' });
    return id;
  }

  /** Opens a case from the signal and takes it through deepening (one submitted analysis) to sharing. */
  async function caseInSharing(signalId: string, title: string): Promise<string> {
    const opened = await http
      .post(`/api/signals/${signalId}/open-case`)
      .set(system.as('adviser'))
      .send({ title })
      .expect(201);
    const id = (opened.body as { caseId: string }).caseId;
    await move(id, 'deepening');
    const assignment = await system.dataSource
      .getRepository(CaseAssignmentEntity)
      .save({ caseId: id, expertId: system.users.expert.id, assignedById: null });
    await system.dataSource.getRepository(AnalysisEntity).insert({
      caseId: id,
      assignmentId: assignment.id,
      status: 'submitted',
      causeAreas: {} as AnalysisEntity['causeAreas'],
      submittedAt: new Date(),
    });
    await move(id, 'sharing', { handlingOption: 'knowledge_sharing' });
    return id;
  }

  async function agendaItem(id: string, fields: Partial<AgendaItemEntity>): Promise<AgendaItemEntity> {
    const table = await system.dataSource
      .getRepository(NationalTableEntity)
      .save({ name: `Onderwijs-Zorg-Kinderopvang-tafel ${++tables}`, kind: 'table' });
    return system.dataSource
      .getRepository(AgendaItemEntity)
      .save({ caseId: id, tableId: table.id, ...fields });
  }

  async function feedback(id: string): Promise<FeedbackView> {
    return (await http.get(`/api/cases/${id}/feedback`).set(system.as('adviser')).expect(200))
      .body as FeedbackView;
  }

  const allMailsSettled = () =>
    waitFor(
      async () =>
        (await system.dataSource.getRepository(MailMessageEntity).countBy({ status: 'pending' })) === 0,
      'every mail to be delivered',
      30_000,
    );

  const due = async (job: JobName): Promise<string[]> => {
    const work = DUE_WORK.find((entry) => entry.job === job);
    if (!work) throw new Error(`No due work for ${job}`);
    const rows = (await system.dataSource.query(work.sql, [0, 500])) as { id: string }[];
    return rows.map((row) => row.id);
  };

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    system = await startTestSystem({ env: { SMTP_URL: await smtp.start() } });
    http = request(system.api.getHttpServer());
    queue = system.worker!.get(JobQueues).queue('feedback');

    const a = await submit(SUBMITTER_A);
    const b = await submit(SUBMITTER_B, 'en');
    const c = await submit(null);
    Object.assign(signalIds, { a: a.id, b: b.id, c: c.id });
    Object.assign(tracking, { a: a.token, b: b.token });
    // Registered from an intake interview: the address is known, but contact was not agreed.
    await system.dataSource
      .getRepository(SignalEntity)
      .update(c.id, { email: NO_CONSENT, consentContact: false });
    // B was submitted by the test member while signed in: their own signal view shows the feedback too.
    await system.dataSource
      .getRepository(SignalEntity)
      .update(b.id, { submittedById: system.users.member.id });

    caseId = await caseOnAgenda(a.id, 'Voorschool zonder lokaal');
    for (const id of [b.id, c.id]) {
      await http.post(`/api/signals/${id}/link`).set(system.as('adviser')).send({ caseId }).expect(200);
    }
    await agendaItem(caseId, {
      status: 'outcome',
      outcome: 'commitment',
      outcomeNote: 'Het ministerie onderzoekt een gezamenlijk budget voor voorschoolse lokalen.',
    });

    // Two respondents of the case's targeted call: the test member, and (anonymously) submitter A.
    const call = await system.dataSource.getRepository(CallEntity).save({
      kind: 'targeted',
      caseId,
      question: 'Herken jij dat niemand het lokaal voor de voorschool betaalt?',
      reason: 'We toetsen of het breder speelt.',
      channels: ['newsletter'],
      opensAt: new Date(Date.now() - 10 * 24 * 3600_000),
      closesAt: new Date(Date.now() - 3 * 24 * 3600_000),
      audienceEveryone: true,
      status: 'closed',
    });
    const answer = {
      callId: call.id,
      recognition: 'recognised' as const,
      urgency: 'high' as const,
      needed: 'Eén budget voor het lokaal.',
      domain: 'education' as const,
      region: 'Utrecht',
      organisationType: 'school' as const,
    };
    await system.dataSource.getRepository(CallAnswerEntity).save([
      { ...answer, respondentKey: `user:${system.users.member.id}`, userId: system.users.member.id },
      { ...answer, respondentKey: `email:${SUBMITTER_A}`, email: SUBMITTER_A },
    ]);
    // The acknowledgements of the submissions are out of the way before SMTP starts refusing.
    await allMailsSettled();
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  it('prepares the message and its recipients when the case enters feedback, once', async () => {
    await http.get(`/api/cases/${caseId}/feedback`).set(system.as('adviser')).expect(404);
    await move(caseId, 'feedback');

    const view = await waitFor(async () => {
      const response = await http.get(`/api/cases/${caseId}/feedback`).set(system.as('adviser'));
      return response.status === 200 ? (response.body as FeedbackView) : undefined;
    }, 'the feedback to be prepared');
    expect(view).toMatchObject({ status: 'draft', version: 1, sentAt: null });
    expect(view.message.nl.whatHappened).toContain(
      'Het knelpunt "Voorschool zonder lokaal" kwam bij ons binnen via 3 meldingen',
    );
    expect(view.message.nl.whatHappened).toContain('financiering, subsidie en ruimte om te experimenteren');
    expect(view.message.nl.stepsTaken).toContain('- Agenderen: we brachten het knelpunt in bij');
    expect(view.message.nl.achieved).toContain('de tafel heeft een toezegging gedaan');
    expect(view.message.nl.achieved).toContain('Het ministerie onderzoekt een gezamenlijk budget');
    expect(view.message.en.whatHappened).toContain('reached us through 3 signals');

    // A answered the call too, and gets the feedback once, as a submitter.
    expect(view.counts).toEqual({ total: 4, pending: 3, sent: 0, undeliverable: 1 });
    const shown = view.recipients.map((r) => [r.kind, r.email, r.locale, r.status, r.undeliverableReason]);
    expect(shown.sort()).toEqual(
      [
        ['respondent', 'm***@test.signaalroute.nl', 'nl', 'pending', null],
        ['submitter', 'l***@example.nl', 'en', 'pending', null],
        ['submitter', 'o***@example.nl', 'nl', 'pending', null],
        ['submitter', null, 'nl', 'undeliverable', 'no consent to contact'],
      ].sort(),
    );
    // Addresses are masked, and the one without consent is not even stored.
    const text = JSON.stringify(view);
    for (const address of [SUBMITTER_A, SUBMITTER_B.toLowerCase(), NO_CONSENT, system.users.member.email])
      expect({ address, shown: text.includes(address) }).toEqual({ address, shown: false });
    const stored = await system.dataSource.getRepository(FeedbackRecipientEntity).findBy({ caseId });
    expect(JSON.stringify(stored)).not.toContain(NO_CONSENT);

    // Recipients come a page at a time, optionally by status.
    const first = await http
      .get(`/api/cases/${caseId}/feedback`)
      .query({ limit: 3 })
      .set(system.as('adviser'))
      .expect(200);
    const page = first.body as FeedbackView;
    expect(page.recipients).toHaveLength(3);
    const rest = await http
      .get(`/api/cases/${caseId}/feedback`)
      .query({ limit: 3, cursor: page.recipientsNextCursor })
      .set(system.as('adviser'))
      .expect(200);
    expect((rest.body as FeedbackView).recipientsNextCursor).toBeNull();
    expect(
      new Set([...page.recipients, ...(rest.body as FeedbackView).recipients].map((r) => r.id)).size,
    ).toBe(4);
    const unreachable = await http
      .get(`/api/cases/${caseId}/feedback`)
      .query({ status: 'undeliverable' })
      .set(system.as('adviser'))
      .expect(200);
    expect((unreachable.body as FeedbackView).recipients.map((r) => r.kind)).toEqual(['submitter']);

    // Nothing to show the submitter before it is sent.
    const before = await http.get(`/api/track/${tracking.a}`).expect(200);
    expect((before.body as { feedback: unknown }).feedback).toBeNull();

    // The prepare job again, twice at once: nothing changes.
    const prepare = system.worker!.get(FeedbackPrepareHandler);
    const again = await Promise.all([prepare.handle({ caseId }), prepare.handle({ caseId })]);
    expect(again.map((r) => r.outcome)).toEqual(['already_prepared', 'already_prepared']);
    expect(await system.dataSource.getRepository(FeedbackRecipientEntity).countBy({ caseId })).toBe(4);
    expect(await system.dataSource.getRepository(FeedbackMessageEntity).countBy({ caseId })).toBe(1);
  });

  it('lets the adviser edit the texts while a draft, with optimistic concurrency, and preview the mail', async () => {
    const adviser = system.as('adviser');
    const stale = await http
      .put(`/api/cases/${caseId}/feedback`)
      .set(adviser)
      .send({ whatHappenedNl: EDITED_NL, expectedVersion: 7 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', details: { current: { version: 1 } } });
    await http.put(`/api/cases/${caseId}/feedback`).set(adviser).send({ expectedVersion: 1 }).expect(422);

    const edited = await http
      .put(`/api/cases/${caseId}/feedback`)
      .set(adviser)
      .send({ whatHappenedNl: EDITED_NL, whatHappenedEn: EDITED_EN, expectedVersion: 1 })
      .expect(200);
    expect(edited.body).toMatchObject({
      version: 2,
      message: { nl: { whatHappened: EDITED_NL }, en: { whatHappened: EDITED_EN } },
    });

    const preview = await http
      .get(`/api/cases/${caseId}/feedback/preview`)
      .query({ locale: 'en', kind: 'respondent' })
      .set(adviser)
      .expect(200);
    expect(preview.body).toMatchObject({
      locale: 'en',
      kind: 'respondent',
      subject: 'Feedback: what happened with the bottleneck you responded to',
    });
    expect((preview.body as { text: string }).text).toContain(EDITED_EN);
    expect((preview.body as { html: string }).html).toContain('Did this help?');
    const dutch = await http.get(`/api/cases/${caseId}/feedback/preview`).set(adviser).expect(200);
    expect((dutch.body as { subject: string }).subject).toBe(
      'Terugkoppeling: wat er met je melding is gebeurd',
    );
  });

  it('mails every reachable recipient exactly once, though SMTP refuses and the send job runs twice and at once, then closes the case', async () => {
    smtp.rejectNext = 1;
    const sent = await http
      .post(`/api/cases/${caseId}/feedback/send`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 2 })
      .expect(200);
    expect(sent.body).toMatchObject({ status: 'sending', version: 3 });
    // The queued job, and two more runs at the same moment.
    const send = system.worker!.get(FeedbackSendHandler);
    const runs = await Promise.all([send.handle({ caseId }), send.handle({ caseId })]);
    expect(runs.map((r) => r.outcome).every((o) => o === 'sent' || o === 'already_sent')).toBe(true);
    const again = await http
      .post(`/api/cases/${caseId}/feedback/send`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 3 })
      .expect(409);
    expect((again.body as ErrorBody).code).toBe('conflict');

    // The case closes by itself once every recipient is reached (the refused mail is retried).
    await waitFor(
      async () =>
        (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId })).step === 'closed',
      'the case to close by itself',
      90_000,
    );
    expect(await send.handle({ caseId })).toEqual({ outcome: 'already_sent' });

    const recipients = await system.dataSource.getRepository(FeedbackRecipientEntity).findBy({ caseId });
    const mails = await system.dataSource.getRepository(MailMessageEntity).findBy({ purpose: 'feedback' });
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
    expect(mails.map((m) => m.attempts).sort()).toEqual([1, 1, 2]);
    // Exactly one feedback mail reached each address at the SMTP server.
    const received = smtp.received.filter((mail) => mails.some((m) => mail.raw.includes(`<${m.id}@`)));
    expect(received.flatMap((mail) => mail.rcptTo).sort()).toEqual(
      [SUBMITTER_A, SUBMITTER_B.toLowerCase(), system.users.member.email].sort(),
    );
    for (const recipient of recipients.filter((r) => r.mailId)) {
      expect(recipient).toMatchObject({
        status: 'sent',
        responseTokenHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(recipient.deliveredAt).toBeInstanceOf(Date);
    }
    // Each mail is in its recipient's language, with three personal answer links.
    const english = mails.find((m) => m.toAddress === SUBMITTER_B.toLowerCase())!;
    expect(english.subject).toBe('Feedback: what happened with your signal');
    expect(english.textBody).toContain(EDITED_EN);
    const respondent = mails.find((m) => m.toAddress === system.users.member.email)!;
    expect(respondent.subject).toBe('Terugkoppeling: wat er is gebeurd met het knelpunt waarop je reageerde');
    expect(respondent.textBody).toContain(EDITED_NL);
    for (const answer of ['yes', 'partly', 'no'])
      expect(respondent.textBody).toMatch(new RegExp(`/feedback/[A-Za-z0-9_-]{43}\\?answer=${answer}`));

    const view = await feedback(caseId);
    expect(view).toMatchObject({
      status: 'sent',
      counts: { total: 4, pending: 0, sent: 3, undeliverable: 1 },
    });
    const history = await system.dataSource
      .getRepository(StepHistoryEntity)
      .find({ where: { subjectId: caseId }, order: { id: 'ASC' } });
    expect(history.at(-1)).toMatchObject({
      fromStep: 'feedback',
      toStep: 'closed',
      actorRole: 'system',
      actorId: null,
    });
    expect(
      await system.dataSource
        .getRepository(AuditLogEntity)
        .countBy({ action: 'feedback_sent', subjectId: caseId }),
    ).toBe(1);
  });

  it("shows the sent feedback on the tracking page and in the member's own signal, in the signal's language", async () => {
    const dutch = await http.get(`/api/track/${tracking.a}`).expect(200);
    expect((dutch.body as { feedback: Texts & { locale: string } }).feedback).toMatchObject({
      locale: 'nl',
      whatHappened: EDITED_NL,
      achieved: expect.stringContaining('toezegging'),
    });
    expect(dutch.body).toMatchObject({ state: 'closed' });
    const english = await http.get(`/api/track/${tracking.b}`).expect(200);
    expect((english.body as { feedback: Texts }).feedback.whatHappened).toBe(EDITED_EN);
    const own = await http.get(`/api/me/signals/${signalIds.b}`).set(system.as('member')).expect(200);
    expect((own.body as { feedback: Texts }).feedback.whatHappened).toBe(EDITED_EN);
  });

  it('records "did this help?" through the personal link, replacing an earlier answer, and puts a "no" before the adviser', async () => {
    const mail = await system.dataSource
      .getRepository(MailMessageEntity)
      .findOneByOrFail({ purpose: 'feedback', toAddress: SUBMITTER_A });
    const token = /\/feedback\/([A-Za-z0-9_-]{43})\?answer=yes/.exec(mail.textBody)?.[1] ?? '';
    expect(token).not.toBe('');

    const unanswered = await http.get(`/api/public/feedback/${token}`).expect(200);
    expect(unanswered.body).toEqual({
      caseTitle: 'Voorschool zonder lokaal',
      helped: null,
      comment: null,
      respondedAt: null,
    });
    await http.post(`/api/public/feedback/${token}`).send({ helped: 'yes' }).expect(200);
    const replaced = await http
      .post(`/api/public/feedback/${token}`)
      .send({ helped: 'no', comment: 'Er is voor ons niets veranderd.' })
      .expect(200);
    expect(replaced.body).toMatchObject({ helped: 'no', comment: 'Er is voor ons niets veranderd.' });
    expect((await http.get(`/api/public/feedback/${token}`).expect(200)).body).toMatchObject({
      helped: 'no',
    });
    await http.post(`/api/public/feedback/${token}`).send({ helped: 'misschien' }).expect(400);
    await http.get(`/api/public/feedback/${newSecretToken().token}`).expect(404);
    await http.post('/api/public/feedback/kort').send({ helped: 'yes' }).expect(404);

    const view = await feedback(caseId);
    expect(view.helpfulness).toEqual({ yes: 0, partly: 0, no: 1 });
    expect(view.comments).toEqual([
      expect.objectContaining({ helped: 'no', comment: 'Er is voor ons niets veranderd.' }),
    ]);

    const attention = await http.get('/api/feedback/attention').set(system.as('adviser')).expect(200);
    expect(attention.body).toEqual([
      expect.objectContaining({
        caseId,
        step: 'closed',
        helpfulness: { yes: 0, partly: 0, no: 1 },
        noComments: ['Er is voor ons niets veranderd.'],
        canReopen: true,
        suggestion: expect.stringContaining('heropenen'),
      }),
    ]);
    // Reopening (the existing transition) takes it off the list.
    await move(caseId, 'recognition', { reason: 'Terugkoppeling hielp niet; opnieuw toetsen.' });
    expect((await http.get('/api/feedback/attention').set(system.as('admin')).expect(200)).body).toEqual([]);
  });

  it('records recipients feedback cannot reach, and closes when the last pending one is settled', async () => {
    const x = await submit('x@example.nl');
    const y = await submit('y@example.nl');
    const id = await caseInSharing(x.id, 'Tweede knelpunt voor terugkoppeling');
    await http.post(`/api/signals/${y.id}/link`).set(system.as('adviser')).send({ caseId: id }).expect(200);
    await move(id, 'feedback');
    const prepared = await waitFor(async () => {
      const response = await http.get(`/api/cases/${id}/feedback`).set(system.as('adviser'));
      return response.status === 200 ? (response.body as FeedbackView) : undefined;
    }, 'the second feedback to be prepared');
    // Sharing → feedback without any table: the text says so.
    expect(prepared.message.nl.achieved).toBe('Het knelpunt is niet bij een landelijke tafel ingebracht.');
    const yRow = await system.dataSource
      .getRepository(FeedbackRecipientEntity)
      .findOneByOrFail({ caseId: id, email: 'y@example.nl' });

    const marked = await http
      .post(`/api/cases/${id}/feedback/recipients/${yRow.id}/undeliverable`)
      .set(system.as('adviser'))
      .send({ reason: 'Werkt hier niet meer; geen nieuw adres.' })
      .expect(200);
    expect(marked.body).toMatchObject({
      status: 'undeliverable',
      undeliverableReason: 'Werkt hier niet meer; geen nieuw adres.',
    });
    // Again: nothing changes; another case's recipient is not found.
    await http
      .post(`/api/cases/${id}/feedback/recipients/${yRow.id}/undeliverable`)
      .set(system.as('adviser'))
      .send({ reason: 'Nog eens.' })
      .expect(200);
    await http
      .post(`/api/cases/${caseId}/feedback/recipients/${yRow.id}/undeliverable`)
      .set(system.as('adviser'))
      .send({ reason: 'Verkeerd knelpunt.' })
      .expect(404);

    await http
      .post(`/api/cases/${id}/feedback/send`)
      .set(system.as('adviser'))
      .send({ expectedVersion: prepared.version })
      .expect(200);
    await waitFor(
      async () =>
        (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).step === 'closed',
      'the second case to close',
      60_000,
    );
    expect(
      await system.dataSource
        .getRepository(MailMessageEntity)
        .countBy({ toAddress: 'y@example.nl', purpose: 'feedback' }),
    ).toBe(0);
    const xRow = await system.dataSource
      .getRepository(FeedbackRecipientEntity)
      .findOneByOrFail({ caseId: id, email: 'x@example.nl' });
    expect(xRow.status).toBe('sent');
    const refused = await http
      .post(`/api/cases/${id}/feedback/recipients/${xRow.id}/undeliverable`)
      .set(system.as('adviser'))
      .send({ reason: 'Toch niet.' })
      .expect(409);
    expect((refused.body as ErrorBody).code).toBe('conflict');
  });

  it('records a mail that failed for good as undeliverable and closes; the sweeper finds each kind of lost feedback work', async () => {
    const z = await submit('z@example.nl');
    const id = await caseOnAgenda(z.id, 'Derde knelpunt voor terugkoppeling');
    // Put in feedback directly, as if the prepare job was lost with Redis.
    await system.dataSource.getRepository(CaseEntity).update(id, { step: 'feedback' });
    expect(await due('feedback.prepare')).toContain(id);
    expect(await system.worker!.get(FeedbackPrepareHandler).handle({ caseId: id })).toEqual({
      outcome: 'prepared',
      recipients: 1,
    });
    expect(await due('feedback.prepare')).not.toContain(id);

    // Sent, and the mail failed for good (mail.send's last attempt marks it so).
    const recipient = await system.dataSource
      .getRepository(FeedbackRecipientEntity)
      .findOneByOrFail({ caseId: id });
    const mail = await system.dataSource.getRepository(MailMessageEntity).save({
      dedupeKey: `feedback:${recipient.id}`,
      purpose: 'feedback',
      toAddress: 'z@example.nl',
      locale: 'nl',
      subject: 'Terugkoppeling',
      textBody: 'Tekst',
      htmlBody: '<p>Tekst</p>',
      status: 'pending',
    });
    await system.dataSource.getRepository(FeedbackRecipientEntity).update(recipient.id, { mailId: mail.id });
    await system.dataSource
      .getRepository(FeedbackMessageEntity)
      .update({ caseId: id }, { status: 'sent', sentAt: new Date() });
    // While the mail is still being retried, the check waits (and says so by failing, to retry later).
    const check = system.worker!.get(FeedbackCloseCheckHandler);
    expect(await due('feedback.close-check')).not.toContain(id);
    await expect(check.handle({ caseId: id })).rejects.toThrow(/has not reached 1 recipient/);

    await system.dataSource.getRepository(MailMessageEntity).update(mail.id, { status: 'failed' });
    expect(await due('feedback.close-check')).toContain(id);
    const checks = await Promise.all([check.handle({ caseId: id }), check.handle({ caseId: id })]);
    expect(checks.map((c) => c.outcome).sort()).toEqual(['closed', 'not_in_feedback']);
    expect(
      await system.dataSource.getRepository(FeedbackRecipientEntity).findOneByOrFail({ id: recipient.id }),
    ).toMatchObject({
      status: 'undeliverable',
      undeliverableReason: 'delivery failed',
    });
    expect((await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).step).toBe('closed');
    expect(await due('feedback.close-check')).not.toContain(id);
    // Nothing is left sending anywhere.
    expect(await due('feedback.send')).toEqual([]);
  });

  it('sends submitters a progress update every N weeks while a table has their case, and stops when none waits', async () => {
    await http
      .get('/api/settings/feedback-progress')
      .set(system.as('adviser'))
      .expect(200, { intervalWeeks: 6 });
    await http
      .put('/api/settings/feedback-progress')
      .set(system.as('admin'))
      .send({ intervalWeeks: 0 })
      .expect(400);
    await http
      .put('/api/settings/feedback-progress')
      .set(system.as('admin'))
      .send({ intervalWeeks: 6 })
      .expect(200);

    const p = await submit('p@example.nl', 'en');
    const id = await caseOnAgenda(p.id, 'Vierde knelpunt, wacht aan tafel');
    const item = await agendaItem(id, { status: 'submitted' });
    // Submitted seven weeks ago: the first update (after six weeks) is due.
    await system.dataSource.query(
      `INSERT INTO agenda_item_events (agenda_item_id, from_status, to_status, at)
       VALUES ($1, 'proposed', 'submitted', now() - interval '7 weeks')`,
      [item.id],
    );
    expect(await due('feedback.progress-update')).toContain(id);

    const updates = system.worker!.get(FeedbackProgressUpdateHandler);
    const runs = await Promise.all([updates.handle({ caseId: id }), updates.handle({ caseId: id })]);
    expect(runs.map((r) => r.outcome).sort()).toEqual(['already_sent', 'sent']);
    const mail = await system.dataSource
      .getRepository(MailMessageEntity)
      .findOneByOrFail({ dedupeKey: `feedback_progress:${id}:1:${p.id}` });
    expect(mail).toMatchObject({ toAddress: 'p@example.nl', locale: 'en', purpose: 'feedback_progress' });
    expect(mail.subject).toMatch(/^Progress: your signal SR-/);
    expect(mail.textBody).toContain('submitted, waiting for a place on the agenda');
    expect(await due('feedback.progress-update')).not.toContain(id);

    // The next update waits as a delayed job, six weeks after the first period began.
    const first = runs.find((r) => r.outcome === 'sent') as { nextAt: Date };
    const planned = await waitFor(async () => {
      const job = await queue.getJob(jobIdOf('feedback.progress-update', { caseId: id }));
      return job && (await job.getState()) === 'delayed' ? job : undefined;
    }, 'the next progress update to be planned');
    expect(Math.abs(planned.timestamp + (planned.opts.delay ?? 0) - first.nextAt.getTime())).toBeLessThan(
      5000,
    );
    const weeks = (first.nextAt.getTime() - Date.now()) / (7 * 24 * 3600_000);
    expect(weeks).toBeGreaterThan(4.9);
    expect(weeks).toBeLessThan(5.1);

    // Once the table gave its outcome, nothing waits and no further update is planned.
    await system.dataSource
      .getRepository(AgendaItemEntity)
      .update(item.id, { status: 'outcome', outcome: 'decision' });
    expect(await updates.handle({ caseId: id })).toEqual({ outcome: 'not_waiting' });
    await waitFor(
      async () => smtp.received.filter((m) => m.rcptTo.includes('p@example.nl')).length >= 2,
      'the acknowledgement and the progress update to arrive',
    );
    expect(smtp.received.filter((m) => m.rcptTo.includes('p@example.nl'))).toHaveLength(2);
  });
});
