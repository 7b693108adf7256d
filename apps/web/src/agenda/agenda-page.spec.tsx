import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { formatDay } from '../calls/date-time';
import { dayInput } from '../deepening/dates';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

/** A calendar day `days` from today (YYYY-MM-DD), as the API gives meeting and follow-up dates. */
const day = (days: number) => dayInput(days);

const TABLES = [
  {
    id: 't1',
    name: 'OZK-tafel',
    kind: 'table',
    description: '',
    active: true,
    liaisons: [{ userId: 'liaison-1', displayName: 'Test liaison' }],
    openItems: 4,
    createdAt: '2026-01-01T10:00:00.000Z',
  },
  {
    id: 't2',
    name: 'VNG',
    kind: 'association',
    description: '',
    active: true,
    liaisons: [{ userId: 'liaison-2', displayName: 'Andere liaison' }],
    openItems: 1,
    createdAt: '2026-01-01T10:00:00.000Z',
  },
];

let counter = 0;
function item(fields: { caseTitle: string; status: string } & Record<string, unknown>) {
  counter += 1;
  return {
    id: `i${counter}`,
    caseId: `c${counter}`,
    caseReference: `KP-2026-00000${counter}`,
    caseStep: 'agenda',
    tableId: 't1',
    tableName: 'OZK-tafel',
    ask: 'Wat vragen we?',
    meetingDate: null,
    outcome: null,
    outcomeNote: null,
    followUpOn: null,
    movedAt: '2026-03-01T10:00:00.000Z',
    version: 2,
    createdAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  };
}

const ITEMS = [
  item({ caseTitle: 'Nog maar voorgesteld', status: 'proposed' }),
  item({ caseTitle: 'Vergadering later', status: 'scheduled', meetingDate: day(20) }),
  item({ caseTitle: 'Vergadering straks', status: 'scheduled', meetingDate: day(3) }),
  item({ caseTitle: 'Vergadering voorbij', status: 'scheduled', meetingDate: day(-2) }),
  item({
    caseTitle: 'Besproken zonder uitkomst',
    status: 'discussed',
    meetingDate: day(-10),
    movedAt: `${day(-9)}T10:00:00.000Z`,
  }),
  item({ caseTitle: 'Nagaan vandaag', status: 'follow_up', outcome: 'commitment', followUpOn: day(0) }),
  item({ caseTitle: 'Nagaan later', status: 'follow_up', outcome: 'commitment', followUpOn: day(30) }),
];

describe('the agenda of a liaison', () => {
  it('shows what to record, the meetings coming up, and their own tables with items by status', async () => {
    const { api } = await renderApp({
      path: '/agenda',
      routes: {
        ...signedInAs('liaison'),
        'GET /api/tables': () => ({ status: 200, body: TABLES }),
        'GET /api/agenda-items': () => ({ status: 200, body: { items: ITEMS, nextCursor: null } }),
        'GET /api/themes': () => ({ status: 200, body: [] }),
      },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Agenda: knelpunten aan landelijke tafels' }),
    ).toBeTruthy();

    // What still has to be recorded: the longest waiting first, each with why.
    const toRecord = screen.getByRole('region', { name: 'Nog vast te leggen' });
    const waiting = within(toRecord).getAllByRole('listitem');
    expect(waiting.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Besproken zonder uitkomst',
      'Vergadering voorbij',
      'Nagaan vandaag',
    ]);
    expect(waiting[1]?.textContent).toContain(`De vergadering van ${formatDay(day(-2), 'nl')} is voorbij`);
    expect(waiting[2]?.textContent).toContain(`Nagaan op ${formatDay(day(0), 'nl')}`);
    expect(within(waiting[0]!).getByRole('link').getAttribute('href')).toBe('/agenda/i5');

    // Meetings from today on, soonest first.
    const upcoming = screen.getByRole('table', { name: 'Komende vergaderingen' });
    const rows = within(upcoming).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Vergadering straks',
      'Vergadering later',
    ]);

    // Only the liaison's own table, with the items grouped by status and its meeting brief.
    const tables = screen.getByRole('region', { name: 'Mijn tafels' });
    expect(within(tables).getByRole('article', { name: 'OZK-tafel' })).toBeTruthy();
    expect(within(tables).queryByRole('article', { name: 'VNG' })).toBeNull();
    expect(
      within(tables)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Voorgesteld (1)', 'Geagendeerd (3)', 'Besproken (1)', 'Wordt nagegaan (2)']);
    expect(
      within(tables).getByRole('link', { name: 'Vergaderstuk OZK-tafel (webpagina)' }).getAttribute('href'),
    ).toBe('/api/tables/t1/brief?format=html');
    // Advisers' parts are not for a liaison.
    expect(screen.queryByRole('region', { name: 'Agendapunten die stilstaan' })).toBeNull();
    expect(api.sent('GET', '/api/agenda/stale')).toHaveLength(0);
  });

  it('reads every page of items', async () => {
    const { api } = await renderApp({
      path: '/agenda',
      routes: {
        ...signedInAs('liaison'),
        'GET /api/tables': () => ({ status: 200, body: TABLES }),
        'GET /api/agenda-items': (request) =>
          request.query.get('cursor')
            ? { status: 200, body: { items: ITEMS.slice(3), nextCursor: null } }
            : { status: 200, body: { items: ITEMS.slice(0, 3), nextCursor: 'page-2' } },
        'GET /api/themes': () => ({ status: 200, body: [] }),
      },
    });
    const tables = await screen.findByRole('region', { name: 'Mijn tafels' });
    expect(within(tables).getAllByRole('link', { name: /^(Nog|Vergadering|Besproken|Nagaan)/ })).toHaveLength(
      7,
    );
    expect(api.sent('GET', '/api/agenda-items').map((r) => r.query.get('cursor'))).toEqual([null, 'page-2']);
  });

  it('tells a liaison without a table what to do', async () => {
    await renderApp({
      path: '/agenda',
      routes: {
        ...signedInAs('liaison'),
        'GET /api/tables': () => ({ status: 200, body: [TABLES[1]] }),
        'GET /api/agenda-items': () => ({ status: 200, body: { items: [], nextCursor: null } }),
        'GET /api/themes': () => ({ status: 200, body: [] }),
      },
    });
    expect(await screen.findByText(/Je bent nog geen liaison van een tafel/)).toBeTruthy();
    expect(screen.getByText('Er is nu niets dat je moet vastleggen.')).toBeTruthy();
  });

  it('limits the meeting briefs to one theme when chosen', async () => {
    const { user } = await renderApp({
      path: '/agenda',
      routes: {
        ...signedInAs('liaison'),
        'GET /api/tables': () => ({ status: 200, body: TABLES }),
        'GET /api/agenda-items': () => ({ status: 200, body: { items: ITEMS, nextCursor: null } }),
        'GET /api/themes': () => ({
          status: 200,
          body: [
            {
              id: 'th1',
              name: 'Sociaal netwerk versterkend werken',
              description: '',
              nationalRoute: 'Verbindingsroute',
              active: true,
              caseCount: 2,
              createdAt: '2026-01-01T10:00:00.000Z',
            },
          ],
        }),
      },
    });
    const select = await screen.findByRole('combobox', { name: 'Vergaderstukken voor één opgave' });
    await user.selectOptions(select, 'th1');
    expect(screen.getByRole('link', { name: 'Vergaderstuk OZK-tafel (pdf)' }).getAttribute('href')).toBe(
      '/api/tables/t1/brief?format=pdf&themeId=th1',
    );
  });
});

describe('the agenda of an adviser', () => {
  it('shows every table and the items that have stalled', async () => {
    await renderApp({
      path: '/agenda',
      routes: {
        ...signedInAs('adviser'),
        'GET /api/tables': () => ({ status: 200, body: TABLES }),
        'GET /api/agenda-items': () => ({ status: 200, body: { items: ITEMS, nextCursor: null } }),
        'GET /api/themes': () => ({ status: 200, body: [] }),
        'GET /api/agenda/stale': () => ({
          status: 200,
          body: [{ ...ITEMS[0], staleSince: '2026-03-29T10:00:00.000Z' }],
        }),
        'GET /api/settings/agenda-reminders': () => ({
          status: 200,
          body: { meetingReminderDaysBefore: 3, staleAfterWeeks: 4 },
        }),
      },
    });
    const tables = await screen.findByRole('region', { name: 'Tafels' });
    expect(within(tables).getByRole('article', { name: 'VNG' })).toBeTruthy();
    const stale = await screen.findByRole('table', { name: 'Agendapunten die stilstaan' });
    const row = within(stale).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Nog maar voorgesteld' }).getAttribute('href')).toBe(
      `/agenda/${ITEMS[0]?.id}`,
    );
    expect(within(row).getByText('Voorgesteld')).toBeTruthy();
    // Advisers read the reminder settings; only admins change them.
    expect(await screen.findByText('Weken zonder wijziging waarna een agendapunt stilstaat')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Herinneringen opslaan' })).toBeNull();
  });
});
