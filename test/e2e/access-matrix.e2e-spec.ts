// Every route x every caller: the table below has one row per route the running API serves, with the
// status each caller gets. A route without a row (or a row without a route) fails the first test, so
// no route can be added without saying who may call it. Each call is a minimal valid request on rows
// this file created, so a 2xx, 404 or 422 means the access rules let the caller through and a 401/403
// means they did not.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import request from 'supertest';
import { newSecretToken } from '@app/core';
import {
  AgendaItemEntity,
  CallEntity,
  CallInvitationEntity,
  CaseAssignmentEntity,
  CaseEntity,
  FeedbackMessageEntity,
  FeedbackRecipientEntity,
  MailMessageEntity,
  NationalTableEntity,
  PublicationCaseEntity,
  PublicationEntity,
  PublicationFindingEntity,
  TableLiaisonEntity,
  ThemeEntity,
  UserEntity,
} from '@app/persistence';
import { CAUSE_AREAS, addDays, dutchToday, type Role } from '@app/workflow';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service';
import { hashPassword } from '../../apps/api/src/auth/password-hasher';
import { controllerRoutes, fromOpenApiPath, routerRoutes, type RouteKey } from '../support/route-inventory';
import { startTestSystem, TEST_PASSWORD, TEST_REDIS_URL, type TestSystem } from '../support/test-system';

const CALLERS = ['anonymous', 'member', 'adviser', 'expert', 'liaison', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
/** The expected status per caller, in the order of CALLERS. */
type Statuses = readonly [number, number, number, number, number, number];

interface Fixtures {
  signalId: string;
  /** Submitted by the test member while signed in. */
  memberSignalId: string;
  trackingToken: string;
  mailId: string;
  /** On the agenda with the test expert assigned: every role that reads cases may see it. */
  agendaCaseId: string;
  /** In recognition, for changes that must not disturb the agenda case. */
  spareCaseId: string;
  /** In deepening, with the test expert and an external expert assigned. */
  deepeningCaseId: string;
  /** The test expert's assignment on the deepening case. */
  staffAssignmentId: string;
  /** The external expert's private link on the deepening case. */
  expertLinkToken: string;
  /** A table whose liaison is the test liaison, with the agenda case on its agenda. */
  tableId: string;
  /** The agenda case's item at that table: the test liaison sees the case through it. */
  agendaItemId: string;
  themeId: string;
}

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object;
}

interface Row {
  key: RouteKey;
  expected: Statuses;
  send: (fixtures: Fixtures, caller: Caller) => Call | Promise<Call>;
}

/**
 * Not endpoints: request logging (pino-http) that Nest mounts on every path under the prefix. Nothing
 * answers from it; a new catch-all of any other kind fails the inventory test until it is listed here
 * or given a row.
 */
const MIDDLEWARE: readonly RouteKey[] = ['ALL /api{/*splat}'];

const NEW_PASSWORD = 'een nieuw en lang wachtwoord';

/** A due date two weeks ahead (a Dutch calendar date). */
const DUE_ON = addDays(dutchToday(), 14);

/** An analysis draft with nothing decided yet. */
const DRAFT_ANALYSIS = {
  causeAreas: Object.fromEntries(CAUSE_AREAS.map((area) => [area, { playsRole: null }])),
  proposedHandlingOption: null,
  submit: false,
};

const SIGNAL = {
  title: 'Geen plek voor de peutergroep',
  description: 'De peutergroep kan niet in de school starten omdat er geen geschikt lokaal beschikbaar is.',
  domains: ['childcare'],
};

const OPEN_CALL = {
  kind: 'open',
  question: 'Waar loop jij vast in de samenwerking rond een kind?',
  reason: 'We verzamelen knelpunten voor de landelijke tafel.',
  channels: ['website'],
  closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
};

const ANSWER = {
  recognition: 'recognised',
  urgency: 'high',
  needed: 'Een vast aanspreekpunt bij de gemeente.',
  domain: 'education',
  region: 'Utrecht',
  organisationType: 'school',
};

describe('access: every route x every caller', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  let fixtures: Fixtures;
  let redis: Redis;
  let staffPasswordHash: string;
  let routesChecked = 0;
  let pairsChecked = 0;
  let emails = 0;

  const everyone = (status: number): Statuses => [status, status, status, status, status, status];
  const row = (key: RouteKey, expected: Statuses, send: Row['send'] = () => ({})): Row => ({
    key,
    expected,
    send,
  });

  async function submitSignal(extra: Record<string, unknown> = {}): Promise<{ id: string; token: string }> {
    const response = await http
      .post('/api/signals')
      .send({ ...SIGNAL, ...extra })
      .expect(201);
    const body = response.body as { id: string; trackingUrl: string };
    return { id: body.id, token: body.trackingUrl.split('/').pop() ?? '' };
  }

  async function openCase(): Promise<string> {
    const { id } = await submitSignal();
    const opened = await http
      .post(`/api/signals/${id}/open-case`)
      .set(system.as('adviser'))
      .send({})
      .expect(201);
    return (opened.body as { caseId: string }).caseId;
  }

  async function caseVersion(id: string): Promise<number> {
    return (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).version;
  }

  async function assignExpert(caseId: string): Promise<void> {
    await system.dataSource
      .createQueryBuilder()
      .insert()
      .into(CaseAssignmentEntity)
      .values({ caseId, expertId: system.users.expert.id, assignedById: null })
      .orIgnore()
      .execute();
  }

  async function draftCall(): Promise<{ id: string }> {
    const created = await http.post('/api/calls').set(system.as('adviser')).send(OPEN_CALL).expect(201);
    return created.body as { id: string };
  }

  /** A published targeted call about the spare case (in recognition), on the public page. */
  async function publishedTargetedCall(f: Fixtures): Promise<CallEntity> {
    return system.dataSource.getRepository(CallEntity).save({
      kind: 'targeted',
      caseId: f.spareCaseId,
      question: 'Herken jij dit knelpunt?',
      reason: 'We toetsen of het breder speelt.',
      channels: ['website'],
      opensAt: new Date(Date.now() - 60_000),
      closesAt: new Date(Date.now() + 3600_000),
      audienceEveryone: true,
      isPublic: true,
      status: 'published',
    });
  }

  /** A personal answer link of the test member for a fresh published targeted call. */
  async function invitationToken(f: Fixtures): Promise<string> {
    const call = await publishedTargetedCall(f);
    const { token, hash } = newSecretToken();
    await system.dataSource
      .getRepository(CallInvitationEntity)
      .insert({ callId: call.id, userId: system.users.member.id, tokenHash: hash });
    return token;
  }

  /** The agenda case, shared with the network: members may say they recognise it. */
  async function sharedCase(f: Fixtures): Promise<string> {
    await system.dataSource.getRepository(CaseEntity).update({ id: f.agendaCaseId }, { titleReviewed: true });
    return f.agendaCaseId;
  }

  /** The test expert's assignment on the case (made if missing), straight in the table. */
  async function expertAssignment(caseId: string): Promise<string> {
    await assignExpert(caseId);
    const assignment = await system.dataSource
      .getRepository(CaseAssignmentEntity)
      .findOneByOrFail({ caseId, expertId: system.users.expert.id });
    return assignment.id;
  }

  /** A new address per call, so no call meets an account an earlier call changed. */
  const freshEmail = (tag: string): string => `${tag}-${++emails}@test.signaalroute.nl`;

  async function newUser(role: Role, options: { active?: boolean } = {}): Promise<UserEntity> {
    return system.dataSource.getRepository(UserEntity).save({
      email: freshEmail(role),
      displayName: `Matrix ${role}`,
      role,
      passwordHash: role === 'member' ? null : staffPasswordHash,
      active: options.active ?? true,
    });
  }

  /** The token of the newest link mailed to this address (the mail is stored before it is sent). */
  async function linkMailedTo(email: string): Promise<string> {
    const mail = await system.dataSource
      .getRepository(MailMessageEntity)
      .findOneOrFail({ where: { toAddress: email }, order: { createdAt: 'DESC' } });
    const token = /\/(?:sign-in|reset|invite)\/([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1];
    if (!token) throw new Error(`No link in the mail to ${email}`);
    return token;
  }

  /** Each row starts with fresh rate limits, so a limit never hides what access answered. */
  async function forgetRateLimits(): Promise<void> {
    const keys = await redis.keys(`${system.config.QUEUE_PREFIX}:ratelimit:*`);
    if (keys.length > 0) await redis.del(...keys);
  }

  /** The user a caller's per-call fixtures belong to; anonymous callers borrow the member's. */
  const ownerOf = (caller: Caller): Role => (caller === 'anonymous' ? 'member' : caller);

  /** A new table whose liaison is the test liaison, straight in the tables. */
  async function newTable(): Promise<string> {
    const table = await system.dataSource
      .getRepository(NationalTableEntity)
      .save({ name: freshEmail('tafel'), kind: 'table' });
    await system.dataSource
      .getRepository(TableLiaisonEntity)
      .insert({ tableId: table.id, userId: system.users.liaison.id });
    return table.id;
  }

  /** The case on the agenda of a new table of the test liaison; answers the item's id. */
  async function newAgendaItem(caseId: string): Promise<string> {
    const item = await system.dataSource
      .getRepository(AgendaItemEntity)
      .save({ caseId, tableId: await newTable(), ask: 'Wat vragen we van deze tafel?' });
    return item.id;
  }

  /** A new case in step 7 with its feedback prepared, straight in the tables (no worker runs here). */
  async function feedbackCase(): Promise<{ caseId: string; recipientId: string; token: string }> {
    const caseId = await openCase();
    await system.dataSource
      .getRepository(CaseEntity)
      .update({ id: caseId }, { step: 'feedback', titleReviewed: true });
    await system.dataSource.getRepository(FeedbackMessageEntity).insert({
      caseId,
      whatHappenedNl: 'Het knelpunt is opgepakt.',
      whatHappenedEn: 'The bottleneck was taken up.',
      stepsTakenNl: '- Toetsen',
      stepsTakenEn: '- Testing',
      achievedNl: 'Het knelpunt is niet bij een landelijke tafel ingebracht.',
      achievedEn: 'The bottleneck was not brought to a national table.',
    });
    const { token, hash } = newSecretToken();
    const recipient = await system.dataSource
      .getRepository(FeedbackRecipientEntity)
      .save({ caseId, kind: 'submitter', email: freshEmail('melder'), responseTokenHash: hash });
    return { caseId, recipientId: recipient.id, token };
  }

  /** A publication about the agenda case (shareable), straight in the tables, in the given state. */
  async function publication(f: Fixtures, fields: Partial<PublicationEntity> = {}): Promise<string> {
    const saved = await system.dataSource.getRepository(PublicationEntity).save({
      kind: 'interview',
      title: 'Een interview over de peutergroep',
      body: 'Wat het netwerk leerde.',
      status: 'draft',
      ...fields,
    });
    await system.dataSource
      .getRepository(PublicationCaseEntity)
      .insert({ publicationId: saved.id, caseId: f.agendaCaseId });
    return saved.id;
  }

  /** An open finding on a fresh publication in review. */
  async function openFinding(f: Fixtures): Promise<{ id: string; findingId: string }> {
    const id = await publication(f, { status: 'review', checkedVersion: 1 });
    const finding = await system.dataSource.getRepository(PublicationFindingEntity).save({
      publicationId: id,
      kind: 'person_name',
      field: 'body',
      matchedText: 'Emma',
      start: 0,
      end: 4,
      foundInVersion: 1,
    });
    return { id, findingId: finding.id };
  }

  const ROWS: readonly Row[] = [
    // Columns: anonymous, member, adviser, expert, liaison, admin.
    row('POST /api/signals', everyone(201), () => ({ body: SIGNAL })),
    row('GET /api/signals', [401, 403, 200, 403, 403, 200]),
    row('GET /api/signals/:id', [401, 403, 200, 403, 403, 200], (f) => ({ params: { id: f.signalId } })),
    row('POST /api/signals/:id/link', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: (await submitSignal()).id },
      body: { caseId: f.spareCaseId },
    })),
    row('POST /api/signals/:id/open-case', [401, 403, 201, 403, 403, 201], async () => ({
      params: { id: (await submitSignal()).id },
      body: {},
    })),
    row('POST /api/signals/:id/archive', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await submitSignal()).id },
      body: { reason: 'Geen knelpunt' },
    })),
    row('GET /api/track/:token', everyone(200), (f) => ({ params: { token: f.trackingToken } })),
    row('POST /api/public/similar-bottlenecks', everyone(200), () => ({ body: { title: SIGNAL.title } })),

    row('GET /api/cases', [401, 403, 200, 200, 200, 200]),
    row('GET /api/cases/:id', [401, 403, 200, 200, 200, 200], (f) => ({ params: { id: f.agendaCaseId } })),
    row('PATCH /api/cases/:id', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: f.agendaCaseId },
      body: { summary: 'Samenvatting', expectedVersion: await caseVersion(f.agendaCaseId) },
    })),
    row('GET /api/cases/:id/transitions', [401, 403, 200, 200, 200, 200], (f) => ({
      params: { id: f.agendaCaseId },
    })),
    // agenda -> feedback: the table allows adviser, admin and liaison, whose request then meets the guard
    // (its agenda items have no outcome yet: 422); it does not allow experts (403, by their own role).
    row('POST /api/cases/:id/transitions', [401, 403, 422, 403, 422, 422], async (f) => ({
      params: { id: f.agendaCaseId },
      body: { to: 'feedback', expectedVersion: await caseVersion(f.agendaCaseId) },
    })),
    row('POST /api/cases/:id/experts', [401, 403, 200, 403, 403, 200], (f) => ({
      params: { id: f.spareCaseId },
      body: { expertId: system.users.expert.id, dueOn: DUE_ON },
    })),
    row('PATCH /api/cases/:id/experts/:assignmentId', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: f.spareCaseId, assignmentId: await expertAssignment(f.spareCaseId) },
      body: { dueOn: DUE_ON },
    })),
    // Put the expert back first, so every caller removes a real assignment.
    row('DELETE /api/cases/:id/experts/:assignmentId', [401, 403, 204, 403, 403, 204], async (f) => ({
      params: { id: f.spareCaseId, assignmentId: await expertAssignment(f.spareCaseId) },
    })),
    row('GET /api/cases/:id/analyses', [401, 403, 200, 200, 403, 200], (f) => ({
      params: { id: f.deepeningCaseId },
    })),
    row('GET /api/me/assignments', [401, 403, 403, 200, 403, 403]),
    row('GET /api/assignments/:assignmentId/analysis', [401, 403, 200, 200, 403, 200], (f) => ({
      params: { assignmentId: f.staffAssignmentId },
    })),
    // Only the assigned expert writes their analysis; advisers read along.
    row('PUT /api/assignments/:assignmentId/analysis', [401, 403, 403, 200, 403, 403], (f) => ({
      params: { assignmentId: f.staffAssignmentId },
      body: DRAFT_ANALYSIS,
    })),
    // Public, but only with the external expert's private link.
    row('GET /api/expert-links/:token', everyone(200), (f) => ({ params: { token: f.expertLinkToken } })),
    row('PUT /api/expert-links/:token/analysis', everyone(200), (f) => ({
      params: { token: f.expertLinkToken },
      body: DRAFT_ANALYSIS,
    })),

    row('GET /api/health', everyone(200)),
    row('GET /api/mail', [401, 403, 200, 403, 403, 200]),
    row('GET /api/mail/:id', [401, 403, 200, 403, 403, 200], (f) => ({ params: { id: f.mailId } })),
    row('GET /api/job-failures', [401, 403, 200, 403, 403, 200]),

    row('POST /api/calls', [401, 403, 201, 403, 403, 201], () => ({ body: OPEN_CALL })),
    row('GET /api/calls', [401, 403, 200, 403, 403, 200]),
    row('GET /api/calls/audience-size', [401, 403, 200, 403, 403, 200], () => ({
      query: { everyone: 'true' },
    })),
    row('GET /api/calls/:id', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await draftCall()).id },
    })),
    row('PATCH /api/calls/:id', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await draftCall()).id },
      body: {
        question: 'Waar loop jij vast bij de overgang naar het voortgezet onderwijs?',
        expectedVersion: 1,
      },
    })),
    row('POST /api/calls/:id/publish', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await draftCall()).id },
      body: { expectedVersion: 1 },
    })),
    row('GET /api/public/calls', everyone(200)),
    row('GET /api/public/calls/:id', everyone(200), async (f) => ({
      params: { id: (await publishedTargetedCall(f)).id },
    })),
    row('POST /api/public/calls/:id/answers', everyone(200), async (f, caller) => ({
      params: { id: (await publishedTargetedCall(f)).id },
      body: { ...ANSWER, email: freshEmail(`answer-${caller}`) },
    })),
    // Step 6: the agenda case has an item at a table of the test liaison; changes use new tables or items.
    row('GET /api/tables', [401, 403, 200, 403, 200, 200]),
    row('POST /api/tables', [401, 403, 403, 403, 403, 201], () => ({
      body: { name: freshEmail('tafel'), kind: 'table' },
    })),
    row('PATCH /api/tables/:id', [401, 403, 403, 403, 403, 200], async () => ({
      params: { id: await newTable() },
      body: { description: 'Een landelijke tafel.' },
    })),
    row('PUT /api/tables/:id/liaisons', [401, 403, 403, 403, 403, 200], async () => ({
      params: { id: await newTable() },
      body: { userIds: [system.users.liaison.id] },
    })),
    row('GET /api/tables/:id/brief', [401, 403, 200, 403, 200, 200], (f) => ({ params: { id: f.tableId } })),
    row('GET /api/themes', [401, 403, 200, 200, 200, 200]),
    row('POST /api/themes', [401, 403, 403, 403, 403, 201], () => ({ body: { name: freshEmail('opgave') } })),
    row('PATCH /api/themes/:id', [401, 403, 403, 403, 403, 200], (f) => ({
      params: { id: f.themeId },
      body: { description: 'Een opgave van de Verbindingsroute.' },
    })),
    row('PUT /api/cases/:id/theme', [401, 403, 200, 403, 403, 200], (f) => ({
      params: { id: f.spareCaseId },
      body: { themeId: f.themeId },
    })),
    row('POST /api/cases/:id/agenda-items', [401, 403, 201, 403, 403, 201], async (f) => ({
      params: { id: f.agendaCaseId },
      body: { tableId: await newTable(), ask: 'Wat vragen we van deze tafel?' },
    })),
    row('GET /api/cases/:id/agenda-items', [401, 403, 200, 403, 200, 200], (f) => ({
      params: { id: f.agendaCaseId },
    })),
    row('GET /api/agenda-items', [401, 403, 200, 403, 200, 200]),
    row('GET /api/agenda-items/:id', [401, 403, 200, 403, 200, 200], (f) => ({
      params: { id: f.agendaItemId },
    })),
    row('POST /api/agenda-items/:id/moves', [401, 403, 200, 403, 200, 200], async (f) => ({
      params: { id: await newAgendaItem(f.agendaCaseId) },
      body: { to: 'submitted', note: 'Aangemeld bij het secretariaat.', expectedVersion: 1 },
    })),
    row('POST /api/agenda-items/:id/documents', [401, 403, 201, 403, 201, 201], (f) => ({
      params: { id: f.agendaItemId },
      body: { title: 'Verslag', url: 'https://example.org/verslag.pdf' },
    })),
    row('GET /api/agenda/stale', [401, 403, 200, 403, 403, 200]),
    row('GET /api/settings/agenda-reminders', [401, 403, 200, 403, 403, 200]),
    row('PUT /api/settings/agenda-reminders', [401, 403, 403, 403, 403, 200], () => ({
      body: { meetingReminderDaysBefore: 3, staleAfterWeeks: 4 },
    })),
    // An unknown confirmation token: the route lets everyone in, and the link is refused (410).
    row('POST /api/public/call-answers/confirm', everyone(410), () => ({
      body: { token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    })),
    row('GET /api/call-invitations/:token', everyone(200), async (f) => ({
      params: { token: await invitationToken(f) },
    })),
    row('PUT /api/call-invitations/:token/answer', everyone(200), async (f) => ({
      params: { token: await invitationToken(f) },
      body: ANSWER,
    })),
    row('GET /api/cases/:id/recognition', [401, 403, 200, 403, 403, 200], (f) => ({
      params: { id: f.spareCaseId },
    })),
    row('POST /api/cases/:id/recognition/conversations', [401, 403, 201, 403, 403, 201], (f) => ({
      params: { id: f.spareCaseId },
      body: { partners: 'Gemeente Utrecht', heldOn: '2026-01-15', outcome: 'partly' },
    })),
    row('GET /api/shared-cases', [401, 200, 403, 403, 403, 403]),
    row('PUT /api/shared-cases/:id/recognition', [401, 200, 403, 403, 403, 403], async (f) => ({
      params: { id: await sharedCase(f) },
      body: {},
    })),
    row('DELETE /api/shared-cases/:id/recognition', [401, 200, 403, 403, 403, 403], async (f) => ({
      params: { id: await sharedCase(f) },
    })),
    row('GET /api/settings/recognition-thresholds', [401, 403, 200, 403, 403, 200]),
    row('PUT /api/settings/recognition-thresholds', [401, 403, 403, 403, 403, 200], () => ({
      body: { minRespondents: 5, broadShare: 0.6, broadMinDomains: 2, broadMinRegions: 2, partialShare: 0.3 },
    })),
    row('GET /api/settings/deepening-reminders', [401, 403, 200, 403, 403, 200]),
    row('PUT /api/settings/deepening-reminders', [401, 403, 403, 403, 403, 200], () => ({
      body: { daysBefore: 3 },
    })),
    // Step 7: each call gets a fresh case with prepared feedback, so a send or edit never meets an earlier one.
    row('GET /api/cases/:id/feedback', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await feedbackCase()).caseId },
    })),
    row('PUT /api/cases/:id/feedback', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await feedbackCase()).caseId },
      body: { whatHappenedNl: 'Aangepaste tekst.', expectedVersion: 1 },
    })),
    row('GET /api/cases/:id/feedback/preview', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await feedbackCase()).caseId },
      query: { locale: 'en', kind: 'respondent' },
    })),
    row('POST /api/cases/:id/feedback/send', [401, 403, 200, 403, 403, 200], async () => ({
      params: { id: (await feedbackCase()).caseId },
      body: { expectedVersion: 1 },
    })),
    row(
      'POST /api/cases/:id/feedback/recipients/:recipientId/undeliverable',
      [401, 403, 200, 403, 403, 200],
      async () => {
        const { caseId, recipientId } = await feedbackCase();
        return {
          params: { id: caseId, recipientId },
          body: { reason: 'Verhuisd, geen nieuw adres bekend.' },
        };
      },
    ),
    row('GET /api/feedback/attention', [401, 403, 200, 403, 403, 200]),
    row('GET /api/public/feedback/:token', everyone(200), async () => ({
      params: { token: (await feedbackCase()).token },
    })),
    row('POST /api/public/feedback/:token', everyone(200), async () => ({
      params: { token: (await feedbackCase()).token },
      body: { helped: 'partly', comment: 'Fijn om te horen.' },
    })),
    row('GET /api/settings/feedback-progress', [401, 403, 200, 403, 403, 200]),
    row('PUT /api/settings/feedback-progress', [401, 403, 403, 403, 403, 200], () => ({
      body: { intervalWeeks: 6 },
    })),
    row('GET /api/experts', [401, 403, 200, 403, 403, 200]),
    row('GET /api/me/profile', [401, 200, 403, 403, 403, 403]),
    row('PUT /api/me/profile', [401, 200, 403, 403, 403, 403], () => ({
      body: { domains: ['education'], region: 'Utrecht', organisationType: 'school' },
    })),

    row('GET /api/me/signals', [401, 200, 403, 403, 403, 403]),
    row('GET /api/me/signals/:id', [401, 200, 403, 403, 403, 403], (f) => ({
      params: { id: f.memberSignalId },
    })),

    row('GET /api/users', [401, 403, 403, 403, 403, 200]),
    row('POST /api/users/invite', [401, 403, 403, 403, 403, 201], () => ({
      body: { email: freshEmail('invite'), displayName: 'Nieuwe collega', role: 'adviser' },
    })),
    row('PATCH /api/users/:id', [401, 403, 403, 403, 403, 200], async () => ({
      params: { id: (await newUser('expert')).id },
      body: { displayName: 'Andere naam' },
    })),
    row('POST /api/users/:id/deactivate', [401, 403, 403, 403, 403, 200], async () => ({
      params: { id: (await newUser('expert')).id },
    })),
    row('POST /api/users/:id/reactivate', [401, 403, 403, 403, 403, 200], async () => ({
      params: { id: (await newUser('expert', { active: false })).id },
    })),

    row('POST /api/auth/login', everyone(200), () => ({
      body: { email: system.users.adviser.email, password: TEST_PASSWORD },
    })),
    row('POST /api/auth/magic-link', everyone(202), () => ({ body: { email: freshEmail('member') } })),
    row('POST /api/auth/magic-link/verify', everyone(200), async () => {
      const email = freshEmail('member');
      await http.post('/api/auth/magic-link').send({ email }).expect(202);
      return { body: { token: await linkMailedTo(email) } };
    }),
    row('POST /api/auth/password-reset', everyone(202), async () => ({
      body: { email: (await newUser('adviser')).email },
    })),
    row('POST /api/auth/password-reset/confirm', everyone(204), async () => {
      const { email } = await newUser('adviser');
      await http.post('/api/auth/password-reset').send({ email }).expect(202);
      return { body: { token: await linkMailedTo(email), password: NEW_PASSWORD } };
    }),
    row('POST /api/auth/invite/accept', everyone(200), async () => {
      const email = freshEmail('invite');
      await http
        .post('/api/users/invite')
        .set(system.as('admin'))
        .send({ email, displayName: 'Nieuwe collega', role: 'liaison' })
        .expect(201);
      return { body: { token: await linkMailedTo(email), password: NEW_PASSWORD } };
    }),
    row('POST /api/auth/logout', [401, 204, 204, 204, 204, 204]),
    row('GET /api/auth/me', [401, 200, 200, 200, 200, 200]),
    row('GET /api/auth/tokens', [401, 200, 200, 200, 200, 200]),
    row('POST /api/auth/tokens', [401, 201, 201, 201, 201, 201], () => ({ body: { name: 'matrix' } })),
    row('DELETE /api/auth/tokens/:id', [401, 204, 204, 204, 204, 204], async (_f, caller) => {
      const { entity } = await system.api
        .get(ApiTokenService)
        .create(system.users[ownerOf(caller)].id, 'to revoke');
      return { params: { id: entity.id } };
    }),

    row('POST /api/publications', [401, 403, 201, 403, 403, 201], (f) => ({
      body: { kind: 'interview', title: 'Een interview', body: 'Tekst.', caseIds: [f.agendaCaseId] },
    })),
    row('GET /api/publications', [401, 403, 200, 403, 403, 200]),
    row('GET /api/publications/:id', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: await publication(f) },
    })),
    row('PATCH /api/publications/:id', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: await publication(f) },
      body: { expectedVersion: 1, title: 'Een andere titel' },
    })),
    row('POST /api/publications/:id/review', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: await publication(f) },
      body: { expectedVersion: 1 },
    })),
    row('POST /api/publications/:id/draft', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: await publication(f, { status: 'review' }) },
      body: { expectedVersion: 1 },
    })),
    row('POST /api/publications/:id/publish', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: { id: await publication(f, { status: 'review', checkedVersion: 1 }) },
      body: { expectedVersion: 1 },
    })),
    row(
      'POST /api/publications/:id/findings/:findingId/accept',
      [401, 403, 200, 403, 403, 200],
      async (f) => ({
        params: await openFinding(f),
        body: { reason: 'Een publiek figuur, met toestemming genoemd.' },
      }),
    ),
    row('GET /api/publications/:id/newsletter.html', [401, 403, 200, 403, 403, 200], async (f) => ({
      params: {
        id: await publication(f, { status: 'published', checkedVersion: 1, publishedAt: new Date() }),
      },
    })),
    row('GET /api/public/insights', everyone(200)),
    row('GET /api/public/insights.atom', everyone(200)),
    row('GET /api/public/insights/:id', everyone(200), async (f) => ({
      params: {
        id: await publication(f, { status: 'published', checkedVersion: 1, publishedAt: new Date() }),
      },
    })),

    // The API documentation (Swagger UI and the OpenAPI document) is public on purpose.
    row('GET /api/docs', everyone(200)),
    row('GET /api/docs/', everyone(200)),
    row('GET /api/docs/index.html', everyone(200)),
    // Swagger UI registers this route, but the installed swagger-ui-dist ships no LICENSE file.
    row('GET /api/docs/LICENSE', everyone(404)),
    row('GET /api/docs/swagger-ui-init.js', everyone(200)),
    row('GET /api/docs/docs/swagger-ui-init.js', everyone(200)),
    row('GET /api/docs-json', everyone(200)),
    row('GET /api/docs-yaml', everyone(200)),
  ];

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
    redis = new Redis(TEST_REDIS_URL);
    staffPasswordHash = await hashPassword(TEST_PASSWORD);
    const adviser = system.as('adviser');

    const signal = await submitSignal({
      email: 'melder@example.nl',
      consent: { contact: true, publication: false },
    });
    const mail = await system.dataSource
      .getRepository(MailMessageEntity)
      .findOneByOrFail({ signalId: signal.id });

    const agendaCaseId = await openCase();
    await http
      .post(`/api/cases/${agendaCaseId}/transitions`)
      .set(adviser)
      .send({
        to: 'agenda',
        reason: 'Al breed herkend; de oorzaak is duidelijk.',
        handlingOption: 'agenda_lobby',
        expectedVersion: await caseVersion(agendaCaseId),
      })
      .expect(200);
    // Straight into the table, so the fixtures do not depend on the routes under test.
    await assignExpert(agendaCaseId);
    const agendaItemId = await newAgendaItem(agendaCaseId);
    const { tableId } = await system.dataSource
      .getRepository(AgendaItemEntity)
      .findOneByOrFail({ id: agendaItemId });
    const theme = await system.dataSource
      .getRepository(ThemeEntity)
      .save({ name: 'Sociaal netwerk versterkend werken' });

    const mine = await http.post('/api/signals').set(system.as('member')).send(SIGNAL).expect(201);

    const deepeningCaseId = await openCase();
    await http
      .post(`/api/cases/${deepeningCaseId}/transitions`)
      .set(adviser)
      .send({ to: 'deepening', expectedVersion: await caseVersion(deepeningCaseId) })
      .expect(200);
    const expertLink = newSecretToken();
    await system.dataSource.getRepository(CaseAssignmentEntity).insert({
      caseId: deepeningCaseId,
      expertId: null,
      externalName: 'Externe expert',
      externalEmail: 'extern@example.nl',
      accessTokenHash: expertLink.hash,
      accessExpiresAt: new Date(Date.now() + 24 * 3600 * 1000),
      dueOn: DUE_ON,
    });

    fixtures = {
      deepeningCaseId,
      staffAssignmentId: await expertAssignment(deepeningCaseId),
      expertLinkToken: expertLink.token,
      signalId: signal.id,
      memberSignalId: (mine.body as { id: string }).id,
      trackingToken: signal.token,
      mailId: mail.id,
      agendaCaseId,
      spareCaseId: await openCase(),
      tableId,
      agendaItemId,
      themeId: theme.id,
    };
  });

  afterAll(async () => {
    console.log(
      `Access matrix: ${routesChecked} routes x ${CALLERS.length} callers = ${pairsChecked} (route, caller) pairs checked.`,
    );
    redis?.disconnect();
    await system?.close();
  });

  it('has exactly one row per route the router serves, and no row without a route', () => {
    const served = new Set(routerRoutes(system.api));
    const rows = ROWS.map((r) => r.key);
    expect(rows.length).toBe(new Set(rows).size);
    const withoutRow = [...served].filter((key) => !rows.includes(key) && !MIDDLEWARE.includes(key));
    const withoutRoute = rows.filter((key) => !served.has(key));
    expect({ withoutRow, withoutRoute }).toEqual({ withoutRow: [], withoutRoute: [] });
  });

  it('knows every controller route, each declaring who may call it', () => {
    const served = new Set(routerRoutes(system.api));
    const routes = controllerRoutes(system.api);
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((r) => !served.has(r.key)).map((r) => r.key)).toEqual([]);
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.controller}.${r.handler}`);
    expect(undeclared).toEqual([]);
  });

  it.each(ROWS.map((r) => [r.key, r] as const))('%s answers each caller as its row says', async (key, r) => {
    const [method, pattern] = key.split(' ');
    await forgetRateLimits();
    const actual: Record<string, number> = {};
    const answers: string[] = [];
    for (const caller of CALLERS) {
      const call = await r.send(fixtures, caller);
      const url = pattern.replace(/:(\w+)/g, (_match, name: string) => {
        const value = call.params?.[name];
        if (!value) throw new Error(`${key}: the row gives no value for :${name}`);
        return encodeURIComponent(value);
      });
      let test = open(method, url);
      if (caller !== 'anonymous') test = test.set(system.as(caller));
      if (call.query) test = test.query(call.query);
      const response = await (call.body ? test.send(call.body) : test);
      actual[caller] = response.status;
      const code = (response.body as { code?: string } | undefined)?.code;
      answers.push(`${caller} ${response.status}${code ? ` ${code}` : ''}`);
      pairsChecked++;
    }
    routesChecked++;
    const expected = Object.fromEntries(CALLERS.map((caller, i) => [caller, r.expected[i]]));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`${key}\n  expected ${JSON.stringify(expected)}\n  answered ${answers.join(', ')}`);
    }
  });

  it('documents the sign-in schemes of every route that needs one, and none on public routes', async () => {
    const response = await http.get('/api/docs-json').expect(200);
    const document = response.body as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
      components: { securitySchemes: Record<string, Record<string, string>> };
    };
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'sr_session' },
      token: { type: 'http', scheme: 'bearer' },
    });

    const routes = new Map(controllerRoutes(system.api).map((r) => [r.key, r]));
    const documented: string[] = [];
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const key = `${method.toUpperCase()} ${fromOpenApiPath(path)}`;
        documented.push(key);
        const route = routes.get(key);
        const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
        const wanted = route?.access?.public === false ? ['session', 'token'] : [];
        if (!route || JSON.stringify(schemes.sort()) !== JSON.stringify(wanted)) {
          wrong.push(`${key}: ${schemes.join(', ') || 'none'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // No undocumented route: every controller route is in the document.
    expect(documented.sort()).toEqual([...routes.keys()].sort());
  });

  function open(method: string, url: string): request.Test {
    switch (method) {
      case 'GET':
        return http.get(url);
      case 'POST':
        return http.post(url);
      case 'PUT':
        return http.put(url);
      case 'PATCH':
        return http.patch(url);
      case 'DELETE':
        return http.delete(url);
      default:
        throw new Error(`No way to call ${method} ${url} yet: add it here.`);
    }
  }
});
