import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import type { FakeRoutes } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const ITEM_ID = '5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

const SUBMITTED = {
  id: ITEM_ID,
  caseId: 'c1',
  caseReference: 'KP-2026-000012',
  caseTitle: 'Voorschool zonder lokaal',
  caseStep: 'agenda',
  tableId: 't1',
  tableName: 'OZK-tafel',
  status: 'submitted',
  ask: 'Wilt u één budget per regio mogelijk maken?',
  meetingDate: null,
  outcome: null,
  outcomeNote: null,
  followUpOn: null,
  movedAt: '2026-03-02T10:00:00.000Z',
  version: 2,
  createdAt: '2026-03-01T10:00:00.000Z',
  events: [
    {
      id: '1',
      from: null,
      to: 'proposed',
      actorId: 'a1',
      actorName: 'Anna Adviseur',
      note: '',
      changes: { ask: { from: null, to: 'Wilt u één budget per regio mogelijk maken?' } },
      at: '2026-03-01T10:00:00.000Z',
    },
    {
      id: '2',
      from: 'proposed',
      to: 'submitted',
      actorId: 'l1',
      actorName: 'Lies Liaison',
      note: 'Aangemeld bij het secretariaat.',
      changes: null,
      at: '2026-03-02T10:00:00.000Z',
    },
  ],
  documents: [],
  allowedMoves: [{ to: 'scheduled', action: 'schedule', requires: ['meetingDate'], accepts: [] }],
};

const DISCUSSED = {
  ...SUBMITTED,
  status: 'discussed',
  meetingDate: '2026-03-10',
  version: 4,
  allowedMoves: [
    { to: 'outcome', action: 'record_outcome', requires: ['outcome'], accepts: ['outcomeNote'] },
  ],
};

const OUTCOME = {
  ...DISCUSSED,
  status: 'outcome',
  outcome: 'commitment',
  outcomeNote: 'Het ministerie onderzoekt één budget.',
  version: 5,
  allowedMoves: [
    { to: 'follow_up', action: 'plan_follow_up', requires: ['followUpOn'], accepts: [] },
    { to: 'closed', action: 'close', requires: [], accepts: [] },
  ],
};

function renderItem(item: object, routes: FakeRoutes = {}) {
  return renderApp({
    path: `/agenda/${ITEM_ID}`,
    routes: {
      ...signedInAs('liaison'),
      [`GET /api/agenda-items/${ITEM_ID}`]: () => ({ status: 200, body: item }),
      ...routes,
    },
  });
}

function moveSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Volgende stap vastleggen' });
}

describe('an agenda item', () => {
  it('shows the case, the ask, the brief links and the history', async () => {
    await renderItem(SUBMITTED);
    expect(await screen.findByRole('heading', { level: 1, name: 'Voorschool zonder lokaal' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'KP-2026-000012' }).getAttribute('href')).toBe('/knelpunten/c1');
    expect(screen.getByText(SUBMITTED.ask)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vergaderstuk OZK-tafel (pdf)' }).getAttribute('href')).toBe(
      '/api/tables/t1/brief?format=pdf',
    );
    const history = screen.getByRole('region', { name: 'Verloop' });
    const entries = within(history).getAllByRole('listitem');
    // Newest first: who, what, and the note kept with it.
    expect(entries[0]?.textContent).toMatch(/Voorgesteld → Ingediend door Lies Liaison/);
    expect(entries[0]?.textContent).toMatch(/Notitie: Aangemeld bij het secretariaat\./);
    expect(entries[1]?.textContent).toMatch(/Voorgesteld voor deze tafel door Anna Adviseur/);
  });

  it('offers only the moves allowed now, with the fields each needs', async () => {
    const { user } = await renderItem(OUTCOME);
    const section = await screen.findByRole('region', { name: 'Volgende stap vastleggen' });
    const choices = within(section).getAllByRole('radio');
    expect(choices.map((radio) => radio.getAttribute('value'))).toEqual(['follow_up', 'closed']);
    expect(within(section).queryByLabelText('Vergaderdatum')).toBeNull();
    expect(within(section).queryByLabelText('Nagaan op')).toBeNull();

    await user.click(within(section).getByRole('radio', { name: /Nagaan op een later moment/ }));
    expect(within(section).getByLabelText('Nagaan op')).toBeTruthy();
    await user.click(within(section).getByRole('radio', { name: 'Afsluiten' }));
    expect(within(section).queryByLabelText('Nagaan op')).toBeNull();
    expect(within(section).getByRole('textbox', { name: 'Wat is er gebeurd?' })).toBeTruthy();
  });

  it('asks which move when there is more than one', async () => {
    const { user, api } = await renderItem(OUTCOME);
    await screen.findByRole('region', { name: 'Volgende stap vastleggen' });
    await user.click(within(moveSection()).getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByRole('link', { name: 'Kies wat je vastlegt.' })).toBeTruthy();
    expect(api.sent('POST', `/api/agenda-items/${ITEM_ID}/moves`)).toHaveLength(0);
  });

  it('shows what the API finds missing at the field, then records the move', async () => {
    const scheduled = {
      ...SUBMITTED,
      status: 'scheduled',
      meetingDate: '2026-04-14',
      version: 3,
      events: [
        ...SUBMITTED.events,
        {
          id: '3',
          from: 'submitted',
          to: 'scheduled',
          actorId: 'liaison-1',
          actorName: 'Test liaison',
          note: 'Op de agenda van april.',
          changes: { meetingDate: { from: null, to: '2026-04-14' } },
          at: '2026-03-03T10:00:00.000Z',
        },
      ],
      allowedMoves: [
        { to: 'scheduled', action: 'reschedule', requires: ['meetingDate'], accepts: [] },
        { to: 'discussed', action: 'record_discussed', requires: [], accepts: [] },
      ],
    };
    let tries = 0;
    const { user, api } = await renderItem(SUBMITTED, {
      [`POST /api/agenda-items/${ITEM_ID}/moves`]: () => {
        tries += 1;
        if (tries === 1) {
          return {
            status: 422,
            body: {
              statusCode: 422,
              code: 'rule_violated',
              message: 'Deze stap vraagt om: meetingDate; niet bij deze stap: -.',
              details: { missing: ['meetingDate'], unexpected: [] },
            },
          };
        }
        return { status: 200, body: scheduled };
      },
    });
    const section = await screen.findByRole('region', { name: 'Volgende stap vastleggen' });
    // One way on: chosen already, its field shown.
    const radio = within(section).getByRole('radio', { name: /Geagendeerd voor een vergadering/ });
    expect((radio as HTMLInputElement).checked).toBe(true);
    await user.type(
      within(section).getByRole('textbox', { name: 'Wat is er gebeurd?' }),
      'Op de agenda van april.',
    );
    await user.click(within(section).getByRole('button', { name: 'Geagendeerd voor een vergadering' }));

    // The refusal at the date field, and in the summary linking to it.
    const summaryLink = await screen.findByRole('link', { name: 'Vul de vergaderdatum in.' });
    expect(summaryLink.getAttribute('href')).toBe('#move-meetingDate');
    const date = within(section).getByLabelText('Vergaderdatum');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain('move-meetingDate-error');
    expect(document.getElementById('move-meetingDate-error')?.textContent).toBe('Vul de vergaderdatum in.');
    expect(api.sent('POST', `/api/agenda-items/${ITEM_ID}/moves`)[0]?.body).toEqual({
      to: 'scheduled',
      note: 'Op de agenda van april.',
      expectedVersion: 2,
    });

    await user.type(date, '2026-04-14');
    await user.click(within(section).getByRole('button', { name: 'Geagendeerd voor een vergadering' }));
    expect(await screen.findByText('Vastgelegd. Het agendapunt staat nu op: Geagendeerd.')).toBeTruthy();
    expect(api.sent('POST', `/api/agenda-items/${ITEM_ID}/moves`)[1]?.body).toEqual({
      to: 'scheduled',
      note: 'Op de agenda van april.',
      meetingDate: '2026-04-14',
      expectedVersion: 2,
    });
    // The form now offers the moves from the new status; the history has the move with its date.
    expect(within(moveSection()).getByRole('radio', { name: 'Nieuwe vergaderdatum' })).toBeTruthy();
    expect(within(moveSection()).getByRole('radio', { name: 'Besproken in de vergadering' })).toBeTruthy();
    const newest = within(screen.getByRole('region', { name: 'Verloop' })).getAllByRole('listitem')[0];
    expect(newest?.textContent).toMatch(/Ingediend → Geagendeerd door Test liaison/);
    expect(newest?.textContent).toMatch(/Vergaderdatum: 14 april 2026/);
  });

  it('records an outcome with its note, sending only the fields of that move', async () => {
    const { user, api } = await renderItem(DISCUSSED, {
      [`POST /api/agenda-items/${ITEM_ID}/moves`]: () => ({ status: 200, body: OUTCOME }),
    });
    const section = await screen.findByRole('region', { name: 'Volgende stap vastleggen' });
    expect(within(section).queryByLabelText('Vergaderdatum')).toBeNull();
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Uitkomst' }), 'commitment');
    await user.type(
      within(section).getByRole('textbox', { name: 'Toelichting bij de uitkomst (niet verplicht)' }),
      OUTCOME.outcomeNote,
    );
    await user.type(
      within(section).getByRole('textbox', { name: 'Wat is er gebeurd?' }),
      'Besproken op 10 maart.',
    );
    await user.click(within(section).getByRole('button', { name: 'Uitkomst vastleggen' }));
    expect(await screen.findByText('Vastgelegd. Het agendapunt staat nu op: Uitkomst bekend.')).toBeTruthy();
    expect(api.sent('POST', `/api/agenda-items/${ITEM_ID}/moves`)[0]?.body).toEqual({
      to: 'outcome',
      note: 'Besproken op 10 maart.',
      outcome: 'commitment',
      outcomeNote: OUTCOME.outcomeNote,
      expectedVersion: 4,
    });
    expect(screen.getByText('Toezegging')).toBeTruthy();
  });

  it('puts a follow-up date in the past, as the API refuses it, at its field', async () => {
    const { user } = await renderItem(OUTCOME, {
      [`POST /api/agenda-items/${ITEM_ID}/moves`]: () => ({
        status: 422,
        body: {
          statusCode: 422,
          code: 'rule_violated',
          message: 'De datum om na te gaan ligt in het verleden.',
          details: { followUpOn: '2020-01-01' },
        },
      }),
    });
    const section = await screen.findByRole('region', { name: 'Volgende stap vastleggen' });
    await user.click(within(section).getByRole('radio', { name: /Nagaan op een later moment/ }));
    await user.type(within(section).getByLabelText('Nagaan op'), '2020-01-01');
    await user.type(within(section).getByRole('textbox', { name: 'Wat is er gebeurd?' }), 'Toegezegd.');
    await user.click(within(section).getByRole('button', { name: 'Nagaan op een later moment' }));
    const link = await screen.findByRole('link', { name: 'De datum om na te gaan ligt in het verleden.' });
    expect(link.getAttribute('href')).toBe('#move-followUpOn');
  });

  it('adds a document by its title and link', async () => {
    const withDocument = {
      ...SUBMITTED,
      documents: [
        {
          id: 'd1',
          title: 'Verslag OZK-tafel',
          url: 'https://example.org/verslag.pdf',
          addedById: 'liaison-1',
          addedAt: '2026-03-04T10:00:00.000Z',
        },
      ],
    };
    const { user, api } = await renderItem(SUBMITTED, {
      [`POST /api/agenda-items/${ITEM_ID}/documents`]: () => ({ status: 201, body: withDocument }),
    });
    const documents = await screen.findByRole('region', { name: 'Documenten' });
    expect(within(documents).getByText('Nog geen documenten.')).toBeTruthy();
    await user.type(within(documents).getByRole('textbox', { name: 'Titel' }), 'Verslag OZK-tafel');
    await user.type(
      within(documents).getByRole('textbox', { name: 'Link naar het document' }),
      'https://example.org/verslag.pdf',
    );
    await user.click(within(documents).getByRole('button', { name: 'Document toevoegen' }));
    expect(await within(documents).findByText('Het document is toegevoegd.')).toBeTruthy();
    expect(within(documents).getByRole('link', { name: 'Verslag OZK-tafel' }).getAttribute('href')).toBe(
      'https://example.org/verslag.pdf',
    );
    expect(api.sent('POST', `/api/agenda-items/${ITEM_ID}/documents`)[0]?.body).toEqual({
      title: 'Verslag OZK-tafel',
      url: 'https://example.org/verslag.pdf',
    });
  });
});
