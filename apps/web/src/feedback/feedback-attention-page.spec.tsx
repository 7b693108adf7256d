import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const ITEM = {
  caseId: 'c1',
  reference: 'KP-2026-000042',
  title: 'Voorschool zonder lokaal',
  step: 'closed',
  version: 9,
  helpfulness: { yes: 2, partly: 1, no: 1 },
  lastNoAt: '2026-04-03T08:00:00.000Z',
  noComments: ['Er is voor ons niets veranderd.'],
  canReopen: true,
  suggestion:
    'Iemand vond dat de terugkoppeling niet heeft geholpen. Overweeg het knelpunt te heropenen (terug naar Toetsen, met een reden).',
};

describe('the cases whose feedback did not help', () => {
  it('lists them with the answers, the comments and the suggestion to reopen, linking to the case', async () => {
    await renderApp({
      path: '/beheer/terugkoppeling',
      routes: {
        ...signedInAs('adviser'),
        'GET /api/feedback/attention': () => ({ status: 200, body: [ITEM] }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Aandacht nodig' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Knelpunten die aandacht nodig hebben' });
    const item = within(list).getByRole('article', { name: 'KP-2026-000042: Voorschool zonder lokaal' });
    expect(within(item).getByText(/^Stap: Afgerond · laatste ‘nee’ op 3 april 2026/)).toBeTruthy();
    expect(
      within(item).getByText('Ja, dit heeft geholpen: 2 · Gedeeltelijk: 1 · Nee, dit heeft niet geholpen: 1'),
    ).toBeTruthy();
    expect(within(item).getByText('Er is voor ons niets veranderd.')).toBeTruthy();
    expect(within(item).getByText(ITEM.suggestion)).toBeTruthy();
    const reopen = within(item).getByRole('link', { name: /^Naar het knelpunt om het te heropenen/ });
    expect(reopen.getAttribute('href')).toBe('/knelpunten/c1');
  });

  it('says when there are none', async () => {
    await renderApp({
      path: '/beheer/terugkoppeling',
      routes: { ...signedInAs('adviser'), 'GET /api/feedback/attention': () => ({ status: 200, body: [] }) },
    });
    expect(await screen.findByText(/Er zijn geen knelpunten waarvan iemand zei/)).toBeTruthy();
  });
});
