import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const summary = (id: string, reference: string, title: string, createdAt: string) => ({
  id,
  reference,
  kind: 'bottleneck',
  title,
  domains: ['childcare'],
  region: 'Utrecht',
  channel: 'website',
  step: 'triage',
  caseId: null,
  hasSuggestions: true,
  createdAt,
});

const NEW = summary('s1', 'SR-2026-000011', 'Geen lokaal voor de peutergroep', '2026-03-13T09:00:00.000Z');
const SPAM = summary('s2', 'SR-2026-000012', 'Test test', '2026-03-12T09:00:00.000Z');
const OLD = {
  ...summary('s0', 'SR-2026-000001', 'Peuteropvang kan niet in school', '2026-01-02T09:00:00.000Z'),
  step: 'linked',
  caseId: 'c9',
};
const DESCRIPTION = 'Bel de moeder op 06-12345678 over het lokaal voor de peutergroep.';

const DETAIL = {
  ...NEW,
  description: DESCRIPTION,
  submitterRole: 'school_leader',
  organisation: null,
  email: null,
  consent: { contact: false, publication: false },
  locale: 'nl',
  callId: null,
  version: 2,
  history: [],
  suggestions: {
    similar: [{ signalId: 's0', caseId: 'c9', score: 0.82 }],
    domains: ['childcare', 'education'],
    handlingOption: 'funding_experiment',
    personalData: [{ kind: 'phone', field: 'description', start: 17, end: 28 }],
  },
};

function inboxRoutes() {
  return {
    ...signedInAs('adviser'),
    'GET /api/signals': (request: { query: URLSearchParams }) => ({
      status: 200,
      body: { items: request.query.get('step') === 'triage' ? [NEW, SPAM] : [], nextCursor: null },
    }),
    'GET /api/signals/s1': () => ({ status: 200, body: DETAIL }),
    'GET /api/signals/s0': () => ({ status: 200, body: { ...DETAIL, ...OLD, suggestions: null } }),
    'GET /api/cases/c9': () => ({
      status: 200,
      body: { id: 'c9', reference: 'KP-2026-000009', title: 'Peutergroepen zonder lokaal' },
    }),
    'POST /api/signals/s1/link': () => ({
      status: 200,
      body: { signalId: 's1', step: 'linked', version: 3, caseId: 'c9' },
    }),
    'POST /api/signals/s1/archive': () => ({
      status: 200,
      body: { signalId: 's1', step: 'archived', version: 3 },
    }),
    'POST /api/signals/s2/archive': () => ({
      status: 200,
      body: { signalId: 's2', step: 'archived', version: 2 },
    }),
  };
}

describe('the adviser inbox', () => {
  it('shows an opened signal with its suggestions by title, its personal data marked, and links it in one action', async () => {
    const { user, api } = await renderApp({ path: '/inbox', routes: inboxRoutes() });
    await user.click(await screen.findByRole('button', { name: 'Geen lokaal voor de peutergroep' }));

    const panel = await screen.findByRole('region', { name: 'Geen lokaal voor de peutergroep' });
    const mark = panel.querySelector('mark');
    expect(mark?.firstChild?.textContent).toBe('06-12345678');
    expect(mark?.textContent).toContain('persoonlijk gegeven: een telefoonnummer');
    expect(within(panel).getByText(/Persoonlijke gegevens gevonden: een telefoonnummer/)).toBeTruthy();
    expect(within(panel).getByText('Financiering, subsidiëring en experimenteerruimte')).toBeTruthy();
    expect(await within(panel).findByText('SR-2026-000001: Peuteropvang kan niet in school')).toBeTruthy();
    expect(
      within(panel).getByRole('link', { name: 'in knelpunt KP-2026-000009: Peutergroepen zonder lokaal' }),
    ).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Koppel aan KP-2026-000009' }));
    expect(await screen.findByText('Gekoppeld aan het knelpunt.')).toBeTruthy();
    expect(api.sent('POST', '/api/signals/s1/link')[0]?.body).toEqual({ caseId: 'c9', expectedVersion: 2 });
    expect(screen.getByRole('link', { name: 'Naar het knelpunt' }).getAttribute('href')).toBe(
      '/knelpunten/c9',
    );
  });

  it('archives several selected signals with one reason', async () => {
    const { user, api } = await renderApp({ path: '/inbox', routes: inboxRoutes() });
    await user.click(await screen.findByRole('checkbox', { name: 'Selecteer SR-2026-000011' }));
    await user.click(screen.getByRole('checkbox', { name: 'Selecteer SR-2026-000012' }));
    expect(screen.getByText(/2 geselecteerd/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Geselecteerde archiveren' }));
    expect(await screen.findByText('Vul een reden in.')).toBeTruthy();
    expect(api.sent('POST', '/api/signals/s1/archive')).toHaveLength(0);

    await user.type(
      screen.getByLabelText('Reden om de geselecteerde meldingen te archiveren'),
      'Geen knelpunt',
    );
    await user.click(screen.getByRole('button', { name: 'Geselecteerde archiveren' }));

    expect(await screen.findByText('2 meldingen verwerkt.')).toBeTruthy();
    expect(api.sent('POST', '/api/signals/s1/archive')[0]?.body).toEqual({ reason: 'Geen knelpunt' });
    expect(api.sent('POST', '/api/signals/s2/archive')[0]?.body).toEqual({ reason: 'Geen knelpunt' });
    // The selection is empty again and the lists are asked anew.
    expect(screen.getByText(/Selecteer meldingen met de vakjes/)).toBeTruthy();
    await waitFor(() => expect(api.sent('GET', '/api/signals').length).toBeGreaterThanOrEqual(4));
  });

  it('links the opened signal and the selected others to the suggested case at once', async () => {
    const routes = {
      ...inboxRoutes(),
      'POST /api/signals/s2/link': () => ({
        status: 200,
        body: { signalId: 's2', step: 'linked', version: 2, caseId: 'c9' },
      }),
    };
    const { user, api } = await renderApp({ path: '/inbox', routes });
    await user.click(await screen.findByRole('checkbox', { name: 'Selecteer SR-2026-000012' }));
    await user.click(screen.getByRole('button', { name: 'Geen lokaal voor de peutergroep' }));
    await user.click(
      await screen.findByRole('button', { name: 'Koppel deze en de 1 geselecteerde aan KP-2026-000009' }),
    );

    expect(await screen.findByText('2 meldingen verwerkt.')).toBeTruthy();
    expect(api.sent('POST', '/api/signals/s1/link')[0]?.body).toEqual({ caseId: 'c9', expectedVersion: 2 });
    expect(api.sent('POST', '/api/signals/s2/link')[0]?.body).toEqual({ caseId: 'c9' });
  });

  it('opens a new case under a title the adviser can rewrite, since it may become public', async () => {
    const routes = {
      ...inboxRoutes(),
      'POST /api/signals/s1/open-case': () => ({
        status: 201,
        body: { signalId: 's1', step: 'linked', version: 3, caseId: 'c1' },
      }),
    };
    const { user, api } = await renderApp({ path: '/inbox', routes });
    await user.click(await screen.findByRole('button', { name: 'Geen lokaal voor de peutergroep' }));
    const title = await screen.findByRole('textbox', { name: 'Titel van het nieuwe knelpunt' });
    expect((title as HTMLInputElement).value).toBe('Geen lokaal voor de peutergroep');
    await user.clear(title);
    await user.type(title, 'Geen ruimte voor peuteropvang in scholen');
    await user.click(screen.getByRole('button', { name: 'Open een nieuw knelpunt' }));
    await waitFor(() =>
      expect(api.sent('POST', '/api/signals/s1/open-case')[0]?.body).toEqual({
        expectedVersion: 2,
        title: 'Geen ruimte voor peuteropvang in scholen',
      }),
    );
  });

  it('explains a conflict and loads the signal again', async () => {
    const routes = {
      ...inboxRoutes(),
      'POST /api/signals/s1/open-case': () => ({
        status: 409,
        body: { statusCode: 409, message: 'Conflict' },
      }),
    };
    const { user, api } = await renderApp({ path: '/inbox', routes });
    await user.click(await screen.findByRole('button', { name: 'Geen lokaal voor de peutergroep' }));
    await user.click(await screen.findByRole('button', { name: 'Open een nieuw knelpunt' }));
    expect(await screen.findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeTruthy();
    await waitFor(() => expect(api.sent('GET', '/api/signals/s1').length).toBeGreaterThanOrEqual(2));
  });
});
