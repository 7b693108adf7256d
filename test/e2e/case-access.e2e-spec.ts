// Who sees which case: advisers and admins every case, experts the cases assigned to them, liaisons
// the cases with an agenda item at one of their tables; a case someone may not see answers exactly like
// one that does not exist. No case view names a submitter. Experts are assigned and removed by advisers and admins.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  AgendaItemEntity,
  AuditLogEntity,
  CaseAssignmentEntity,
  CaseEntity,
  NationalTableEntity,
  SignalEntity,
  TableLiaisonEntity,
  UserEntity,
} from '@app/persistence';
import { addDays, dutchToday, type CaseStep } from '@app/workflow';
import { startTestSystem, type TestSystem } from '../support/test-system';

interface CaseDetail {
  id: string;
  step: CaseStep;
  version: number;
  experts: { assignmentId: string; kind: string; displayName: string; dueOn: string | null }[];
  signals: Record<string, unknown>[];
  history: { to: string; actorRole: string; actorId: string | null }[];
}

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
}

/** A due date two weeks ahead (Dutch calendar date). */
const DUE_ON = addDays(dutchToday(), 14);

const SUBMITTER = {
  email: 'ouder.jansen@example.nl',
  organisation: 'Kindcentrum De Regenboog',
};

describe('case access', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  /** One case per step a test needs, each with a signal whose submitter left their details. */
  const cases = {} as Record<
    'recognition' | 'deepening' | 'agenda' | 'feedback' | 'closed' | 'archived',
    string
  >;
  let assigned: string;
  /** A table the test liaison is not (yet) a liaison of; the closed case is on its agenda. */
  let otherTableId: string;

  async function openCase(title: string): Promise<{ caseId: string; signalId: string }> {
    const submitted = await http
      .post('/api/signals')
      .send({
        title,
        description: 'De peutergroep kan niet in de school starten omdat er geen lokaal beschikbaar is.',
        domains: ['childcare'],
        ...SUBMITTER,
        consent: { contact: true, publication: false },
      })
      .expect(201);
    const signalId = (submitted.body as { id: string }).id;
    const opened = await http
      .post(`/api/signals/${signalId}/open-case`)
      .set(system.as('adviser'))
      .send({})
      .expect(201);
    return { caseId: (opened.body as { caseId: string }).caseId, signalId };
  }

  async function move(caseId: string, to: CaseStep, extra: Record<string, unknown> = {}): Promise<void> {
    const { version } = await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: caseId });
    await http
      .post(`/api/cases/${caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to, expectedVersion: version, ...extra })
      .expect(200);
  }

  async function listIds(role: 'adviser' | 'admin' | 'expert' | 'liaison', query = ''): Promise<string[]> {
    const response = await http.get(`/api/cases${query}`).set(system.as(role)).expect(200);
    return (response.body as { items: { id: string }[] }).items.map((item) => item.id);
  }

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());

    for (const step of Object.keys({
      recognition: 0,
      deepening: 0,
      agenda: 0,
      feedback: 0,
      closed: 0,
      archived: 0,
    }) as (keyof typeof cases)[]) {
      const { caseId, signalId } = await openCase(`Knelpunt in stap ${step}`);
      cases[step] = caseId;
      // A signed-in member's submission: their account must not show through the case either.
      await system.dataSource
        .getRepository(SignalEntity)
        .update(signalId, { submittedById: system.users.member.id });
    }
    await move(cases.deepening, 'deepening');
    const toAgenda = { reason: 'Al breed herkend.', handlingOption: 'policy_framework' };
    for (const step of ['agenda', 'feedback', 'closed'] as const) await move(cases[step], 'agenda', toAgenda);
    await move(cases.archived, 'archived', { reason: 'Niet herkend.' });
    // Put in feedback and closed directly (quicker than taking agenda items to an outcome and feedback
    // to everyone), to check what a liaison sees of them.
    const repository = system.dataSource.getRepository(CaseEntity);
    await repository.update(cases.feedback, { step: 'feedback' });
    await repository.update(cases.closed, { step: 'closed' });

    // The test liaison's table has the agenda and feedback cases on its agenda; the closed case is on
    // the agenda of another table only.
    const tables = system.dataSource.getRepository(NationalTableEntity);
    const mine = await tables.save({ name: 'OZK-tafel', kind: 'table' });
    otherTableId = (await tables.save({ name: 'VNG', kind: 'association' })).id;
    await system.dataSource
      .getRepository(TableLiaisonEntity)
      .insert({ tableId: mine.id, userId: system.users.liaison.id });
    const items = system.dataSource.getRepository(AgendaItemEntity);
    for (const step of ['agenda', 'feedback'] as const) {
      await items.insert({ caseId: cases[step], tableId: mine.id, ask: 'Wat vragen we van deze tafel?' });
    }
    await items.insert({ caseId: cases.closed, tableId: otherTableId, ask: 'Wat vragen we van de VNG?' });

    assigned = cases.recognition;
    await http
      .post(`/api/cases/${assigned}/experts`)
      .set(system.as('adviser'))
      .send({ expertId: system.users.expert.id, dueOn: DUE_ON })
      .expect(200);
  });

  afterAll(async () => {
    await system?.close();
  });

  it('shows advisers and admins every case', async () => {
    for (const role of ['adviser', 'admin'] as const) {
      expect(new Set(await listIds(role))).toEqual(new Set(Object.values(cases)));
      for (const id of Object.values(cases)) {
        await http.get(`/api/cases/${id}`).set(system.as(role)).expect(200);
      }
    }
  });

  it('shows an expert only the cases assigned to them, and the rest as if they did not exist', async () => {
    const expert = system.as('expert');
    expect(await listIds('expert')).toEqual([assigned]);
    expect(await listIds('expert', '?step=agenda')).toEqual([]);
    const detail = await http.get(`/api/cases/${assigned}`).set(expert).expect(200);
    expect((detail.body as CaseDetail).id).toBe(assigned);
    await http.get(`/api/cases/${assigned}/transitions`).set(expert).expect(200);

    const hidden = cases.agenda;
    const unknown = randomUUID();
    for (const path of ['', '/transitions']) {
      const notSeen = await http.get(`/api/cases/${hidden}${path}`).set(expert).expect(404);
      const notThere = await http.get(`/api/cases/${unknown}${path}`).set(expert).expect(404);
      expect(pick(notSeen.body as ErrorBody)).toEqual(pick(notThere.body as ErrorBody));
    }
    const { version } = await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: hidden });
    const moved = await http
      .post(`/api/cases/${hidden}/transitions`)
      .set(expert)
      .send({ to: 'feedback', expectedVersion: version })
      .expect(404);
    expect((moved.body as ErrorBody).code).toBe('not_found');
  });

  it('shows an expert a case from the moment it is assigned until it is taken off them', async () => {
    const expert = system.as('expert');
    const adviser = system.as('adviser');
    const id = cases.deepening;
    await http.get(`/api/cases/${id}`).set(expert).expect(404);
    const assignedList = await http
      .post(`/api/cases/${id}/experts`)
      .set(adviser)
      .send({ expertId: system.users.expert.id, dueOn: DUE_ON })
      .expect(200);
    const [{ assignmentId }] = assignedList.body as CaseDetail['experts'];
    await http.get(`/api/cases/${id}`).set(expert).expect(200);
    expect(new Set(await listIds('expert'))).toEqual(new Set([assigned, id]));
    await http.delete(`/api/cases/${id}/experts/${assignmentId}`).set(adviser).expect(204);
    await http.get(`/api/cases/${id}`).set(expert).expect(404);
    expect(await listIds('expert')).toEqual([assigned]);
  });

  it('shows a liaison exactly the cases with an agenda item at one of their tables, whatever their step', async () => {
    const liaison = system.as('liaison');
    const visible = [cases.agenda, cases.feedback];
    expect(new Set(await listIds('liaison'))).toEqual(new Set(visible));
    expect(await listIds('liaison', '?step=recognition')).toEqual([]);
    for (const id of visible) await http.get(`/api/cases/${id}`).set(liaison).expect(200);
    // The closed case is on another table's agenda only: hidden like a case in any earlier step.
    for (const id of [cases.closed, cases.recognition, cases.deepening, cases.archived]) {
      await http.get(`/api/cases/${id}`).set(liaison).expect(404);
      await http.get(`/api/cases/${id}/transitions`).set(liaison).expect(404);
    }
    // Made liaison of that table, they see its case; taken off again, they no longer do.
    const liaisons = system.dataSource.getRepository(TableLiaisonEntity);
    await liaisons.insert({ tableId: otherTableId, userId: system.users.liaison.id });
    expect(new Set(await listIds('liaison'))).toEqual(new Set([...visible, cases.closed]));
    await http.get(`/api/cases/${cases.closed}`).set(liaison).expect(200);
    await liaisons.delete({ tableId: otherTableId, userId: system.users.liaison.id });
    await http.get(`/api/cases/${cases.closed}`).set(liaison).expect(404);
  });

  it('names no submitter in any case view, for any role', async () => {
    const secrets = [
      SUBMITTER.email,
      SUBMITTER.organisation,
      system.users.member.email,
      system.users.member.displayName,
    ];
    const views: [string, string][] = [
      ['expert', `/api/cases/${assigned}`],
      ['expert', '/api/cases'],
      ['liaison', `/api/cases/${cases.agenda}`],
      ['liaison', '/api/cases'],
      ['adviser', `/api/cases/${assigned}`],
      ['admin', `/api/cases/${cases.agenda}`],
    ];
    for (const [role, path] of views) {
      const response = await http
        .get(path)
        .set(system.as(role as 'expert'))
        .expect(200);
      const text = JSON.stringify(response.body);
      for (const secret of secrets)
        expect({ path, role, leaks: text.includes(secret) }).toEqual({ path, role, leaks: false });
      // The one name a case view has is an assigned expert's displayName; submittedAt is when an
      // expert's analysis came in, not anything about who sent a signal.
      const personal = keysOf(response.body).filter(
        (key) =>
          !['displayName', 'submittedAt'].includes(key) &&
          /mail|organisation|submit|consent|name|phone/i.test(key),
      );
      expect({ path, role, personal }).toEqual({ path, role, personal: [] });
    }
    const detail = (await http.get(`/api/cases/${assigned}`).set(system.as('expert')).expect(200))
      .body as CaseDetail;
    // The signals are there, so the check above looked at something: only not who sent them.
    expect(detail.signals).toHaveLength(1);
    expect(Object.keys(detail.signals[0]).sort()).toEqual(['id', 'linkedAt', 'reference', 'step', 'title']);
    // The only name in a case view is that of an assigned expert.
    expect(detail.experts).toEqual([
      {
        assignmentId: expect.any(String),
        kind: 'staff',
        displayName: system.users.expert.displayName,
        dueOn: DUE_ON,
        analysisStatus: 'none',
        submittedAt: null,
        overdue: false,
      },
    ]);
  });

  it('checks the transition table against the role of the caller', async () => {
    // Experts take no step in the table: their own case answers 403, by their role, not by the route.
    const { version } = await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: assigned });
    const byExpert = await http
      .post(`/api/cases/${assigned}/transitions`)
      .set(system.as('expert'))
      .send({ to: 'deepening', expectedVersion: version })
      .expect(403);
    expect((byExpert.body as ErrorBody).code).toBe('role_not_allowed');
    const expertView = await http.get(`/api/cases/${assigned}`).set(system.as('expert')).expect(200);
    expect((expertView.body as { allowedTransitions: unknown[] }).allowedTransitions).toEqual([]);

    // A liaison may report back from the agenda; the guard, not the role, stops it (its agenda item has
    // no outcome yet).
    const agenda = await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: cases.agenda });
    const byLiaison = await http
      .post(`/api/cases/${cases.agenda}/transitions`)
      .set(system.as('liaison'))
      .send({ to: 'feedback', expectedVersion: agenda.version })
      .expect(422);
    expect((byLiaison.body as ErrorBody).code).toBe('guard_failed');
    const archiveByLiaison = await http
      .post(`/api/cases/${cases.agenda}/transitions`)
      .set(system.as('liaison'))
      .send({ to: 'archived', reason: 'Niet meer nodig.', expectedVersion: agenda.version })
      .expect(403);
    expect((archiveByLiaison.body as ErrorBody).code).toBe('role_not_allowed');

    // The step history names the real caller.
    const adviserId = system.users.adviser.id;
    const moved = await http
      .post(`/api/cases/${cases.deepening}/transitions`)
      .set(system.as('admin'))
      .send({
        to: 'archived',
        reason: 'Dubbel.',
        expectedVersion: (
          await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id: cases.deepening })
        ).version,
      })
      .expect(200);
    const history = (moved.body as CaseDetail).history;
    expect(history.at(-1)).toMatchObject({
      to: 'archived',
      actorRole: 'admin',
      actorId: system.users.admin.id,
    });
    expect(history.at(-2)).toMatchObject({ to: 'deepening', actorRole: 'adviser', actorId: adviserId });
  });

  describe('assigning experts', () => {
    it('assigns an active expert once, however often asked, and logs who did it', async () => {
      const { caseId: id } = await openCase('Knelpunt voor een expert');
      const expertId = system.users.expert.id;
      const first = await http
        .post(`/api/cases/${id}/experts`)
        .set(system.as('admin'))
        .send({ expertId, dueOn: DUE_ON })
        .expect(200);
      const again = await http
        .post(`/api/cases/${id}/experts`)
        .set(system.as('adviser'))
        .send({ expertId, dueOn: DUE_ON })
        .expect(200);
      const expected = [
        {
          assignmentId: expect.any(String),
          kind: 'staff',
          displayName: system.users.expert.displayName,
          dueOn: DUE_ON,
          analysisStatus: 'none',
          submittedAt: null,
          overdue: false,
        },
      ];
      expect(first.body).toEqual(expected);
      expect(again.body).toEqual(first.body);
      expect(await system.dataSource.getRepository(CaseAssignmentEntity).countBy({ caseId: id })).toBe(1);
      const audit = await system.dataSource
        .getRepository(AuditLogEntity)
        .findBy({ action: 'expert_assigned', subjectId: id });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: system.users.admin.id,
        subjectType: 'case',
        details: { expertId, dueOn: DUE_ON, external: false },
      });
      const detail = await http.get(`/api/cases/${id}`).set(system.as('adviser')).expect(200);
      expect((detail.body as CaseDetail).experts).toEqual(first.body);
    });

    it('assigns only while a case is in recognition or deepening', async () => {
      for (const id of [cases.agenda, cases.closed, cases.archived]) {
        const refused = await http
          .post(`/api/cases/${id}/experts`)
          .set(system.as('adviser'))
          .send({ expertId: system.users.expert.id, dueOn: DUE_ON })
          .expect(409);
        expect((refused.body as ErrorBody).code).toBe('conflict');
      }
    });

    it('refuses anyone who is not an active expert with 422', async () => {
      const { caseId: id } = await openCase('Knelpunt zonder geldige expert');
      const inactive = await system.dataSource.getRepository(UserEntity).save({
        email: 'oud-expert@test.signaalroute.nl',
        displayName: 'Oud-expert',
        role: 'expert',
        active: false,
      });
      for (const expertId of [system.users.liaison.id, system.users.member.id, inactive.id, randomUUID()]) {
        const refused = await http
          .post(`/api/cases/${id}/experts`)
          .set(system.as('adviser'))
          .send({ expertId, dueOn: DUE_ON })
          .expect(422);
        expect((refused.body as ErrorBody).code).toBe('invalid_assignment');
      }
      expect(await system.dataSource.getRepository(CaseAssignmentEntity).countBy({ caseId: id })).toBe(0);
      await http
        .post(`/api/cases/${id}/experts`)
        .set(system.as('adviser'))
        .send({ expertId: 'x', dueOn: DUE_ON })
        .expect(400);
      await http.post(`/api/cases/${id}/experts`).set(system.as('adviser')).send({}).expect(400);
      await http
        .post(`/api/cases/${randomUUID()}/experts`)
        .set(system.as('adviser'))
        .send({ expertId: system.users.expert.id, dueOn: DUE_ON })
        .expect(404);
    });

    it('takes an expert off a case, again without harm, and logs it once', async () => {
      const { caseId: id } = await openCase('Knelpunt waar de expert weer af gaat');
      const expertId = system.users.expert.id;
      const list = await http
        .post(`/api/cases/${id}/experts`)
        .set(system.as('adviser'))
        .send({ expertId, dueOn: DUE_ON })
        .expect(200);
      const [{ assignmentId }] = list.body as CaseDetail['experts'];
      await http.get(`/api/cases/${id}`).set(system.as('expert')).expect(200);
      await http.delete(`/api/cases/${id}/experts/${assignmentId}`).set(system.as('adviser')).expect(204);
      await http.delete(`/api/cases/${id}/experts/${assignmentId}`).set(system.as('adviser')).expect(204);
      await http.get(`/api/cases/${id}`).set(system.as('expert')).expect(404);
      const detail = await http.get(`/api/cases/${id}`).set(system.as('adviser')).expect(200);
      expect((detail.body as CaseDetail).experts).toEqual([]);
      expect(
        await system.dataSource
          .getRepository(AuditLogEntity)
          .countBy({ action: 'expert_unassigned', subjectId: id }),
      ).toBe(1);
      await http
        .delete(`/api/cases/${randomUUID()}/experts/${assignmentId}`)
        .set(system.as('adviser'))
        .expect(404);
    });

    it('is for advisers and admins only', async () => {
      const [assignment] = await system.dataSource
        .getRepository(CaseAssignmentEntity)
        .findBy({ caseId: assigned });
      for (const role of ['member', 'expert', 'liaison'] as const) {
        await http
          .post(`/api/cases/${assigned}/experts`)
          .set(system.as(role))
          .send({ expertId: system.users.expert.id, dueOn: DUE_ON })
          .expect(403);
        await http.delete(`/api/cases/${assigned}/experts/${assignment.id}`).set(system.as(role)).expect(403);
      }
      expect(await system.dataSource.getRepository(CaseAssignmentEntity).countBy({ caseId: assigned })).toBe(
        1,
      );
    });
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
