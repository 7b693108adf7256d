// The rules of calls at the HTTP edge, without the worker: what advisers may create and change, what
// the public page lists, how an open call is answered (with a signal), and "I recognise this".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { readRecognitionFigures } from '@app/core';
import { CaseEntity, OutboxEntity, SignalEntity } from '@app/persistence';
import { startTestSystem, type TestSystem } from '../support/test-system';

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

const OPEN_CALL = {
  kind: 'open',
  question: 'Waar loop jij vast bij de overstap van peuteropvang naar school?',
  reason: 'We verzamelen knelpunten voor de Onderwijs-Zorg-Kinderopvang-tafel.',
  channels: ['website', 'linkedin'],
};

describe('calls at the HTTP edge', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  let caseId: string;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
    const signal = await http
      .post('/api/signals')
      .send({
        title: 'Geen plek voor de peutergroep',
        description: 'De peutergroep kan niet in de school starten omdat er geen geschikt lokaal is.',
        domains: ['childcare'],
      })
      .expect(201);
    const opened = await http
      .post(`/api/signals/${(signal.body as { id: string }).id}/open-case`)
      .set(system.as('adviser'))
      .send({ title: 'Peutergroepen zonder lokaal' })
      .expect(201);
    caseId = (opened.body as { caseId: string }).caseId;
  });

  afterAll(() => system?.close());

  function create(body: Record<string, unknown>) {
    return http.post('/api/calls').set(system.as('adviser')).send(body);
  }

  it('refuses calls that break a rule, each with a message that says which', async () => {
    const targeted = { ...OPEN_CALL, kind: 'targeted', caseId, closesAt: inAnHour() };
    const refusals: [string, Record<string, unknown>, number][] = [
      ['a close date in the past', { ...OPEN_CALL, closesAt: '2020-01-01T12:00:00Z' }, 422],
      [
        'closing before it opens',
        { ...OPEN_CALL, opensAt: inAnHour(), closesAt: new Date(Date.now() + 60_000).toISOString() },
        422,
      ],
      ['an open call about one case', { ...OPEN_CALL, caseId, closesAt: inAnHour() }, 422],
      ['a targeted call without a case', { ...targeted, caseId: undefined, audienceEveryone: true }, 422],
      ['a targeted call without an audience', targeted, 422],
      [
        'a case that does not exist',
        { ...targeted, caseId: '00000000-0000-4000-8000-000000000000', audienceEveryone: true },
        404,
      ],
      ['a date that is no date', { ...OPEN_CALL, closesAt: 'morgen' }, 400],
      ['no channel', { ...OPEN_CALL, channels: [], closesAt: inAnHour() }, 400],
    ];
    for (const [label, body, status] of refusals) {
      const response = await create(body);
      expect({ label, status: response.status }).toEqual({ label, status });
      expect((response.body as { message: string }).message).toEqual(expect.any(String));
    }
    const archivedCase = await system.dataSource.getRepository(CaseEntity).save({
      reference: 'KP-TEST-1',
      title: 'Gearchiveerd',
      step: 'archived',
    });
    const wrongStep = await create({ ...targeted, caseId: archivedCase.id, audienceEveryone: true }).expect(
      422,
    );
    expect(wrongStep.body).toMatchObject({ code: 'rule_violated' });
  });

  it('lets a draft change freely, a published call only its close date, and plans the close job', async () => {
    const draft = (await create({ ...OPEN_CALL, closesAt: inAnHour() }).expect(201)).body as {
      id: string;
      version: number;
    };
    await http
      .patch(`/api/calls/${draft.id}`)
      .set(system.as('adviser'))
      .send({ question: 'Waar loop jij vast bij de overstap naar de basisschool?', expectedVersion: 1 })
      .expect(200);
    await http
      .post(`/api/calls/${draft.id}/publish`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 1 })
      .expect(409);
    const published = await http
      .post(`/api/calls/${draft.id}/publish`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 2 })
      .expect(200);
    expect(published.body).toMatchObject({
      status: 'published',
      audienceSize: null,
      isPublic: true,
      version: 3,
    });
    await http
      .post(`/api/calls/${draft.id}/publish`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 3 })
      .expect(409);

    const refused = await http
      .patch(`/api/calls/${draft.id}`)
      .set(system.as('adviser'))
      .send({ question: 'Een andere vraag na het publiceren?', expectedVersion: 3 })
      .expect(409);
    expect(refused.body).toMatchObject({ details: { fields: ['question'] } });

    const later = new Date(Date.now() + 2 * 3600_000);
    await http
      .patch(`/api/calls/${draft.id}`)
      .set(system.as('adviser'))
      .send({ closesAt: later.toISOString(), expectedVersion: 3 })
      .expect(200);
    const closeJobs = await system.dataSource
      .getRepository(OutboxEntity)
      .find({ where: { jobName: 'recognition.tally' }, order: { id: 'ASC' } });
    const mine = closeJobs.filter((job) => job.payload.callId === draft.id);
    expect(mine.map((job) => job.runAt?.getTime())).toEqual([
      new Date((published.body as { closesAt: string }).closesAt).getTime(),
      later.getTime(),
    ]);
  });

  it('lists only published public calls that are open now, and takes signals that answer an open call', async () => {
    const open = (await create({ ...OPEN_CALL, closesAt: inAnHour() }).expect(201)).body as { id: string };
    const hidden = (
      await create({
        ...OPEN_CALL,
        kind: 'targeted',
        caseId,
        audienceEveryone: true,
        closesAt: inAnHour(),
      }).expect(201)
    ).body as { id: string };
    await http.get(`/api/public/calls/${open.id}`).expect(404);
    await http
      .post(`/api/calls/${open.id}/publish`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 1 })
      .expect(200);
    await http
      .post(`/api/calls/${hidden.id}/publish`)
      .set(system.as('adviser'))
      .send({ expectedVersion: 1 })
      .expect(200);

    const listed = await http.get('/api/public/calls').expect(200);
    const ids = (listed.body as { id: string }[]).map((call) => call.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(hidden.id);
    await http.get(`/api/public/calls/${hidden.id}`).expect(404);

    const answered = await http
      .post('/api/signals')
      .send({
        title: 'Overdracht van peuteropvang naar school loopt mis',
        description: 'Informatie over het kind komt niet bij de school aan omdat toestemming ontbreekt.',
        domains: ['childcare', 'education'],
        callId: open.id,
      })
      .expect(201);
    const stored = await system.dataSource
      .getRepository(SignalEntity)
      .findOneByOrFail({ id: (answered.body as { id: string }).id });
    expect(stored.callId).toBe(open.id);

    const wrong = await http
      .post('/api/signals')
      .send({
        title: 'Een signaal bij een gerichte oproep',
        description: 'Dit hoort bij een gerichte oproep en kan dus niet als signaal binnenkomen.',
        domains: ['care'],
        callId: hidden.id,
      })
      .expect(422);
    expect(wrong.body).toMatchObject({ code: 'rule_violated', details: { field: 'callId' } });
  });

  it('lets members say "I recognise this" once on a shared case, counted as evidence', async () => {
    await http.put(`/api/shared-cases/${caseId}/recognition`).set(system.as('member')).send({}).expect(404);
    await system.dataSource
      .getRepository(CaseEntity)
      .update({ id: caseId }, { step: 'sharing', titleReviewed: true });

    await http
      .put('/api/me/profile')
      .set(system.as('member'))
      .send({ domains: ['childcare'], region: 'Deventer', organisationType: 'childcare_organisation' })
      .expect(200);
    for (let i = 0; i < 2; i += 1) {
      const endorsed = await http
        .put(`/api/shared-cases/${caseId}/recognition`)
        .set(system.as('member'))
        .send({});
      expect(endorsed.status).toBe(200);
      expect(endorsed.body).toMatchObject({ id: caseId, recognisedBy: 1, recognisedByMe: true });
    }
    const figures = await readRecognitionFigures(system.dataSource.manager, caseId, null);
    expect(figures).toMatchObject({
      respondents: 1,
      endorsements: 1,
      byDomain: { childcare: 1 },
      byRegion: { deventer: 1 },
    });

    const withdrawn = await http
      .delete(`/api/shared-cases/${caseId}/recognition`)
      .set(system.as('member'))
      .expect(200);
    expect(withdrawn.body).toMatchObject({ recognisedBy: 0, recognisedByMe: false });
  });

  it('refuses thresholds where "partly" asks more than "broad"', async () => {
    const response = await http
      .put('/api/settings/recognition-thresholds')
      .set(system.as('admin'))
      .send({ minRespondents: 5, broadShare: 0.5, broadMinDomains: 2, broadMinRegions: 2, partialShare: 0.7 })
      .expect(422);
    expect(response.body).toMatchObject({ code: 'rule_violated' });
    const current = await http
      .get('/api/settings/recognition-thresholds')
      .set(system.as('adviser'))
      .expect(200);
    expect(current.body).toMatchObject({ broadShare: 0.6, partialShare: 0.3 });
  });
});
