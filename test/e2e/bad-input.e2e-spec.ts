// Every route answers wrong input with a clear 4xx (never a 500), in Dutch by default and English on
// request, stores nothing from a rejected request, and checks who is calling.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { SignalEntity } from '@app/persistence';
import { startTestSystem, type TestSystem } from '../support/test-system';

const valid = {
  title: 'Geen plek voor de peutergroep',
  description: 'De peutergroep kan niet in de school starten omdat er geen geschikt lokaal beschikbaar is.',
  domains: ['childcare'],
};

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  correlationId: string;
}

describe('bad input and access', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await system?.close();
  });

  async function signalCount(): Promise<number> {
    return system.dataSource.getRepository(SignalEntity).count();
  }

  const badSubmissions: [string, Record<string, unknown>, string][] = [
    ['a missing title', { ...valid, title: undefined }, 'title'],
    ['an empty title', { ...valid, title: '   ' }, 'title'],
    ['a title that is too long', { ...valid, title: 'x'.repeat(201) }, 'title'],
    ['a description that is too short', { ...valid, description: 'kort' }, 'description'],
    ['a description that is too long', { ...valid, description: 'x'.repeat(10_001) }, 'description'],
    ['no domains', { ...valid, domains: [] }, 'domains'],
    ['an unknown domain', { ...valid, domains: ['space'] }, 'domains'],
    ['domains that are not a list', { ...valid, domains: 'childcare' }, 'domains'],
    ['a duplicate domain', { ...valid, domains: ['care', 'care'] }, 'domains'],
    ['an unknown kind', { ...valid, kind: 'complaint' }, 'kind'],
    ['an unknown channel', { ...valid, channel: 'fax' }, 'channel'],
    ['an unknown submitter role', { ...valid, submitterRole: 'king' }, 'submitterRole'],
    [
      'a bad e-mail address',
      { ...valid, email: 'not-an-address', consent: { contact: true, publication: false } },
      'email',
    ],
    ['consent that is not an object', { ...valid, consent: 'yes' }, 'consent'],
    [
      'consent.contact that is not a boolean',
      { ...valid, consent: { contact: 'yes', publication: false } },
      'consent.contact',
    ],
    ['an unknown field', { ...valid, priority: 'high' }, 'priority'],
    ['a call id that is no uuid', { ...valid, callId: '12' }, 'callId'],
    ['a title that is a number', { ...valid, title: 12345 }, 'title'],
    ['an e-mail address without consent to contact', { ...valid, email: 'a@b.nl' }, 'consent.contact'],
    [
      'consent to contact without an e-mail address',
      { ...valid, consent: { contact: true, publication: false } },
      'email',
    ],
  ];

  it.each(badSubmissions)('rejects a submission with %s, naming the field', async (_case, body, field) => {
    const before = await signalCount();
    const response = await http.post('/api/signals').send(body).expect(400);
    const error = response.body as ErrorBody;
    expect(error.code).toBe('validation_failed');
    expect(error.errors?.map((e) => e.field)).toContain(field);
    expect(error.correlationId).toEqual(expect.any(String));
    expect(await signalCount()).toBe(before);
  });

  it('explains errors in Dutch by default and in English on request', async () => {
    const dutch = await http
      .post('/api/signals')
      .send({ ...valid, title: undefined })
      .expect(400);
    expect((dutch.body as ErrorBody).message).toBe('De invoer is niet geldig.');
    expect((dutch.body as ErrorBody).errors).toContainEqual(
      expect.objectContaining({ field: 'title', message: 'Titel is verplicht.' }),
    );
    const long = await http
      .post('/api/signals')
      .send({ ...valid, title: 'x'.repeat(201) })
      .expect(400);
    expect((long.body as ErrorBody).errors).toContainEqual(
      expect.objectContaining({ field: 'title', message: 'Titel mag hoogstens 200 tekens bevatten.' }),
    );
    const english = await http
      .post('/api/signals')
      .set('Accept-Language', 'en-GB,en;q=0.9')
      .send({ ...valid, domains: ['space'] })
      .expect(400);
    expect((english.body as ErrorBody).errors?.[0].message).toMatch(/^Domains must be one of: education, /);
  });

  it('rejects malformed and oversized bodies with a 4xx', async () => {
    const malformed = await http
      .post('/api/signals')
      .set('Content-Type', 'application/json')
      .send('{"title": "half')
      .expect(400);
    expect((malformed.body as ErrorBody).code).toBe('malformed_body');
    const huge = await http
      .post('/api/signals')
      .send({ ...valid, description: 'x'.repeat(200_000) })
      .expect(413);
    expect((huge.body as ErrorBody).code).toBe('payload_too_large');
    const notAnObject = await http.post('/api/signals').send([valid]);
    expect(notAnObject.status).toBe(400);
  });

  it('replays a retried submission with the same Idempotency-Key instead of storing it twice', async () => {
    const key = randomUUID();
    const first = await http.post('/api/signals').set('Idempotency-Key', key).send(valid).expect(201);
    const retry = await http.post('/api/signals').set('Idempotency-Key', key).send(valid).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const concurrent = await Promise.all(
      [1, 2, 3].map(() => http.post('/api/signals').set('Idempotency-Key', `${key}-c`).send(valid)),
    );
    expect(new Set(concurrent.map((r) => (r.body as { id: string }).id)).size).toBe(1);
    const stored = await system.dataSource.getRepository(SignalEntity).countBy({ title: valid.title });
    expect(stored).toBe(2);

    const reused = await http
      .post('/api/signals')
      .set('Idempotency-Key', key)
      .send({ ...valid, title: 'Een ander knelpunt' })
      .expect(422);
    expect((reused.body as ErrorBody).code).toBe('idempotency_conflict');
    await http.post('/api/signals').set('Idempotency-Key', 'short').send(valid).expect(400);
  });

  const staffRoutes: [string, string][] = [
    ['get', '/api/signals'],
    ['get', `/api/signals/${randomUUID()}`],
    ['post', `/api/signals/${randomUUID()}/link`],
    ['post', `/api/signals/${randomUUID()}/open-case`],
    ['post', `/api/signals/${randomUUID()}/archive`],
    ['get', '/api/cases'],
    ['get', `/api/cases/${randomUUID()}`],
    ['patch', `/api/cases/${randomUUID()}`],
    ['get', `/api/cases/${randomUUID()}/transitions`],
    ['post', `/api/cases/${randomUUID()}/transitions`],
    ['get', '/api/mail'],
    ['get', `/api/mail/${randomUUID()}`],
    ['get', '/api/job-failures'],
  ];

  it.each(staffRoutes)('%s %s needs a signed-in staff member', async (method, path) => {
    const call = (headers: Record<string, string>) =>
      (http as unknown as Record<string, (p: string) => request.Test>)[method](path).set(headers).send({});
    expect((await call({})).status).toBe(401);
    expect((await call({ Authorization: `Bearer srt_${'x'.repeat(43)}` })).status).toBe(401);
    expect((await call({ Authorization: 'Basic dXNlcjpwdw==' })).status).toBe(401);
    expect((await call({ Cookie: `sr_session=${'A'.repeat(43)}` })).status).toBe(401);
    expect((await call(system.as('member'))).status).toBe(403);
  });

  it('answers unknown ids with 404 and malformed ids, cursors and filters with 400', async () => {
    const adviser = system.as('adviser');
    await http.get(`/api/signals/${randomUUID()}`).set(adviser).expect(404);
    await http.get(`/api/cases/${randomUUID()}`).set(adviser).expect(404);
    await http.get('/api/signals/not-a-uuid').set(adviser).expect(400);
    await http.get('/api/cases/123').set(adviser).expect(400);
    await http.get('/api/signals?cursor=garbage').set(adviser).expect(400);
    await http.get('/api/signals?limit=0').set(adviser).expect(400);
    await http.get('/api/signals?limit=abc').set(adviser).expect(400);
    await http.get('/api/signals?step=nowhere').set(adviser).expect(400);
    await http.get('/api/signals?unknown=1').set(adviser).expect(400);
    await http.get('/api/cases?handlingOption=magic').set(adviser).expect(400);
    await http.get('/api/mail?limit=1000').set(adviser).expect(400);
    await http
      .post(`/api/signals/${randomUUID()}/link`)
      .set(adviser)
      .send({ caseId: randomUUID() })
      .expect(404);
    await http
      .post(`/api/signals/${randomUUID()}/archive`)
      .set(adviser)
      .send({ reason: 'dubbel' })
      .expect(404);
    await http.post(`/api/signals/${randomUUID()}/link`).set(adviser).send({ caseId: 'x' }).expect(400);
    await http
      .post(`/api/cases/${randomUUID()}/transitions`)
      .set(adviser)
      .send({ to: 'deepening', expectedVersion: 1 })
      .expect(404);
    await http
      .post(`/api/cases/${randomUUID()}/transitions`)
      .set(adviser)
      .send({ to: 'heaven', expectedVersion: 1 })
      .expect(400);
    await http.patch(`/api/cases/${randomUUID()}`).set(adviser).send({ expectedVersion: 0 }).expect(400);
    await http.get('/api/nothing-here').expect(404);
  });

  it('pages the inbox newest first with a cursor, and filters it', async () => {
    const adviser = system.as('adviser');
    for (let n = 0; n < 5; n++) {
      await http
        .post('/api/signals')
        .send({
          ...valid,
          title: `Knelpunt nummer ${n}`,
          region: n % 2 ? 'Utrecht' : 'Zwolle',
          domains: n % 2 ? ['care'] : ['childcare'],
        })
        .expect(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/signals?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await http.get(url).set(adviser).expect(200);
      const body = page.body as { items: { id: string; title: string }[]; nextCursor: string | null };
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await signalCount());

    const utrecht = await http.get('/api/signals?region=Utrecht&domain=care').set(adviser).expect(200);
    const titles = (utrecht.body as { items: { title: string }[] }).items.map((i) => i.title);
    expect(titles).toEqual(['Knelpunt nummer 3', 'Knelpunt nummer 1']);
    const search = await http
      .get(`/api/signals?q=${encodeURIComponent('nummer 4')}`)
      .set(adviser)
      .expect(200);
    expect((search.body as { items: { title: string }[] }).items.map((i) => i.title)).toEqual([
      'Knelpunt nummer 4',
    ]);
  });

  it('filters cases by the region their signals come from', async () => {
    const adviser = system.as('adviser');
    const openCase = async (region: string) => {
      const { body } = await http
        .post('/api/signals')
        .send({ ...valid, region })
        .expect(201);
      const opened = await http
        .post(`/api/signals/${(body as { id: string }).id}/open-case`)
        .set(adviser)
        .send({ title: `Knelpunt uit ${region}` })
        .expect(201);
      return (opened.body as { caseId: string }).caseId;
    };
    const deventer = await openCase('Deventer');
    await openCase('Almelo');
    const found = await http.get('/api/cases?region=deventer').set(adviser).expect(200);
    expect((found.body as { items: { id: string }[] }).items.map((c) => c.id)).toEqual([deventer]);
    await http
      .get(`/api/cases?region=${'x'.repeat(101)}`)
      .set(adviser)
      .expect(400);
  });

  it('refuses null for optional fields instead of storing it or failing with a 500', async () => {
    const adviser = system.as('adviser');
    const { body } = await http.post('/api/signals').send(valid).expect(201);
    const opened = await http
      .post(`/api/signals/${(body as { id: string }).id}/open-case`)
      .set(adviser)
      .send({ title: 'Een knelpunt met een titel' })
      .expect(201);
    const caseId = (opened.body as { caseId: string }).caseId;
    for (const field of ['title', 'summary', 'domains', 'handlingOption']) {
      const refused = await http
        .patch(`/api/cases/${caseId}`)
        .set(adviser)
        .send({ [field]: null, expectedVersion: 1 })
        .expect(400);
      expect((refused.body as ErrorBody).errors?.map((e) => e.field)).toEqual([field]);
    }
    await http
      .post('/api/signals')
      .send({ ...valid, region: null })
      .expect(400);
    await http
      .patch(`/api/users/${system.users.expert.id}`)
      .set(system.as('admin'))
      .send({ role: null })
      .expect(400);
  });

  it('refuses a cursor whose timestamp Postgres would not read, with a 400', async () => {
    const cursor = Buffer.from(JSON.stringify(['1', randomUUID()])).toString('base64url');
    await http.get(`/api/signals?cursor=${cursor}`).set(system.as('adviser')).expect(400);
    await http.get(`/api/cases?cursor=${cursor}`).set(system.as('adviser')).expect(400);
  });

  it('answers tracking links it does not know, malformed or not, the same way', async () => {
    const unknown = await http.get(`/api/track/${'A'.repeat(43)}`).expect(404);
    const malformed = await http.get('/api/track/short').expect(404);
    expect((unknown.body as ErrorBody).message).toBe((malformed.body as ErrorBody).message);
  });
});
