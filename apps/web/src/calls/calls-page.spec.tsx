import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { RecordedRequest } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const CASE_ID = '0b9d3c8e-2a3f-4f5b-9c1d-7e6f5a4b3c2d';
const CALL_ID = '6d1f4a52-8a5e-4f57-9a37-2d1b8c0e4f11';

const DRAFT = {
  id: CALL_ID,
  kind: 'targeted',
  question: 'Herken je dat peutergroepen in scholen geen lokaal krijgen?',
  reason: 'Een school meldde dit; we willen weten of het vaker speelt.',
  channels: ['website', 'newsletter'],
  opensAt: '2026-03-01T09:00:00.000Z',
  closesAt: '2099-03-15T16:00:00.000Z',
  caseReference: 'KP-2026-000001',
  caseTitle: 'Geen lokaal voor de peutergroep',
  open: false,
  caseId: CASE_ID,
  audienceDomains: ['childcare'],
  audienceRegions: [],
  audienceEveryone: false,
  isPublic: false,
  status: 'draft',
  audienceSize: null,
  invited: 0,
  answers: 0,
  fanoutCompletedAt: null,
  publishedAt: null,
  closedAt: null,
  version: 1,
  createdAt: '2026-03-01T09:00:00.000Z',
};

const THRESHOLDS = {
  minRespondents: 10,
  broadShare: 0.6,
  broadMinDomains: 2,
  broadMinRegions: 2,
  partialShare: 0.3,
};

/** Members per audience: twelve in childcare, three more in education, forty in all. */
function audienceSize(request: RecordedRequest) {
  if (request.query.get('everyone') === 'true') return { status: 200, body: { size: 40 } };
  const domains = request.query.getAll('domains');
  return {
    status: 200,
    body: { size: (domains.includes('childcare') ? 12 : 0) + (domains.includes('education') ? 3 : 0) },
  };
}

describe('the calls of an adviser', () => {
  it('creates a targeted call about a case with its audience size, and publishes it with a confirmation', async () => {
    let published = false;
    let looks = 0;
    const { user, api } = await renderApp({
      path: `/beheer/oproepen/nieuw?case=${CASE_ID}`,
      routes: {
        ...signedInAs('adviser'),
        'GET /api/cases': () => ({
          status: 200,
          body: {
            items: [
              {
                id: CASE_ID,
                reference: 'KP-2026-000001',
                title: 'Geen lokaal voor de peutergroep',
                domains: ['childcare'],
                step: 'recognition',
                version: 2,
                signalCount: 1,
                createdAt: '2026-03-01T09:00:00.000Z',
                updatedAt: '2026-03-01T09:00:00.000Z',
              },
            ],
            nextCursor: null,
          },
        }),
        'GET /api/calls/audience-size': audienceSize,
        'POST /api/calls': () => ({ status: 201, body: DRAFT }),
        [`GET /api/calls/${CALL_ID}`]: () => {
          if (!published) return { status: 200, body: DRAFT };
          looks += 1;
          const done = looks > 1;
          return {
            status: 200,
            body: {
              ...DRAFT,
              status: 'published',
              open: true,
              audienceSize: 12,
              invited: done ? 12 : 5,
              fanoutCompletedAt: done ? '2026-03-01T10:00:05.000Z' : null,
              version: 2,
            },
          };
        },
        [`POST /api/calls/${CALL_ID}/publish`]: () => {
          published = true;
          return {
            status: 200,
            body: { ...DRAFT, status: 'published', open: true, audienceSize: 12, invited: 0, version: 2 },
          };
        },
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe gerichte oproep' })).toBeTruthy();
    const caseSelect = screen.getByRole('combobox', { name: 'Over welk knelpunt?' }) as HTMLSelectElement;
    await waitFor(() => expect(caseSelect.value).toBe(CASE_ID));
    expect(screen.getByText('Kies een doelgroep om te zien hoeveel leden de oproep krijgen.')).toBeTruthy();

    // The audience size follows the choice of audience.
    const domains = screen.getByRole('group', { name: 'Domeinen' });
    await user.click(within(domains).getByRole('checkbox', { name: 'Kinderopvang' }));
    expect(await screen.findByText('Deze doelgroep telt nu 12 leden.')).toBeTruthy();
    await user.click(within(domains).getByRole('checkbox', { name: 'Onderwijs' }));
    expect(await screen.findByText('Deze doelgroep telt nu 15 leden.')).toBeTruthy();
    await user.click(within(domains).getByRole('checkbox', { name: 'Onderwijs' }));
    expect(await screen.findByText('Deze doelgroep telt nu 12 leden.')).toBeTruthy();
    const asked = api.sent('GET', '/api/calls/audience-size').map((r) => r.query.getAll('domains'));
    expect(asked).toContainEqual(['childcare', 'education']);

    await user.type(screen.getByRole('textbox', { name: 'Vraag aan het netwerk' }), DRAFT.question);
    await user.type(screen.getByRole('textbox', { name: 'Waarom vragen we het?' }), DRAFT.reason);
    await user.click(screen.getByRole('checkbox', { name: 'Nieuwsbrief' }));
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    // Saved as a draft, then shown on its own page.
    expect(await screen.findByRole('heading', { level: 1, name: DRAFT.question })).toBeTruthy();
    expect(screen.getByText('Het concept is opgeslagen. Controleer het en publiceer het.')).toBeTruthy();
    const created = api.sent('POST', '/api/calls')[0]?.body as Record<string, unknown>;
    expect(created).toMatchObject({
      kind: 'targeted',
      caseId: CASE_ID,
      question: DRAFT.question,
      reason: DRAFT.reason,
      channels: ['website', 'newsletter'],
      audienceEveryone: false,
      audienceDomains: ['childcare'],
      audienceRegions: [],
      isPublic: false,
    });
    expect(new Date(created.closesAt as string).getTime()).toBeGreaterThan(Date.now());
    expect(created.opensAt).toBeUndefined();

    // Publishing asks first, saying how many members get the call.
    await user.click(screen.getByRole('button', { name: 'Publiceren' }));
    expect(await screen.findByText(/^12 leden krijgen deze oproep per e-mail/)).toBeTruthy();
    expect(api.sent('POST', `/api/calls/${CALL_ID}/publish`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ja, publiceren' }));

    expect(await screen.findByText('De oproep is gepubliceerd.')).toBeTruthy();
    expect(api.sent('POST', `/api/calls/${CALL_ID}/publish`)[0]?.body).toEqual({ expectedVersion: 1 });
    expect(screen.getByText('0 van 12 leden uitgenodigd')).toBeTruthy();
    expect(screen.getByText(/De uitnodigingen worden verstuurd/)).toBeTruthy();

    // The page follows the sending, every two seconds, until it is complete; then it stops asking.
    expect(await screen.findByText('5 van 12 leden uitgenodigd', undefined, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('12 van 12 leden uitgenodigd', undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Alle uitnodigingen zijn verstuurd.')).toBeTruthy();
    const asks = api.sent('GET', `/api/calls/${CALL_ID}`).length;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(api.sent('GET', `/api/calls/${CALL_ID}`)).toHaveLength(asks);
  }, 20_000);

  it('lists the calls with status and progress, and shows the thresholds to an adviser', async () => {
    await renderApp({
      path: '/beheer/oproepen',
      routes: {
        ...signedInAs('adviser'),
        'GET /api/calls': () => ({
          status: 200,
          body: [
            {
              ...DRAFT,
              status: 'published',
              open: true,
              audienceSize: 12,
              invited: 5,
              answers: 3,
              version: 2,
            },
            {
              ...DRAFT,
              id: 'c2',
              kind: 'open',
              caseId: null,
              caseReference: null,
              question: 'Waar loop je vast?',
            },
          ],
        }),
        'GET /api/settings/recognition-thresholds': () => ({ status: 200, body: THRESHOLDS }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Alle oproepen' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(rows[1]!)).toEqual(
      expect.arrayContaining(['Gerichte oproep', 'KP-2026-000001', 'Gepubliceerd', '5 van 12', '3']),
    );
    expect(cells(rows[2]!)).toEqual(expect.arrayContaining(['Open oproep', 'Concept', '–']));
    expect(within(rows[1]!).getByRole('link', { name: DRAFT.question }).getAttribute('href')).toBe(
      `/beheer/oproepen/${CALL_ID}`,
    );
    // Advisers read the thresholds; only admins change them.
    expect(await screen.findByText('60%')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Drempels opslaan' })).toBeNull();
  });

  it('lets an admin change the thresholds, as percentages', async () => {
    const { user, api } = await renderApp({
      path: '/beheer/oproepen',
      routes: {
        ...signedInAs('admin'),
        'GET /api/calls': () => ({ status: 200, body: [] }),
        'GET /api/settings/recognition-thresholds': () => ({ status: 200, body: THRESHOLDS }),
        'PUT /api/settings/recognition-thresholds': (request) => ({ status: 200, body: request.body }),
      },
    });
    const broad = await screen.findByRole('textbox', {
      name: 'Breed herkend: percentage dat het (deels) herkent',
    });
    expect((broad as HTMLInputElement).value).toBe('60');
    await user.clear(broad);
    await user.type(broad, '70');
    await user.click(screen.getByRole('button', { name: 'Drempels opslaan' }));
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
    expect(api.sent('PUT', '/api/settings/recognition-thresholds')[0]?.body).toEqual({
      ...THRESHOLDS,
      broadShare: 0.7,
    });
  });
});
