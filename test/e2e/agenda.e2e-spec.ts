// Step 6 end to end on real Postgres, Redis (BullMQ) and SMTP: an admin registers two national tables
// with their liaisons; an adviser puts a case on both agendas; each liaison sees the case and only their
// own table's item, and moves it on with the fields each move needs, every change kept as an event; the
// meeting reminders, the follow-up and the stale check wait as delayed jobs at the right times and mail
// when they run (twice, or at once, sends nothing twice); the meeting brief shows the tally and the
// analysis and names no submitter; the case reports back only once every item has an outcome.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Queue } from 'bullmq';
import request from 'supertest';
import {
  AgendaItemEntity,
  AgendaItemEventEntity,
  AnalysisEntity,
  AuditLogEntity,
  CallEntity,
  CaseAssignmentEntity,
  CaseEntity,
  MailMessageEntity,
  RecognitionTallyEntity,
  SignalEntity,
  UserEntity,
} from '@app/persistence';
import { JobQueues, jobIdOf, type JobName } from '@app/queue';
import {
  CAUSE_AREAS,
  DEFAULT_RECOGNITION_THRESHOLDS,
  addDays,
  dutchToday,
  followUpMoment,
  meetingMoments,
  staleMoment,
  type CaseStep,
} from '@app/workflow';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service';
import { AgendaFollowUpHandler } from '../../apps/worker/src/handlers/agenda-follow-up.handler';
import { AgendaMeetingPassedHandler } from '../../apps/worker/src/handlers/agenda-meeting-passed.handler';
import { AgendaMeetingReminderHandler } from '../../apps/worker/src/handlers/agenda-meeting-reminder.handler';
import { AgendaStaleCheckHandler } from '../../apps/worker/src/handlers/agenda-stale-check.handler';
import { Sweeper } from '../../apps/worker/src/sweeper/sweeper.service';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { TestSmtpServer } from '../support/test-smtp-server';
import { waitFor } from '../support/wait-for';

interface Table {
  id: string;
  name: string;
  liaisons: { userId: string; displayName: string }[];
  openItems: number;
}

interface Item {
  id: string;
  caseId: string;
  tableId: string;
  status: string;
  meetingDate: string | null;
  outcome: string | null;
  followUpOn: string | null;
  movedAt: string;
  version: number;
  events: { from: string | null; to: string; actorId: string | null; note: string; changes: unknown }[];
  documents: { title: string; url: string }[];
  allowedMoves: { to: string }[];
}

interface ErrorBody {
  statusCode: number;
  code: string;
  details?: Record<string, unknown>;
}

/** Who sent the signals: none of it may reach a brief. */
const SUBMITTER = { email: 'ouder.de.vries@example.nl', organisation: 'Basisschool De Klimop' };
const CONSENTED_TEXT =
  'Elk jaar zoeken wij opnieuw een lokaal voor de peutergroep, bel gerust 06-12345678 voor het verhaal.';
const PRIVATE_TEXT = 'Dit is een privébericht over onze peuter dat niet gedeeld mag worden met een tafel.';
const EXPLANATION = 'Onderwijs en kinderopvang betalen uit twee potten, dus niemand betaalt het lokaal.';

const TODAY = dutchToday();
const MEETING = addDays(TODAY, 10);
const MOVED_MEETING = addDays(TODAY, 17);
const FOLLOW_UP = addDays(TODAY, 60);

describe('agenda (step 6), end to end', () => {
  let system: TestSystem;
  let smtp: TestSmtpServer;
  let http: ReturnType<typeof request>;
  let queue: Queue;
  let caseId: string;
  let tableA: Table;
  let tableB: Table;
  let itemA: Item;
  let itemB: Item;
  let liaisonB: UserEntity;
  let liaisonBHeaders: Record<string, string>;
  let outsiderHeaders: Record<string, string>;
  let themeId: string;

  const admin = () => system.as('admin');
  const adviser = () => system.as('adviser');
  const liaisonA = () => system.as('liaison');

  async function staffUser(tag: string, role: 'liaison' | 'adviser', active = true) {
    const user = await system.dataSource.getRepository(UserEntity).save({
      email: `${tag}@test.signaalroute.nl`,
      displayName: `Test ${tag}`,
      role,
      active,
    });
    const { token } = await system.api.get(ApiTokenService).create(user.id, 'tests');
    return { user, headers: { Authorization: `Bearer ${token}` } };
  }

  async function caseVersion(id: string): Promise<number> {
    return (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).version;
  }

  async function transition(id: string, to: CaseStep, extra: object = {}, headers = adviser()) {
    return http
      .post(`/api/cases/${id}/transitions`)
      .set(headers)
      .send({ to, expectedVersion: await caseVersion(id), ...extra });
  }

  async function submitSignal(description: string, publication: boolean): Promise<string> {
    const submitted = await http
      .post('/api/signals')
      .send({
        title: 'Geen plek voor de peutergroep',
        description,
        domains: ['education', 'childcare'],
        ...SUBMITTER,
        consent: { contact: true, publication },
      })
      .expect(201);
    const id = (submitted.body as { id: string }).id;
    // A signed-in member's submission: their account must not show through either.
    await system.dataSource.getRepository(SignalEntity).update(id, { submittedById: system.users.member.id });
    return id;
  }

  async function item(id: string, headers = adviser()): Promise<Item> {
    return (await http.get(`/api/agenda-items/${id}`).set(headers).expect(200)).body as Item;
  }

  async function moveItem(
    id: string,
    body: Record<string, unknown>,
    status: number,
    headers = liaisonA(),
  ): Promise<request.Response> {
    const { version } = await system.dataSource.getRepository(AgendaItemEntity).findOneByOrFail({ id });
    return http
      .post(`/api/agenda-items/${id}/moves`)
      .set(headers)
      .send({ note: 'Verder.', expectedVersion: version, ...body })
      .expect(status);
  }

  /** When a delayed job runs (ms), read from BullMQ's delayed set; undefined when it is not waiting. */
  async function scheduledAt(job: JobName, agendaItemId: string): Promise<number | undefined> {
    const client = await queue.getBackend().client;
    const score = await client.zscore(
      queue.toKey('delayed'),
      jobIdOf(job as 'agenda.stale-check', { agendaItemId }),
    );
    // BullMQ scores a delayed job as its run time x 4096 plus a counter.
    return score === null ? undefined : Math.floor(Number(score) / 0x1000);
  }

  async function expectPlanned(job: JobName, agendaItemId: string, at: Date): Promise<void> {
    const runAt = await waitFor(async () => {
      const value = await scheduledAt(job, agendaItemId);
      return value !== undefined && Math.abs(value - at.getTime()) < 5000 ? value : undefined;
    }, `${job} planned for ${at.toISOString()}`);
    expect(Math.abs(runAt - at.getTime())).toBeLessThan(5000);
  }

  /** Runs a delayed job now, as if its time had come. */
  async function promote(job: JobName, agendaItemId: string): Promise<void> {
    const planned = await waitFor(
      () => queue.getJob(jobIdOf(job as 'agenda.stale-check', { agendaItemId })),
      `the ${job} job`,
    );
    expect(await planned.getState()).toBe('delayed');
    await planned.promote();
  }

  /** The stored mail with this dedupe key, once the worker delivered it over SMTP. */
  async function sentMail(dedupeKey: string): Promise<MailMessageEntity> {
    const mail = await waitFor(async () => {
      const found = await system.dataSource.getRepository(MailMessageEntity).findOneBy({ dedupeKey });
      return found?.status === 'sent' ? found : undefined;
    }, `the mail ${dedupeKey}`);
    expect(smtp.received.some((received) => received.rcptTo.includes(mail.toAddress))).toBe(true);
    return mail;
  }

  const mailCount = () => system.dataSource.getRepository(MailMessageEntity).count();

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    system = await startTestSystem({ env: { SMTP_URL: await smtp.start() } });
    http = request(system.api.getHttpServer());
    queue = system.worker!.get(JobQueues).queue('agenda');
    const second = await staffUser('liaison-b', 'liaison');
    liaisonB = second.user;
    liaisonBHeaders = second.headers;
    outsiderHeaders = (await staffUser('liaison-zonder-tafel', 'liaison')).headers;

    // A case with a consented and a private signal, recognised by a call, analysed by an expert.
    const first = await submitSignal(CONSENTED_TEXT, true);
    const opened = await http
      .post(`/api/signals/${first}/open-case`)
      .set(adviser())
      .send({ title: 'Voorschool zonder lokaal' })
      .expect(201);
    caseId = (opened.body as { caseId: string }).caseId;
    const second2 = await submitSignal(PRIVATE_TEXT, false);
    await http.post(`/api/signals/${second2}/link`).set(adviser()).send({ caseId }).expect(200);
    await http
      .patch(`/api/cases/${caseId}`)
      .set(adviser())
      .send({
        title: 'Voorschool zonder lokaal',
        summary:
          'Peuters kunnen niet naar de voorschool in het schoolgebouw, omdat niemand het lokaal betaalt.',
        expectedVersion: await caseVersion(caseId),
      })
      .expect(200);
    const call = await system.dataSource.getRepository(CallEntity).save({
      kind: 'targeted',
      caseId,
      question: 'Herken jij dit knelpunt?',
      reason: 'We toetsen of het breder speelt.',
      channels: ['website'],
      opensAt: new Date(Date.now() - 14 * 24 * 3600_000),
      closesAt: new Date(Date.now() - 3600_000),
      audienceEveryone: true,
      status: 'closed',
    });
    await system.dataSource.getRepository(RecognitionTallyEntity).save({
      callId: call.id,
      caseId,
      recommendation: 'broad',
      thresholds: DEFAULT_RECOGNITION_THRESHOLDS,
      figures: {
        respondents: 23,
        recognised: 15,
        partly: 4,
        notRecognised: 4,
        endorsements: 0,
        shareRecognising: 19 / 23,
        domainsRecognising: 2,
        regionsRecognising: 2,
        organisationsRecognising: 9,
        byDomain: { education: 11, childcare: 8 },
        byRegion: { Utrecht: 12, Zwolle: 7 },
        urgency: { low: 2, medium: 9, high: 12 },
        needsThemes: [],
      },
    });
    expect((await transition(caseId, 'deepening')).status).toBe(200);
    const assignment = await system.dataSource
      .getRepository(CaseAssignmentEntity)
      .save({ caseId, expertId: system.users.expert.id, assignedById: system.users.adviser.id });
    await system.dataSource.getRepository(AnalysisEntity).save({
      caseId,
      assignmentId: assignment.id,
      status: 'submitted',
      submittedAt: new Date(),
      causeAreas: {
        ...Object.fromEntries(CAUSE_AREAS.map((area) => [area, { playsRole: false, explanation: '' }])),
        funding: { playsRole: true, explanation: EXPLANATION },
      } as AnalysisEntity['causeAreas'],
      rootCauseSummary: 'De financiering is per domein geregeld.',
      recommendations: 'Eén budget per regio.',
      proposedHandlingOption: 'funding_experiment',
    });
    expect((await transition(caseId, 'sharing', { handlingOption: 'funding_experiment' })).status).toBe(200);
    expect((await transition(caseId, 'agenda')).status).toBe(200);
  });

  afterAll(async () => {
    await system?.close();
    await smtp?.stop();
  });

  it('lets an admin register tables and their liaisons, who must be active liaison accounts', async () => {
    const created = await http
      .post('/api/tables')
      .set(admin())
      .send({ name: 'OZK-tafel', kind: 'table', description: 'Onderwijs, zorg en kinderopvang samen.' })
      .expect(201);
    tableA = created.body as Table;
    tableB = (
      await http.post('/api/tables').set(admin()).send({ name: 'VNG', kind: 'association' }).expect(201)
    ).body as Table;
    const twice = await http
      .post('/api/tables')
      .set(admin())
      .send({ name: 'VNG', kind: 'other' })
      .expect(409);
    expect((twice.body as ErrorBody).code).toBe('conflict');
    await http.post('/api/tables').set(adviser()).send({ name: 'OCW', kind: 'ministry' }).expect(403);

    const inactive = await staffUser('oud-liaison', 'liaison', false);
    for (const userIds of [[system.users.adviser.id], [inactive.user.id], [randomUUID()]]) {
      const refused = await http
        .put(`/api/tables/${tableA.id}/liaisons`)
        .set(admin())
        .send({ userIds })
        .expect(422);
      expect((refused.body as ErrorBody).details).toEqual({ invalidUserIds: userIds });
    }
    await http
      .put(`/api/tables/${tableA.id}/liaisons`)
      .set(admin())
      .send({ userIds: [system.users.liaison.id] })
      .expect(200);
    await http
      .put(`/api/tables/${tableB.id}/liaisons`)
      .set(admin())
      .send({ userIds: [liaisonB.id] })
      .expect(200);
    const renamed = await http
      .patch(`/api/tables/${tableB.id}`)
      .set(admin())
      .send({ description: 'Vereniging van Nederlandse Gemeenten' })
      .expect(200);
    expect(renamed.body).toMatchObject({ name: 'VNG', kind: 'association', active: true });

    const listed = (await http.get('/api/tables').set(liaisonA()).expect(200)).body as Table[];
    expect(listed.map((table) => [table.name, table.liaisons.map((l) => l.userId)])).toEqual([
      ['OZK-tafel', [system.users.liaison.id]],
      ['VNG', [liaisonB.id]],
    ]);
    const audit = await system.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'table_liaisons_changed', subjectId: tableA.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: system.users.admin.id,
      details: { added: system.users.liaison.id },
    });
  });

  it('puts the case on both agendas, once per table, with what is asked and a first event', async () => {
    const before = await http.get(`/api/cases/${caseId}`).set(liaisonA()).expect(404);
    expect((before.body as ErrorBody).code).toBe('not_found');

    const a = await http
      .post(`/api/cases/${caseId}/agenda-items`)
      .set(adviser())
      .send({ tableId: tableA.id, ask: 'Wilt u één budget per regio mogelijk maken?' })
      .expect(201);
    itemA = a.body as Item;
    expect(itemA).toMatchObject({ status: 'proposed', version: 1, tableId: tableA.id });
    expect(itemA.events).toEqual([
      expect.objectContaining({ from: null, to: 'proposed', actorId: system.users.adviser.id }),
    ]);
    itemB = (
      await http
        .post(`/api/cases/${caseId}/agenda-items`)
        .set(system.as('admin'))
        .send({ tableId: tableB.id, ask: 'Willen gemeenten de huur van het lokaal delen?' })
        .expect(201)
    ).body as Item;
    const again = await http
      .post(`/api/cases/${caseId}/agenda-items`)
      .set(adviser())
      .send({ tableId: tableA.id, ask: 'Nog eens' })
      .expect(409);
    expect((again.body as ErrorBody).details).toEqual({ agendaItemId: itemA.id });
    await http
      .post(`/api/cases/${caseId}/agenda-items`)
      .set(adviser())
      .send({ tableId: randomUUID(), ask: 'Onbekende tafel' })
      .expect(422);

    // Only a case in the agenda step gets items.
    const other = await submitSignal(
      'Een ander knelpunt over de overgang naar het voortgezet onderwijs.',
      false,
    );
    const otherCase = (
      (await http.post(`/api/signals/${other}/open-case`).set(adviser()).send({}).expect(201)).body as {
        caseId: string;
      }
    ).caseId;
    const notYet = await http
      .post(`/api/cases/${otherCase}/agenda-items`)
      .set(adviser())
      .send({ tableId: tableA.id, ask: 'Te vroeg' })
      .expect(409);
    expect((notYet.body as ErrorBody).code).toBe('conflict');

    // Each new item waits for its stale check, four weeks after it was proposed.
    for (const planned of [itemA, itemB]) {
      await expectPlanned('agenda.stale-check', planned.id, staleMoment(new Date(planned.movedAt), 4));
    }
  });

  it("shows each liaison the case and only their own table's item; another table's item is a 404", async () => {
    for (const [headers, own, others] of [
      [liaisonA(), itemA, itemB],
      [liaisonBHeaders, itemB, itemA],
    ] as const) {
      const cases = (await http.get('/api/cases').set(headers).expect(200)).body as {
        items: { id: string }[];
      };
      expect(cases.items.map((c) => c.id)).toEqual([caseId]);
      await http.get(`/api/cases/${caseId}`).set(headers).expect(200);
      const ofCase = (await http.get(`/api/cases/${caseId}/agenda-items`).set(headers).expect(200))
        .body as Item[];
      expect(ofCase.map((i) => i.id)).toEqual([own.id]);
      const listed = (await http.get('/api/agenda-items').set(headers).expect(200)).body as { items: Item[] };
      expect(listed.items.map((i) => i.id)).toEqual([own.id]);
      const filtered = await http.get('/api/agenda-items').query({ tableId: others.tableId }).set(headers);
      expect((filtered.body as { items: Item[] }).items).toEqual([]);
      await http.get(`/api/agenda-items/${own.id}`).set(headers).expect(200);
      const hidden = await http.get(`/api/agenda-items/${others.id}`).set(headers).expect(404);
      const unknown = await http.get(`/api/agenda-items/${randomUUID()}`).set(headers).expect(404);
      expect((hidden.body as ErrorBody).code).toBe((unknown.body as ErrorBody).code);
      await moveItem(others.id, { to: 'submitted' }, 404, headers);
      await http
        .post(`/api/agenda-items/${others.id}/documents`)
        .set(headers)
        .send({ title: 'Verslag', url: 'https://example.org/verslag.pdf' })
        .expect(404);
    }
    // A liaison of no table sees neither the case nor any item.
    await http.get(`/api/cases/${caseId}`).set(outsiderHeaders).expect(404);
    expect(
      ((await http.get('/api/agenda-items').set(outsiderHeaders).expect(200)).body as { items: [] }).items,
    ).toEqual([]);
    // Advisers see both items.
    const all = (await http.get(`/api/cases/${caseId}/agenda-items`).set(adviser()).expect(200))
      .body as Item[];
    expect(all.map((i) => i.id)).toEqual([itemA.id, itemB.id]);
  });

  it('makes a meeting brief with the tally and the analysis that names no submitter', async () => {
    const theme = await http
      .post('/api/themes')
      .set(admin())
      .send({ name: 'Sociaal netwerk versterkend werken', nationalRoute: 'Verbindingsroute' })
      .expect(201);
    themeId = (theme.body as { id: string }).id;
    const put = await http.put(`/api/cases/${caseId}/theme`).set(adviser()).send({ themeId }).expect(200);
    expect(put.body).toMatchObject({ caseId, theme: { id: themeId } });
    const detail = await http.get(`/api/cases/${caseId}`).set(adviser()).expect(200);
    expect((detail.body as { theme: unknown }).theme).toEqual({ id: themeId, name: expect.any(String) });
    const themes = (await http.get('/api/themes').set(system.as('expert')).expect(200)).body as {
      caseCount: number;
    }[];
    expect(themes).toEqual([expect.objectContaining({ caseCount: 1, nationalRoute: 'Verbindingsroute' })]);

    const response = await http.get(`/api/tables/${tableA.id}/brief`).set(liaisonA()).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const html = response.text;
    for (const text of [
      'Vergaderstuk OZK-tafel',
      'Voorschool zonder lokaal',
      'niemand het lokaal betaalt',
      '23 reacties op de oproep',
      '83% herkent het (15 helemaal, 4 deels, 4 niet)',
      'Utrecht: 12, Zwolle: 7',
      'onderwijs: 11, kinderopvang: 8',
      'Oorzaken per oorzaakgebied (1 analyse)',
      '<dt>Financiering</dt>',
      EXPLANATION,
      'De financiering is per domein geregeld.',
      'Financiering, subsidiëring en experimenteerruimte',
      'Wilt u één budget per regio mogelijk maken?',
      'Sociaal netwerk versterkend werken',
      // The consented signal is quoted, without the phone number in it.
      'Elk jaar zoeken wij opnieuw een lokaal voor de peutergroep, bel gerust […] voor het verhaal.',
    ]) {
      expect({ text, found: html.includes(text) }).toEqual({ text, found: true });
    }
    for (const secret of [
      SUBMITTER.email,
      SUBMITTER.organisation,
      system.users.member.email,
      system.users.member.displayName,
      system.users.expert.displayName,
      system.users.expert.email,
      '06-12345678',
      PRIVATE_TEXT,
      // The other table's ask is not this table's business.
      'Willen gemeenten',
    ]) {
      expect({ secret, leaks: html.includes(secret) }).toEqual({ secret, leaks: false });
    }
    const english = await http
      .get(`/api/tables/${tableA.id}/brief`)
      .set(adviser())
      .set('Accept-Language', 'en');
    expect(english.text).toContain('Meeting brief OZK-tafel');

    const otherTheme = await http.post('/api/themes').set(admin()).send({ name: 'Huisvesting' }).expect(201);
    const filtered = await http
      .get(`/api/tables/${tableA.id}/brief`)
      .query({ themeId: (otherTheme.body as { id: string }).id })
      .set(adviser())
      .expect(200);
    expect(filtered.text).not.toContain('Voorschool zonder lokaal');
    expect(filtered.text).toContain('Er staan geen knelpunten op de agenda van deze tafel.');
    const ofTheme = await http
      .get(`/api/tables/${tableA.id}/brief`)
      .query({ themeId })
      .set(adviser())
      .expect(200);
    expect(ofTheme.text).toContain('Voorschool zonder lokaal');

    // The table's list of items follows a theme the same way.
    const itemsOf = async (id: string) =>
      (
        (
          await http
            .get('/api/agenda-items')
            .query({ tableId: tableA.id, themeId: id })
            .set(adviser())
            .expect(200)
        ).body as { items: { id: string }[] }
      ).items.map((item) => item.id);
    expect(await itemsOf(themeId)).toEqual([itemA.id]);
    expect(await itemsOf((otherTheme.body as { id: string }).id)).toEqual([]);

    // Not a table of theirs: the same 404 as an unknown table.
    await http.get(`/api/tables/${tableA.id}/brief`).set(liaisonBHeaders).expect(404);
    await http.get(`/api/tables/${randomUUID()}/brief`).set(adviser()).expect(404);
    const pdf = await http
      .get(`/api/tables/${tableA.id}/brief`)
      .query({ format: 'pdf' })
      .set(adviser())
      .responseType('blob')
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((pdf.body as Buffer).length).toBeGreaterThan(1500);
    expect(
      await system.dataSource
        .getRepository(AuditLogEntity)
        .countBy({ action: 'meeting_brief_viewed', subjectId: tableA.id }),
    ).toBe(5);
  });

  it('moves an item only with the fields each move needs, and keeps every change as an event', async () => {
    await moveItem(itemA.id, { to: 'submitted', note: 'Aangemeld bij het secretariaat.' }, 200);
    const noDate = await moveItem(itemA.id, { to: 'scheduled' }, 422);
    expect(noDate.body).toMatchObject({
      code: 'rule_violated',
      details: { missing: ['meetingDate'], unexpected: [] },
    });
    await moveItem(itemA.id, { to: 'scheduled', meetingDate: '2026-02-30' }, 400);
    const skipped = await moveItem(itemA.id, { to: 'closed' }, 409);
    expect((skipped.body as ErrorBody).code).toBe('transition_not_allowed');
    const stale = await http
      .post(`/api/agenda-items/${itemA.id}/moves`)
      .set(liaisonA())
      .send({ to: 'scheduled', meetingDate: MEETING, note: 'Gepland.', expectedVersion: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', details: { current: { version: 2 } } });
    await http
      .post(`/api/agenda-items/${itemA.id}/moves`)
      .set(liaisonA())
      .send({ to: 'scheduled', meetingDate: MEETING, expectedVersion: 2 })
      .expect(400);
    const scheduled = (
      await moveItem(itemA.id, { to: 'scheduled', meetingDate: MEETING, note: 'Gepland.' }, 200)
    ).body as Item;
    expect(scheduled).toMatchObject({ status: 'scheduled', meetingDate: MEETING, version: 3 });
    expect(scheduled.allowedMoves.map((m) => m.to)).toEqual(['scheduled', 'discussed']);

    for (const url of ['javascript:alert(1)', 'ftp://example.org/verslag.pdf', 'verslag.pdf']) {
      await http
        .post(`/api/agenda-items/${itemA.id}/documents`)
        .set(liaisonA())
        .send({ title: 'Verslag', url })
        .expect(400);
    }
    const withDocument = (
      await http
        .post(`/api/agenda-items/${itemA.id}/documents`)
        .set(liaisonA())
        .send({ title: 'Agenda OZK-tafel', url: 'https://example.org/agenda.pdf' })
        .expect(201)
    ).body as Item;
    expect(withDocument.documents).toEqual([
      expect.objectContaining({ title: 'Agenda OZK-tafel', url: 'https://example.org/agenda.pdf' }),
    ]);
    expect(withDocument.version).toBe(3);

    const events = (await item(itemA.id)).events;
    expect(events.map((e) => [e.from, e.to, e.actorId, e.note])).toEqual([
      [null, 'proposed', system.users.adviser.id, ''],
      ['proposed', 'submitted', system.users.liaison.id, 'Aangemeld bij het secretariaat.'],
      ['submitted', 'scheduled', system.users.liaison.id, 'Gepland.'],
      ['scheduled', 'scheduled', system.users.liaison.id, ''],
    ]);
    expect(events[2].changes).toEqual({ meetingDate: { from: null, to: MEETING } });
    expect(events[3].changes).toEqual({
      document: { id: expect.any(String), title: 'Agenda OZK-tafel', url: 'https://example.org/agenda.pdf' },
    });
    // The history cannot be rewritten.
    await expect(
      system.dataSource.query(`UPDATE agenda_item_events SET note = 'anders' WHERE agenda_item_id = $1`, [
        itemA.id,
      ]),
    ).rejects.toThrow(/append-only/);
  });

  it('plans the meeting reminders around the meeting date, mails when they run, and moves them with the date', async () => {
    const at = meetingMoments(MEETING, 3);
    await expectPlanned('agenda.meeting-reminder', itemA.id, at.reminder);
    await expectPlanned('agenda.meeting-passed', itemA.id, at.passed);
    const movedAt = (
      await system.dataSource.getRepository(AgendaItemEntity).findOneByOrFail({ id: itemA.id })
    ).movedAt;
    await expectPlanned('agenda.stale-check', itemA.id, staleMoment(movedAt, 4));

    await promote('agenda.meeting-reminder', itemA.id);
    const reminder = await sentMail(
      `agenda_meeting_reminder:${itemA.id}:${MEETING}:${system.users.liaison.id}`,
    );
    expect(reminder.toAddress).toBe(system.users.liaison.email);
    expect(reminder.subject).toContain('Binnenkort aan tafel');
    expect(reminder.textBody).toContain(`/agenda/${itemA.id}`);
    await promote('agenda.meeting-passed', itemA.id);
    const passed = await sentMail(`agenda_meeting_passed:${itemA.id}:${MEETING}:${system.users.liaison.id}`);
    expect(passed.subject).toMatch(/^Hoe ging het\?/);

    // Redelivered (also twice at once): nothing is sent again.
    const mails = await mailCount();
    for (const handler of [
      system.worker!.get(AgendaMeetingReminderHandler),
      system.worker!.get(AgendaMeetingPassedHandler),
    ]) {
      const payload = { agendaItemId: itemA.id };
      expect(await Promise.all([handler.handle(payload), handler.handle(payload)])).toEqual([
        'already_sent',
        'already_sent',
      ]);
    }
    expect(await mailCount()).toBe(mails);

    // The meeting is postponed: the reminders move to the new date, and remind again for it.
    await moveItem(itemA.id, { to: 'scheduled', meetingDate: MOVED_MEETING, note: 'Uitgesteld.' }, 200);
    const moved = meetingMoments(MOVED_MEETING, 3);
    await expectPlanned('agenda.meeting-reminder', itemA.id, moved.reminder);
    await expectPlanned('agenda.meeting-passed', itemA.id, moved.passed);
    await promote('agenda.meeting-reminder', itemA.id);
    await sentMail(`agenda_meeting_reminder:${itemA.id}:${MOVED_MEETING}:${system.users.liaison.id}`);
  });

  it('records discussion, outcome and follow-up, and reminds on the follow-up date', async () => {
    const withOutcome = await moveItem(itemA.id, { to: 'discussed', outcome: 'decision' }, 422);
    expect((withOutcome.body as ErrorBody).details).toEqual({ missing: [], unexpected: ['outcome'] });
    await moveItem(itemA.id, { to: 'discussed', note: 'Besproken op de vergadering.' }, 200);
    await moveItem(itemA.id, { to: 'outcome' }, 422);
    await moveItem(itemA.id, { to: 'outcome', outcome: 'maybe' }, 400);
    await moveItem(
      itemA.id,
      { to: 'outcome', outcome: 'commitment', outcomeNote: 'De tafel verkent één budget.' },
      200,
    );
    await moveItem(itemA.id, { to: 'follow_up' }, 422);
    const past = await moveItem(itemA.id, { to: 'follow_up', followUpOn: addDays(TODAY, -1) }, 422);
    expect((past.body as ErrorBody).code).toBe('rule_violated');
    const followed = (await moveItem(itemA.id, { to: 'follow_up', followUpOn: FOLLOW_UP }, 200)).body as Item;
    expect(followed).toMatchObject({ status: 'follow_up', outcome: 'commitment', followUpOn: FOLLOW_UP });
    expect(followed.events.at(-2)?.changes).toEqual({
      outcome: { from: null, to: 'commitment' },
      outcomeNote: { from: null, to: 'De tafel verkent één budget.' },
    });

    await expectPlanned('agenda.follow-up', itemA.id, followUpMoment(FOLLOW_UP));
    await promote('agenda.follow-up', itemA.id);
    const mail = await sentMail(`agenda_follow_up:${itemA.id}:${FOLLOW_UP}:${system.users.liaison.id}`);
    expect(mail.textBody).toContain('Uitkomst: toezegging');
    const handler = system.worker!.get(AgendaFollowUpHandler);
    expect(await handler.handle({ agendaItemId: itemA.id })).toBe('already_sent');
    // Reminders for a meeting that is behind the item have nothing left to say.
    expect(await system.worker!.get(AgendaMeetingPassedHandler).handle({ agendaItemId: itemA.id })).toBe(
      'moved_on',
    );
  });

  it('lists a stalled item and tells its liaison and the adviser once, also when run twice at once', async () => {
    expect((await http.get('/api/agenda/stale').set(adviser()).expect(200)).body).toEqual([]);
    // Item B has not moved for five weeks.
    await system.dataSource.query(
      `UPDATE agenda_items SET moved_at = date_trunc('milliseconds', now() - interval '5 weeks') WHERE id = $1`,
      [itemB.id],
    );
    const listed = (await http.get('/api/agenda/stale').set(adviser()).expect(200)).body as (Item & {
      staleSince: string;
    })[];
    expect(listed.map((i) => i.id)).toEqual([itemB.id]);
    const { movedAt } = await system.dataSource
      .getRepository(AgendaItemEntity)
      .findOneByOrFail({ id: itemB.id });
    expect(new Date(listed[0].staleSince)).toEqual(staleMoment(movedAt, 4));

    const handler = system.worker!.get(AgendaStaleCheckHandler);
    const payload = { agendaItemId: itemB.id };
    const before = await mailCount();
    expect((await Promise.all([handler.handle(payload), handler.handle(payload)])).sort()).toEqual([
      'already_sent',
      'sent',
    ]);
    // The delayed job itself, when its time comes, finds the mails already there.
    await promote('agenda.stale-check', itemB.id);
    const key = `agenda_stale:${itemB.id}:${movedAt.toISOString()}`;
    const toLiaison = await sentMail(`${key}:${liaisonB.id}`);
    const toAdviser = await sentMail(`${key}:${system.users.admin.id}`);
    expect(toLiaison.subject).toBe(`Stilgevallen: ${(await caseRow()).reference} bij VNG`);
    expect(toAdviser.toAddress).toBe(system.users.admin.email);
    expect(await handler.handle(payload)).toBe('already_sent');
    expect(await mailCount()).toBe(before + 2);
    // A fresh item (A moved today) is not stale.
    expect(await handler.handle({ agendaItemId: itemA.id })).toBe('not_stale');
  });

  it('refuses agenda -> feedback until every item has an outcome, then reports back', async () => {
    const refused = await transition(caseId, 'feedback', {}, liaisonA());
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'guard_failed' });
    expect(JSON.stringify(refused.body)).toContain('1 agenda item(s) have no outcome yet.');

    await moveItem(itemB.id, { to: 'submitted' }, 200, liaisonBHeaders);
    await moveItem(itemB.id, { to: 'scheduled', meetingDate: MEETING }, 200, liaisonBHeaders);
    await moveItem(itemB.id, { to: 'discussed' }, 200, liaisonBHeaders);
    expect((await transition(caseId, 'feedback')).status).toBe(422);
    await moveItem(itemB.id, { to: 'outcome', outcome: 'no_result' }, 200, liaisonBHeaders);
    await moveItem(itemB.id, { to: 'closed', note: 'Niets meer te doen.' }, 200, liaisonBHeaders);

    const allowed = await transition(caseId, 'feedback', {}, liaisonA());
    expect(allowed.status).toBe(200);
    expect((allowed.body as { step: string }).step).toBe('feedback');
    // The commitment is still followed up after the case reports back.
    await moveItem(itemA.id, { to: 'closed', note: 'Toezegging nagekomen.' }, 200);
    expect(
      await system.dataSource.getRepository(AgendaItemEventEntity).countBy({ agendaItemId: itemA.id }),
    ).toBe(9);
  });

  it('restores a lost follow-up reminder from the database (the sweeper), once', async () => {
    const sweeper = system.worker!.get(Sweeper);
    await waitFor(async () => (await sweeper.sweep()) === 0, 'a sweep with nothing left');
    const ministry = (
      await http.post('/api/tables').set(admin()).send({ name: 'OCW', kind: 'ministry' }).expect(201)
    ).body as Table;
    // An item whose follow-up date passed yesterday, with no job and no mail (Redis lost it).
    const [row] = (await system.dataSource.query(
      `INSERT INTO agenda_items (case_id, table_id, status, ask, outcome, follow_up_on, moved_at, created_by_id)
       VALUES ($1, $2, 'follow_up', 'Nagaan', 'commitment', $3, now(), $4) RETURNING id`,
      [caseId, ministry.id, addDays(TODAY, -1), system.users.adviser.id],
    )) as { id: string }[];
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    // The table has no liaison: the adviser who put it on the agenda hears instead.
    const mail = await sentMail(
      `agenda_follow_up:${row.id}:${addDays(TODAY, -1)}:${system.users.adviser.id}`,
    );
    expect(mail.toAddress).toBe(system.users.adviser.email);
    await waitFor(async () => (await sweeper.sweep()) === 0, 'a sweep with nothing left');
  });

  it('keeps the reminder settings for admins', async () => {
    expect((await http.get('/api/settings/agenda-reminders').set(adviser()).expect(200)).body).toEqual({
      meetingReminderDaysBefore: 3,
      staleAfterWeeks: 4,
    });
    await http
      .put('/api/settings/agenda-reminders')
      .set(adviser())
      .send({ meetingReminderDaysBefore: 5, staleAfterWeeks: 2 })
      .expect(403);
    await http
      .put('/api/settings/agenda-reminders')
      .set(admin())
      .send({ meetingReminderDaysBefore: 5, staleAfterWeeks: 0 })
      .expect(400);
    const set = await http
      .put('/api/settings/agenda-reminders')
      .set(admin())
      .send({ meetingReminderDaysBefore: 5, staleAfterWeeks: 2 })
      .expect(200);
    expect(set.body).toEqual({ meetingReminderDaysBefore: 5, staleAfterWeeks: 2 });
  });

  async function caseRow(): Promise<CaseEntity> {
    return system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
  }
});
