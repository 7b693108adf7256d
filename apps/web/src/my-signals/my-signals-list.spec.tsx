import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const member = {
  'GET /api/auth/me': () => ({
    status: 200,
    body: {
      user: { id: 'member-1', email: 'lid@voorbeeld.nl', displayName: 'Lid', role: 'member' },
      via: 'session',
      csrfToken: 'csrf-member',
    },
  }),
};

const signal = (n: number) => ({
  id: `s${n}`,
  reference: `SR-2026-00000${n}`,
  title: `Mijn melding ${n}`,
  kind: 'bottleneck',
  status: 'Oogsten',
  statusExplanation: 'Een netwerkadviseur bekijkt je melding.',
  state: 'open',
  createdAt: '2026-11-20T10:00:00.000Z',
});

describe('my signals', () => {
  it('lists the first page and appends the next one on request', async () => {
    const { user, api } = await renderApp({
      path: '/mijn-meldingen',
      routes: {
        ...member,
        'GET /api/me/signals': (request) =>
          request.query.get('cursor') === 'next'
            ? { status: 200, body: { items: [signal(3)], nextCursor: null } }
            : { status: 200, body: { items: [signal(1), signal(2)], nextCursor: 'next' } },
      },
    });
    expect(await screen.findByRole('link', { name: 'Mijn melding 1' })).toBeTruthy();
    expect(screen.getAllByText('Nu: Oogsten')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Meer meldingen laden' }));
    expect(await screen.findByRole('link', { name: 'Mijn melding 3' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Mijn melding 1',
      'Mijn melding 2',
      'Mijn melding 3',
    ]);
    expect(screen.queryByRole('button', { name: 'Meer meldingen laden' })).toBeNull();
    expect(api.sent('GET', '/api/me/signals').map((r) => r.query.get('cursor'))).toEqual([null, 'next']);
  });
});
