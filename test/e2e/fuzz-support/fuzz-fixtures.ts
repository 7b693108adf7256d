// Real rows for the fuzz tests to aim at, so generated requests reach the handlers' logic (not only a
// 404 for an unknown id): a case per step that matters, a call, a table with an agenda item, a
// publication with a finding, prepared feedback, and the private links of each kind.
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
import type { TestSystem } from '../../support/test-system';
import type { Operation } from './openapi-operations';

export interface FuzzFixtures {
  /** Real values per path parameter, by the documented path's first segments. */
  realValues(operation: Operation, parameter: string): string[];
  allIds: string[];
  /** Ids that fit a body or query field by its name (caseIds: a case that may be published about). */
  idsFor(field: string): string[];
}

const SIGNAL = {
  title: 'Geen plek voor de peutergroep',
  description: 'De peutergroep kan niet in de school starten omdat er geen geschikt lokaal beschikbaar is.',
  domains: ['childcare'],
};

export async function createFuzzFixtures(system: TestSystem): Promise<FuzzFixtures> {
  const http = request(system.api.getHttpServer());
  const db = system.dataSource;
  const adviser = system.as('adviser');

  const submit = async (headers: Record<string, string> = {}, extra: object = {}) => {
    const response = await http
      .post('/api/signals')
      .set(headers)
      .send({ ...SIGNAL, ...extra })
      .expect(201);
    const body = response.body as { id: string; trackingUrl: string };
    return { id: body.id, token: body.trackingUrl.split('/').pop() ?? '' };
  };
  const version = async (id: string) => (await db.getRepository(CaseEntity).findOneByOrFail({ id })).version;
  const openCase = async () => {
    const { id } = await submit();
    const opened = await http.post(`/api/signals/${id}/open-case`).set(adviser).send({}).expect(201);
    return (opened.body as { caseId: string }).caseId;
  };
  const move = async (caseId: string, body: object) =>
    http
      .post(`/api/cases/${caseId}/transitions`)
      .set(adviser)
      .send({ ...body, expectedVersion: await version(caseId) })
      .expect(200);

  const signal = await submit(
    {},
    { email: 'melder@example.nl', consent: { contact: true, publication: true } },
  );
  const triageSignal = await submit();
  const memberSignal = await submit(system.as('member'));
  const mail = await db.getRepository(MailMessageEntity).findOneByOrFail({ signalId: signal.id });

  const recognitionCaseId = await openCase();
  await db.getRepository(CaseEntity).update({ id: recognitionCaseId }, { titleReviewed: true });
  const agendaCaseId = await openCase();
  await move(agendaCaseId, {
    to: 'agenda',
    reason: 'Al breed herkend; de oorzaak is duidelijk.',
    handlingOption: 'agenda_lobby',
  });
  await db.getRepository(CaseEntity).update({ id: agendaCaseId }, { titleReviewed: true });
  const deepeningCaseId = await openCase();
  await move(deepeningCaseId, { to: 'deepening' });
  const staffAssignment = await db
    .getRepository(CaseAssignmentEntity)
    .save({ caseId: deepeningCaseId, expertId: system.users.expert.id, assignedById: null });
  const expertLink = newSecretToken();
  await db.getRepository(CaseAssignmentEntity).insert({
    caseId: deepeningCaseId,
    expertId: null,
    externalName: 'Externe expert',
    externalEmail: 'extern@example.nl',
    accessTokenHash: expertLink.hash,
    accessExpiresAt: new Date(Date.now() + 24 * 3600 * 1000),
    dueOn: '2099-01-01',
  });

  const table = await db.getRepository(NationalTableEntity).save({ name: 'OZK-tafel', kind: 'table' });
  await db.getRepository(TableLiaisonEntity).insert({ tableId: table.id, userId: system.users.liaison.id });
  const item = await db
    .getRepository(AgendaItemEntity)
    .save({ caseId: agendaCaseId, tableId: table.id, ask: 'Wat vragen we van deze tafel?' });
  const theme = await db.getRepository(ThemeEntity).save({ name: 'Sociaal netwerk versterkend werken' });

  const draftCall = await http
    .post('/api/calls')
    .set(adviser)
    .send({
      kind: 'open',
      question: 'Waar loop jij vast in de samenwerking rond een kind?',
      reason: 'We verzamelen knelpunten voor de landelijke tafel.',
      channels: ['website'],
      closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
    })
    .expect(201);
  const publishedCall = await db.getRepository(CallEntity).save({
    kind: 'targeted',
    caseId: recognitionCaseId,
    question: 'Herken jij dit knelpunt?',
    reason: 'We toetsen of het breder speelt.',
    channels: ['website'],
    opensAt: new Date(Date.now() - 60_000),
    closesAt: new Date(Date.now() + 3600_000),
    audienceEveryone: true,
    isPublic: true,
    status: 'published',
  });
  const invitation = newSecretToken();
  await db
    .getRepository(CallInvitationEntity)
    .insert({ callId: publishedCall.id, userId: system.users.member.id, tokenHash: invitation.hash });

  const publication = async (fields: Partial<PublicationEntity>) => {
    const saved = await db.getRepository(PublicationEntity).save({
      kind: 'interview',
      title: 'Een interview over de peutergroep',
      body: 'Wat het netwerk leerde.',
      status: 'draft',
      ...fields,
    });
    await db.getRepository(PublicationCaseEntity).insert({ publicationId: saved.id, caseId: agendaCaseId });
    return saved.id;
  };
  const draftPublication = await publication({});
  const reviewPublication = await publication({ status: 'review', checkedVersion: 1 });
  const publishedPublication = await publication({
    status: 'published',
    checkedVersion: 1,
    publishedAt: new Date(),
  });
  const finding = await db.getRepository(PublicationFindingEntity).save({
    publicationId: reviewPublication,
    kind: 'person_name',
    field: 'body',
    matchedText: 'Emma',
    start: 0,
    end: 4,
    foundInVersion: 1,
  });

  const feedbackCaseId = await openCase();
  await db
    .getRepository(CaseEntity)
    .update({ id: feedbackCaseId }, { step: 'feedback', titleReviewed: true });
  await db.getRepository(FeedbackMessageEntity).insert({
    caseId: feedbackCaseId,
    whatHappenedNl: 'Het knelpunt is opgepakt.',
    whatHappenedEn: 'The bottleneck was taken up.',
    stepsTakenNl: '- Toetsen',
    stepsTakenEn: '- Testing',
    achievedNl: 'Het knelpunt is niet bij een landelijke tafel ingebracht.',
    achievedEn: 'The bottleneck was not brought to a national table.',
  });
  const feedbackLink = newSecretToken();
  const recipient = await db.getRepository(FeedbackRecipientEntity).save({
    caseId: feedbackCaseId,
    kind: 'submitter',
    email: 'melder2@example.nl',
    responseTokenHash: feedbackLink.hash,
  });

  // A user the fuzzed admin routes may change or deactivate, never one of the callers.
  const spareUser = await db.getRepository(UserEntity).save({
    email: 'reserve@test.signaalroute.nl',
    displayName: 'Reserve',
    role: 'expert',
    passwordHash: null,
  });

  const caseIds = [recognitionCaseId, agendaCaseId, deepeningCaseId, feedbackCaseId];
  const byPrefix: [RegExp, Record<string, string[]>][] = [
    [/^\/api\/signals\//, { id: [signal.id, triageSignal.id, memberSignal.id] }],
    [/^\/api\/me\/signals\//, { id: [memberSignal.id, signal.id] }],
    [/^\/api\/track\//, { token: [signal.token, memberSignal.token] }],
    [/^\/api\/cases\/\{id\}\/experts/, { id: [deepeningCaseId], assignmentId: [staffAssignment.id] }],
    [/^\/api\/cases\/\{id\}\/feedback/, { id: [feedbackCaseId], recipientId: [recipient.id] }],
    [/^\/api\/(cases|shared-cases)\//, { id: caseIds }],
    [/^\/api\/assignments\//, { assignmentId: [staffAssignment.id] }],
    [/^\/api\/expert-links\//, { token: [expertLink.token] }],
    [/^\/api\/mail\//, { id: [mail.id] }],
    [/^\/api\/(public\/)?calls\//, { id: [publishedCall.id, (draftCall.body as { id: string }).id] }],
    [/^\/api\/call-invitations\//, { token: [invitation.token] }],
    [/^\/api\/tables\//, { id: [table.id] }],
    [/^\/api\/themes\//, { id: [theme.id] }],
    [/^\/api\/agenda-items\//, { id: [item.id] }],
    [
      /^\/api\/(publications|public\/insights)\//,
      { id: [draftPublication, reviewPublication, publishedPublication], findingId: [finding.id] },
    ],
    [/^\/api\/public\/feedback\//, { token: [feedbackLink.token] }],
    [/^\/api\/users\//, { id: [spareUser.id] }],
  ];
  const allIds = [
    ...caseIds,
    signal.id,
    table.id,
    theme.id,
    item.id,
    publishedCall.id,
    draftPublication,
    spareUser.id,
    system.users.expert.id,
    system.users.liaison.id,
  ];
  const byField: Record<string, string[]> = {
    caseId: [agendaCaseId, recognitionCaseId],
    caseIds: [agendaCaseId],
    callId: [publishedCall.id],
    signalId: [signal.id],
    expertId: [system.users.expert.id],
    userId: [system.users.liaison.id],
    userIds: [system.users.liaison.id],
    themeId: [theme.id],
    tableId: [table.id],
  };
  return {
    allIds,
    idsFor: (field) => byField[field] ?? allIds,
    realValues(operation, parameter) {
      const match = byPrefix.find(([pattern]) => pattern.test(operation.path));
      return match?.[1][parameter] ?? [];
    },
  };
}
