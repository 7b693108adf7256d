// Step 5 (Delen) end to end on real Postgres and Redis (BullMQ): advisers write a publication about
// cases in sharing; the check job finds personal data and passages copied from a signal whose submitter
// did not consent; publishing waits until the check saw the current version and nothing is open (fixed
// in the text, or accepted with a reason, audited); the published item reaches the public insights, the
// Atom feed and the newsletter fragment without any submitter identity. The check runs twice, also at
// once, without a second effect, and the sweeper finds a version whose check was lost.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import {
  AnalysisEntity,
  AuditLogEntity,
  CaseAssignmentEntity,
  CaseEntity,
  PublicationEntity,
  PublicationFindingEntity,
} from '@app/persistence';
import type { CaseStep } from '@app/workflow';
import { PublicationCheckHandler } from '../../apps/worker/src/handlers/publication-check.handler';
import { DUE_WORK } from '../../apps/worker/src/sweeper/due-work';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait-for';

interface Finding {
  id: string;
  kind: string;
  field: string;
  matchedText: string;
  start: number;
  end: number;
  status: 'open' | 'accepted' | 'fixed';
  acceptedReason: string | null;
  foundInVersion: number;
}

interface Publication {
  id: string;
  status: string;
  version: number;
  checkedVersion: number | null;
  checkCurrent: boolean;
  openFindings: number;
  publishable: boolean;
  cases: { id: string; reference: string; title: string; titleReviewed: boolean; step: string }[];
  findings: Finding[];
}

interface Insight {
  id: string;
  title: string;
  body: string;
  publishedAt: string;
  cases: { reference: string; title: string }[];
}

interface ErrorBody {
  code: string;
  message: string;
  details?: { problems?: { code: string }[]; current?: { version: number; status: string } };
}

/** Who sent the first signal, and what it says: none of it may be published unchecked. */
const SUBMITTER = {
  email: 'y.brouwersma@example.nl',
  organisation: 'Kindcentrum De Zonnewijzer',
};
const UNCONSENTED =
  'Elke ochtend stond onze zoon om half acht bij de halte omdat de taxi naar de opvang niet later kon komen.';
const CONSENTED =
  'Wij zien dat vervoer tussen school en opvang per gemeente anders geregeld is en dat ouders daardoor vastlopen.';

const CASE_TITLE = 'Vervoer tussen school en opvang sluit niet aan';
const TITLE = 'Vervoer & opvang: <samen> beter geregeld';

describe('publications (step 5), end to end', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;
  let caseA: string;
  let caseB: string;
  let deepeningCase: string;
  let publicationId: string;

  const adviser = () => system.as('adviser');

  async function submit(description: string, consentPublication: boolean, extra: object = {}) {
    const response = await http
      .post('/api/signals')
      .send({
        title: 'Vervoer naar de opvang',
        description,
        domains: ['childcare', 'education'],
        region: 'Utrecht',
        consent: { contact: 'email' in extra, publication: consentPublication },
        ...extra,
      })
      .expect(201);
    return (response.body as { id: string }).id;
  }

  async function caseVersion(id: string): Promise<number> {
    return (await system.dataSource.getRepository(CaseEntity).findOneByOrFail({ id })).version;
  }

  async function move(id: string, to: CaseStep, extra: object = {}): Promise<void> {
    await http
      .post(`/api/cases/${id}/transitions`)
      .set(adviser())
      .send({ to, expectedVersion: await caseVersion(id), ...extra })
      .expect(200);
  }

  async function openCase(signalId: string, body: object): Promise<string> {
    const opened = await http
      .post(`/api/signals/${signalId}/open-case`)
      .set(adviser())
      .send(body)
      .expect(201);
    return (opened.body as { caseId: string }).caseId;
  }

  /** Deepening with one submitted analysis (straight in the table), then on to sharing. */
  async function toSharing(id: string): Promise<void> {
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
  }

  async function get(id: string): Promise<Publication> {
    return (await http.get(`/api/publications/${id}`).set(adviser()).expect(200)).body as Publication;
  }

  /** The publication once the check has looked at its current version. */
  async function checked(id: string): Promise<Publication> {
    return waitFor(async () => {
      const publication = await get(id);
      return publication.checkCurrent ? publication : undefined;
    }, `the check of publication ${id}`);
  }

  const findingRows = async (id: string) =>
    (
      await system.dataSource
        .getRepository(PublicationFindingEntity)
        .find({ where: { publicationId: id }, order: { id: 'ASC' } })
    ).map(({ createdAt: _createdAt, ...row }) => row);

  beforeAll(async () => {
    system = await startTestSystem();
    http = request(system.api.getHttpServer());

    const a = await submit(`Ik sprak met Yvonne over het vervoer. ${UNCONSENTED}`, false, SUBMITTER);
    caseA = await openCase(a, { title: CASE_TITLE });
    await toSharing(caseA);
    // Opened without a title: the case keeps the submitter's own words, which never go public.
    const b = await submit(CONSENTED, true);
    caseB = await openCase(b, {});
    await toSharing(caseB);
    deepeningCase = await openCase(
      await submit('Een knelpunt dat nog wordt verdiept door experts.', true),
      {},
    );
    await move(deepeningCase, 'deepening');
  });

  afterAll(async () => {
    await system?.close();
  });

  it('refuses cases before sharing, unknown cases and content the kind does not allow', async () => {
    const draft = { kind: 'interview', title: 'Een interview', body: 'Tekst van het interview.' };
    const early = await http
      .post('/api/publications')
      .set(adviser())
      .send({ ...draft, caseIds: [caseA, deepeningCase] })
      .expect(422);
    expect((early.body as ErrorBody).details?.problems?.map((p) => p.code)).toEqual(['case_not_shareable']);
    await http
      .post('/api/publications')
      .set(adviser())
      .send({ ...draft, caseIds: [randomUUID()] })
      .expect(404);
    const podcast = await http
      .post('/api/publications')
      .set(adviser())
      .send({ ...draft, kind: 'podcast', caseIds: [caseA] })
      .expect(422);
    expect((podcast.body as ErrorBody).details?.problems?.map((p) => p.code)).toEqual(['link_required']);
    await http
      .post('/api/publications')
      .set(adviser())
      .send({ ...draft, kind: 'podcast', linkUrl: 'ftp://example.org/a.mp3', caseIds: [caseA] })
      .expect(400);
    const poster = await http
      .post('/api/publications')
      .set(adviser())
      .send({ ...draft, kind: 'blikvanger', caseIds: [caseA] })
      .expect(422);
    expect((poster.body as ErrorBody).details?.problems?.map((p) => p.code)).toEqual([
      'call_to_action_required',
    ]);
  });

  it('finds a name and an e-mail address, and refuses to publish while they are open', async () => {
    const created = await http
      .post('/api/publications')
      .set(adviser())
      .send({
        kind: 'newsletter',
        title: TITLE,
        summary: 'Hoe vervoer en opvang beter op elkaar aansluiten.',
        body: 'Yvonne vertelde ons hoe het ochtendvervoer vastliep.\n\nMail haar gerust: y.brouwersma@example.nl.',
        caseIds: [caseA],
      })
      .expect(201);
    publicationId = (created.body as Publication).id;
    expect(created.body).toMatchObject({ status: 'draft', version: 1 });

    const publication = await checked(publicationId);
    expect(publication.findings.map((f) => [f.kind, f.field, f.matchedText, f.status])).toEqual([
      ['person_name', 'body', 'Yvonne', 'open'],
      ['email', 'body', 'y.brouwersma@example.nl', 'open'],
    ]);
    const body = (
      await system.dataSource.getRepository(PublicationEntity).findOneByOrFail({ id: publicationId })
    ).body;
    for (const f of publication.findings) expect(body.slice(f.start, f.end)).toBe(f.matchedText);
    expect(publication).toMatchObject({ checkedVersion: 1, openFindings: 2, publishable: false });

    // Published only from review.
    const fromDraft = await http
      .post(`/api/publications/${publicationId}/publish`)
      .set(adviser())
      .send({ expectedVersion: 1 })
      .expect(409);
    expect((fromDraft.body as ErrorBody).code).toBe('conflict');
    await http
      .post(`/api/publications/${publicationId}/review`)
      .set(adviser())
      .send({ expectedVersion: 1 })
      .expect(200);
    const refused = await http
      .post(`/api/publications/${publicationId}/publish`)
      .set(adviser())
      .send({ expectedVersion: 1 })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'rule_violated' });
    expect((refused.body as ErrorBody).details?.problems?.map((p) => p.code)).toEqual(['open_findings']);
  });

  it('refuses an edit of an older version with the current one', async () => {
    const stale = await http
      .patch(`/api/publications/${publicationId}`)
      .set(adviser())
      .send({ expectedVersion: 7, body: 'Nieuwe tekst.' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'version_conflict',
      details: { current: { version: 1, status: 'review' } },
    });
  });

  it('marks a finding fixed once the text no longer has it, and keeps an accepted one accepted', async () => {
    await http
      .patch(`/api/publications/${publicationId}`)
      .set(adviser())
      .send({
        expectedVersion: 1,
        body: 'Yvonne vertelde ons hoe het ochtendvervoer vastliep.\n\nReageer via het formulier op de website.',
      })
      .expect(200);
    let publication = await checked(publicationId);
    expect(publication.version).toBe(2);
    const byKind = (kind: string) => publication.findings.find((f) => f.kind === kind);
    expect(byKind('email')?.status).toBe('fixed');
    const name = byKind('person_name');
    expect(name).toMatchObject({ status: 'open', foundInVersion: 2 });

    await http
      .post(`/api/publications/${publicationId}/findings/${name?.id}/accept`)
      .set(adviser())
      .send({ reason: 'Yvonne gaf zelf toestemming om met haar voornaam genoemd te worden.' })
      .expect(200);
    const again = await http
      .post(`/api/publications/${publicationId}/findings/${name?.id}/accept`)
      .set(adviser())
      .send({ reason: 'Nog een keer geaccepteerd.' })
      .expect(409);
    expect((again.body as ErrorBody).code).toBe('conflict');
    await http
      .post(`/api/publications/${publicationId}/findings/${randomUUID()}/accept`)
      .set(adviser())
      .send({ reason: 'Bestaat niet.' })
      .expect(404);
    const audit = await system.dataSource
      .getRepository(AuditLogEntity)
      .findBy({ action: 'publication_finding_accepted', subjectId: publicationId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: system.users.adviser.id,
      details: { findingId: name?.id, kind: 'person_name', field: 'body' },
    });
    expect(JSON.stringify(audit[0].details)).not.toContain('Yvonne');

    // Another edit that keeps the name: the next check finds it again and leaves it accepted.
    await http
      .patch(`/api/publications/${publicationId}`)
      .set(adviser())
      .send({ expectedVersion: 2, summary: 'Hoe vervoer en opvang op elkaar kunnen aansluiten.' })
      .expect(200);
    publication = await checked(publicationId);
    expect(publication.findings.map((f) => [f.id, f.kind, f.status])).toEqual([
      [name?.id, 'person_name', 'accepted'],
      [byKind('email')?.id, 'email', 'fixed'],
    ]);
    expect(publication).toMatchObject({ version: 3, openFindings: 0, publishable: true });
  });

  it('refuses to publish while the check has not seen the current version', async () => {
    // As if the job had not run yet: the version is not checked.
    await system.dataSource.getRepository(PublicationEntity).update(publicationId, { checkedVersion: 2 });
    const refused = await http
      .post(`/api/publications/${publicationId}/publish`)
      .set(adviser())
      .send({ expectedVersion: 3 })
      .expect(422);
    expect((refused.body as ErrorBody).details?.problems?.map((p) => p.code)).toEqual(['check_pending']);

    // The sweeper would find it; the handler checks it (twice at once: one check, no duplicates).
    const due = DUE_WORK.find((work) => work.job === 'publication.check');
    const rows = (await system.dataSource.query(due!.sql, [0, 500])) as { id: string }[];
    expect(rows.map((row) => row.id)).toContain(publicationId);
    const before = await findingRows(publicationId);
    const handler = system.worker!.get(PublicationCheckHandler);
    const outcomes = await Promise.all([
      handler.handle({ publicationId }),
      handler.handle({ publicationId }),
    ]);
    expect(outcomes.sort()).toEqual(['already_checked', 'checked']);
    expect(await findingRows(publicationId)).toEqual(before);
    const after = (await system.dataSource.query(due!.sql, [0, 500])) as { id: string }[];
    expect(after.map((row) => row.id)).not.toContain(publicationId);
  });

  it('runs the check job twice without a second effect', async () => {
    const before = await findingRows(publicationId);
    const stored = await system.dataSource
      .getRepository(PublicationEntity)
      .findOneByOrFail({ id: publicationId });
    const handler = system.worker!.get(PublicationCheckHandler);
    expect(await handler.handle({ publicationId })).toBe('already_checked');
    expect(await Promise.all([handler.handle({ publicationId }), handler.handle({ publicationId })])).toEqual(
      ['already_checked', 'already_checked'],
    );
    expect(await findingRows(publicationId)).toEqual(before);
    const after = await system.dataSource
      .getRepository(PublicationEntity)
      .findOneByOrFail({ id: publicationId });
    expect(after.checkedAt).toEqual(stored.checkedAt);
    expect(await handler.handle({ publicationId: randomUUID() })).toBe('unknown_publication');
  });

  it('publishes the checked version, audited, and keeps it from further edits', async () => {
    const published = await http
      .post(`/api/publications/${publicationId}/publish`)
      .set(adviser())
      .send({ expectedVersion: 3 })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 3 });
    expect(
      await system.dataSource
        .getRepository(AuditLogEntity)
        .countBy({ action: 'publication_published', subjectId: publicationId }),
    ).toBe(1);
    await http
      .patch(`/api/publications/${publicationId}`)
      .set(adviser())
      .send({ expectedVersion: 3, title: 'Nog een titel' })
      .expect(409);
    const list = await http
      .get('/api/publications')
      .query({ status: 'published', caseId: caseA })
      .set(adviser())
      .expect(200);
    expect((list.body as { items: { id: string }[] }).items.map((p) => p.id)).toEqual([publicationId]);
  });

  it('shows the published item in the public insights and the feed, without any submitter identity', async () => {
    const page = await http.get('/api/public/insights').expect(200);
    const items = (page.body as { items: Insight[] }).items;
    expect(items.map((item) => item.id)).toEqual([publicationId]);
    expect(items[0]).toMatchObject({ title: TITLE, cases: [{ title: CASE_TITLE }] });
    const one = await http.get(`/api/public/insights/${publicationId}`).expect(200);
    expect(one.body).toEqual(items[0]);
    const everything = JSON.stringify(page.body) + JSON.stringify(one.body);
    for (const secret of [SUBMITTER.email, SUBMITTER.organisation, system.users.adviser.id, 'Zonnewijzer']) {
      expect(everything).not.toContain(secret);
    }

    const feed = await http.get('/api/public/insights.atom').expect(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const xml = feed.text;
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'),
    ).toBe(true);
    expect(xml).toContain(`<id>urn:uuid:${publicationId}</id>`);
    expect(xml).toContain('<title>Vervoer &amp; opvang: &lt;samen&gt; beter geregeld</title>');
    expect(xml).not.toContain('<samen>');
    expect(xml).not.toContain(SUBMITTER.email);
    expect(xml.match(/<entry>/g)).toHaveLength(1);

    const fragment = await http
      .get(`/api/publications/${publicationId}/newsletter.html`)
      .set(adviser())
      .expect(200);
    expect(fragment.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(fragment.text).toContain('<h2>Vervoer &amp; opvang: &lt;samen&gt; beter geregeld</h2>');
    expect(fragment.text).toContain(`${system.config.publicUrl}/inzichten/${publicationId}`);
  });

  it('keeps drafts and items in review out of public view', async () => {
    const draft = await http
      .post('/api/publications')
      .set(adviser())
      .send({ kind: 'interview', title: 'Nog niet klaar', body: 'Concepttekst.', caseIds: [caseB] })
      .expect(201);
    const id = (draft.body as Publication).id;
    await http.get(`/api/public/insights/${id}`).expect(404);
    const page = await http.get('/api/public/insights').expect(200);
    expect((page.body as { items: Insight[] }).items.map((item) => item.id)).not.toContain(id);
    await http.get(`/api/publications/${id}/newsletter.html`).set(adviser()).expect(422);
    // Review and back to draft.
    await http.post(`/api/publications/${id}/review`).set(adviser()).send({ expectedVersion: 1 }).expect(200);
    await http.post(`/api/publications/${id}/review`).set(adviser()).send({ expectedVersion: 1 }).expect(409);
    const back = await http
      .post(`/api/publications/${id}/draft`)
      .set(adviser())
      .send({ expectedVersion: 1 })
      .expect(200);
    expect(back.body).toMatchObject({ status: 'draft', version: 1 });
  });

  it('flags a passage copied from a signal without consent, not one whose submitter consented', async () => {
    const quoting = await http
      .post('/api/publications')
      .set(adviser())
      .send({
        kind: 'interview',
        title: 'Twee stemmen over vervoer',
        body: `Een ouder: "${UNCONSENTED}"\n\nEen professional: "${CONSENTED}"`,
        caseIds: [caseA, caseB],
      })
      .expect(201);
    const publication = await checked((quoting.body as Publication).id);
    const quotes = publication.findings.filter((f) => f.kind === 'unconsented_quote');
    expect(quotes.map((f) => f.matchedText)).toEqual([UNCONSENTED.replace(/\.$/, '')]);
    expect(publication.findings.map((f) => f.matchedText).join(' ')).not.toContain('vervoer tussen school');
  });
  it('pages the public insights newest first, with a cursor', async () => {
    const created = await http
      .post('/api/publications')
      .set(adviser())
      .send({
        kind: 'blikvanger',
        title: 'Eén regeling voor vervoer',
        body: 'Gemeenten regelen het vervoer tussen school en opvang elk op hun eigen manier.',
        callToAction: 'Herken je dit? Laat het ons weten.',
        caseIds: [caseB],
      })
      .expect(201);
    const id = (created.body as Publication).id;
    expect((await checked(id)).findings).toEqual([]);
    await http.post(`/api/publications/${id}/review`).set(adviser()).send({ expectedVersion: 1 }).expect(200);
    await http
      .post(`/api/publications/${id}/publish`)
      .set(adviser())
      .send({ expectedVersion: 1 })
      .expect(200);

    const first = await http.get('/api/public/insights').query({ limit: 1 }).expect(200);
    const firstPage = first.body as { items: Insight[]; nextCursor: string | null };
    expect(firstPage.items.map((item) => item.id)).toEqual([id]);
    // The case was opened without a title: the submitter's words stay out.
    expect(firstPage.items[0].cases).toEqual([]);
    expect(firstPage.nextCursor).toEqual(expect.any(String));
    const second = await http
      .get('/api/public/insights')
      .query({ limit: 1, cursor: firstPage.nextCursor })
      .expect(200);
    expect(second.body).toMatchObject({ items: [{ id: publicationId }], nextCursor: null });
    await http.get('/api/public/insights').query({ cursor: 'not-a-cursor' }).expect(400);
    const feed = await http.get('/api/public/insights.atom').expect(200);
    expect(feed.text.indexOf(`urn:uuid:${id}`)).toBeLessThan(feed.text.indexOf(`urn:uuid:${publicationId}`));
  });
});
