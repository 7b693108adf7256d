import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import type { FakeRoutes } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const CASE = {
  id: 'c1',
  reference: 'KP-2026-000012',
  title: 'Voorschool zonder lokaal',
  domains: ['childcare'],
  step: 'agenda',
  handlingOption: 'funding_experiment',
  version: 7,
  signalCount: 1,
  createdAt: '2026-03-01T09:30:00.000Z',
  updatedAt: '2026-03-01T09:30:00.000Z',
  summary: '',
  signals: [],
  experts: [],
  history: [],
  allowedTransitions: [],
};

const TABLES = [
  { id: 't1', name: 'OZK-tafel', active: true },
  { id: 't2', name: 'VNG', active: true },
  { id: 't3', name: 'Oude tafel', active: false },
].map((table) => ({
  ...table,
  kind: 'table',
  description: '',
  liaisons: [],
  openItems: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
}));

const ITEM = {
  id: 'i1',
  caseId: 'c1',
  caseReference: CASE.reference,
  caseTitle: CASE.title,
  caseStep: 'agenda',
  tableId: 't1',
  tableName: 'OZK-tafel',
  status: 'outcome',
  ask: 'Eén budget per regio?',
  meetingDate: '2026-03-10',
  outcome: 'commitment',
  outcomeNote: 'Het ministerie onderzoekt het.',
  followUpOn: null,
  movedAt: '2026-03-11T10:00:00.000Z',
  version: 5,
  createdAt: '2026-03-01T10:00:00.000Z',
};

function renderCase(role: 'adviser' | 'liaison', routes: FakeRoutes = {}) {
  return renderApp({
    path: '/knelpunten/c1',
    routes: {
      ...signedInAs(role),
      'GET /api/cases/c1': () => ({ status: 200, body: CASE }),
      'GET /api/cases/c1/recognition': () => ({ status: 500 }),
      'GET /api/cases/c1/analyses': () => ({ status: 200, body: [] }),
      'GET /api/publications': () => ({ status: 200, body: { items: [], nextCursor: null } }),
      'GET /api/tables': () => ({ status: 200, body: TABLES }),
      'GET /api/themes': () => ({
        status: 200,
        body: [
          {
            id: 'th1',
            name: 'Sociaal netwerk versterkend werken',
            description: '',
            nationalRoute: '',
            active: true,
            caseCount: 0,
            createdAt: '2026-01-01T10:00:00.000Z',
          },
        ],
      }),
      ...routes,
    },
  });
}

describe('the agenda items on the case page', () => {
  it('lists the items and puts the case on one more table', async () => {
    let items: object[] = [ITEM];
    const { user, api } = await renderCase('adviser', {
      'GET /api/cases/c1/agenda-items': () => ({ status: 200, body: items }),
      'POST /api/cases/c1/agenda-items': () => {
        const added = {
          ...ITEM,
          id: 'i2',
          tableId: 't2',
          tableName: 'VNG',
          status: 'proposed',
          outcome: null,
        };
        items = [ITEM, added];
        return { status: 201, body: { ...added, events: [], documents: [], allowedMoves: [] } };
      },
    });
    const section = await screen.findByRole('region', { name: 'Agendering' });
    const table = await within(section).findByRole('table', { name: 'Agendering' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'OZK-tafel' }).getAttribute('href')).toBe('/agenda/i1');
    expect(row.textContent).toContain('Uitkomst bekend');
    expect(row.textContent).toContain('10 maart 2026');
    expect(row.textContent).toContain('Toezegging');

    // Only active tables the case is not at yet.
    const select = within(section).getByRole('combobox', { name: 'Tafel' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kies een tafel', 'VNG']);
    await user.selectOptions(select, 't2');
    await user.type(
      within(section).getByRole('textbox', { name: 'Wat vragen we deze tafel?' }),
      'Huur delen?',
    );
    await user.click(within(section).getByRole('button', { name: 'Voorleggen' }));
    expect(await within(section).findByText('Het knelpunt is voorgelegd aan VNG.')).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/agenda-items')[0]?.body).toEqual({
      tableId: 't2',
      ask: 'Huur delen?',
    });
    expect(await within(section).findByRole('link', { name: 'VNG' })).toBeTruthy();
  });

  it('puts the case under a theme, and sends the new case version with the next change', async () => {
    const { user, api } = await renderCase('adviser', {
      'GET /api/cases/c1/agenda-items': () => ({ status: 200, body: [] }),
      'PUT /api/cases/c1/theme': () => ({
        status: 200,
        body: { caseId: 'c1', theme: { id: 'th1', name: 'Sociaal netwerk versterkend werken' }, version: 8 },
      }),
      'PATCH /api/cases/c1': (request) => ({ status: 200, body: { ...CASE, ...(request.body as object) } }),
    });
    const section = await screen.findByRole('region', { name: 'Agendering' });
    expect(
      await within(section).findByText('Dit knelpunt staat nog aan geen enkele tafel op de agenda.'),
    ).toBeTruthy();
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Opgave van dit knelpunt' }),
      'th1',
    );
    await user.click(within(section).getByRole('button', { name: 'Opgave opslaan' }));
    expect(
      await within(section).findByText(
        'Opgeslagen: het knelpunt valt onder Sociaal netwerk versterkend werken.',
      ),
    ).toBeTruthy();
    expect(api.sent('PUT', '/api/cases/c1/theme')[0]?.body).toEqual({ themeId: 'th1' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Handelingsoptie' }), 'policy_framework');
    await user.click(screen.getByRole('button', { name: 'Handelingsoptie opslaan' }));
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
    expect(api.sent('PATCH', '/api/cases/c1')[0]?.body).toMatchObject({ expectedVersion: 8 });
  });

  it('shows a liaison the items of their tables, without the forms', async () => {
    await renderCase('liaison', {
      'GET /api/cases/c1/agenda-items': () => ({ status: 200, body: [ITEM] }),
    });
    const section = await screen.findByRole('region', { name: 'Agendering' });
    expect(await within(section).findByRole('link', { name: 'OZK-tafel' })).toBeTruthy();
    expect(within(section).queryByRole('button')).toBeNull();
  });
});
