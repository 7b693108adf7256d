// The form's look-up of shared bottlenecks: only cases the network already shares, by reference and
// the title advisers gave them, never a signal's own text.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestSystem, type TestSystem } from '../support/test-system';

const peuter = {
  title: 'Geen lokaal voor de peutergroep in de basisschool',
  description:
    'Wij wilden met de kinderopvang een peutergroep in onze basisschool starten, maar er is geen lokaal dat ' +
    'geschikt is voor peuters. Het gebouw voldoet niet aan de eisen en het plan ligt stil.',
  domains: ['childcare', 'education'],
};
const wachtlijst = {
  title: 'Maandenlang wachten op jeugdhulp voor een leerling',
  description:
    'Een leerling in mijn klas wacht al maanden op jeugdhulp. De wachtlijst is lang en de school kan de ' +
    'begeleiding niet zelf bieden; ouders en school lopen vast.',
  domains: ['youth_care', 'education'],
};

describe('similar shared bottlenecks', () => {
  let system: TestSystem;
  let http: ReturnType<typeof request>;

  async function caseFor(signal: object, title: string): Promise<{ id: string; reference: string }> {
    const { body } = await http.post('/api/signals').send(signal).expect(201);
    const opened = await http
      .post(`/api/signals/${(body as { id: string }).id}/open-case`)
      .set(system.as('adviser'))
      .send({ title })
      .expect(201);
    const caseId = (opened.body as { caseId: string }).caseId;
    const detail = await http.get(`/api/cases/${caseId}`).set(system.as('adviser')).expect(200);
    return { id: caseId, reference: (detail.body as { reference: string }).reference };
  }

  beforeAll(async () => {
    system = await startTestSystem({ worker: false });
    http = request(system.api.getHttpServer());
  });

  afterAll(async () => {
    await system?.close();
  });

  it('shows a shared case that looks like the text being typed, and not one still being checked', async () => {
    const shared = await caseFor(peuter, 'Geen plek voor peuteropvang in schoolgebouwen');
    await http
      .post(`/api/cases/${shared.id}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'agenda', expectedVersion: 1, reason: 'Al breed herkend', handlingOption: 'agenda_lobby' })
      .expect(200);
    await caseFor(wachtlijst, 'Wachtlijsten jeugdhulp'); // stays in recognition: not shared

    const typed = {
      title: 'Peuters kunnen niet in de school terecht',
      description:
        'Onze opvang wil peuters opvangen in het schoolgebouw, maar er is geen geschikt lokaal voor ze.',
    };
    const found = await http.post('/api/public/similar-bottlenecks').send(typed).expect(200);
    expect(found.body).toEqual([
      {
        reference: shared.reference,
        title: 'Geen plek voor peuteropvang in schoolgebouwen',
        step: 'agenda',
        score: expect.any(Number),
      },
    ]);
    expect(JSON.stringify(found.body)).not.toContain('Wij wilden');

    const notShared = await http
      .post('/api/public/similar-bottlenecks')
      .send({
        title: 'Leerling wacht maanden op jeugdhulp',
        description: 'De wachtlijst voor jeugdhulp is te lang.',
      })
      .expect(200);
    expect(notShared.body).toEqual([]);
  });

  it("never shows a case whose title is still a submitter's own words", async () => {
    const own = { ...peuter, title: 'Jan de Vries uit groep 4 kan niet naar de peutergroep in school' };
    const { body } = await http.post('/api/signals').send(own).expect(201);
    const opened = await http
      .post(`/api/signals/${(body as { id: string }).id}/open-case`)
      .set(system.as('adviser'))
      .send({}) // no title: the case takes the signal's
      .expect(201);
    await http
      .post(`/api/cases/${(opened.body as { caseId: string }).caseId}/transitions`)
      .set(system.as('adviser'))
      .send({ to: 'agenda', expectedVersion: 1, reason: 'Al breed herkend', handlingOption: 'agenda_lobby' })
      .expect(200);
    const found = await http
      .post('/api/public/similar-bottlenecks')
      .send({ title: own.title, description: own.description })
      .expect(200);
    expect(JSON.stringify(found.body)).not.toContain('Jan de Vries');
  });

  it('validates what it is sent', async () => {
    await http.post('/api/public/similar-bottlenecks').send({}).expect(400);
    await http
      .post('/api/public/similar-bottlenecks')
      .send({ title: 'x'.repeat(201) })
      .expect(400);
    await http
      .post('/api/public/similar-bottlenecks')
      .send({ title: 'ok', domains: ['space'] })
      .expect(400);
    await http.post('/api/public/similar-bottlenecks').send({ title: 'ok', extra: 1 }).expect(400);
  });
});
