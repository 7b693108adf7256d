import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

function insight(id: string, title: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'interview',
    title,
    summary: `Samenvatting van ${title}`,
    body: 'De tekst.',
    linkUrl: null,
    callToAction: null,
    publishedAt: '2026-03-02T10:00:00.000Z',
    cases: [{ reference: 'KP-2026-000001', title: 'Vervoer tussen school en opvang sluit niet aan' }],
    ...overrides,
  };
}

const FIRST = insight('i1', 'Vervoer & opvang: <samen> beter geregeld');
const SECOND = insight('i2', 'Een poster over peuters', { kind: 'blikvanger', cases: [] });

describe('the public insights', () => {
  it('lists published insights with kind, date and cases, a page at a time, with the feed', async () => {
    const { user, api } = await renderApp({
      path: '/inzichten',
      routes: {
        'GET /api/public/insights': (request) => ({
          status: 200,
          body: request.query.get('cursor')
            ? { items: [SECOND], nextCursor: null }
            : { items: [FIRST], nextCursor: 'c-1' },
        }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inzichten uit het netwerk' })).toBeTruthy();
    // The title is text: what looks like HTML in it stays visible as written.
    const title = screen.getByRole('heading', { level: 2, name: FIRST.title });
    expect(within(title).getByRole('link').getAttribute('href')).toBe('/inzichten/i1');
    expect(document.querySelector('samen')).toBeNull();
    const card = title.closest('li') as HTMLElement;
    expect(within(card).getByText('Interview · 2 maart 2026')).toBeTruthy();
    expect(within(card).getByText(`Samenvatting van ${FIRST.title}`)).toBeTruthy();
    expect(card.textContent).toContain(
      'Over: KP-2026-000001: Vervoer tussen school en opvang sluit niet aan',
    );

    // The feed: in the page head for browsers and feed readers, and as a link for people.
    const head = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(head?.getAttribute('href')).toBe('/api/public/insights.atom');
    expect(
      screen.getByRole('link', { name: 'Volg de inzichten met een feedreader (Atom)' }).getAttribute('href'),
    ).toBe('/api/public/insights.atom');

    // The navigation offers the page to everyone.
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Inzichten' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('button', { name: 'Meer inzichten laden' }));
    expect(await screen.findByRole('heading', { level: 2, name: SECOND.title })).toBeTruthy();
    expect(screen.getByText('Blikvanger · 2 maart 2026')).toBeTruthy();
    expect(screen.getByText('2 inzichten getoond.')).toBeTruthy();
    expect(api.sent('GET', '/api/public/insights')[1]?.query.get('cursor')).toBe('c-1');
    expect(screen.queryByRole('button', { name: 'Meer inzichten laden' })).toBeNull();
  });

  it('says so when nothing is published yet', async () => {
    await renderApp({
      path: '/inzichten',
      routes: { 'GET /api/public/insights': () => ({ status: 200, body: { items: [], nextCursor: null } }) },
    });
    expect(await screen.findByText('Er zijn nog geen inzichten gepubliceerd.')).toBeTruthy();
  });

  it('shows one insight as text, with its podcast link and its call to react', async () => {
    const podcast = insight('i3', 'Luister: vervoer', {
      kind: 'podcast',
      body: 'Regel één.\n<b>Regel twee</b>',
      linkUrl: 'https://podcast.example.nl/1',
      callToAction: 'Herken je dit? Laat het ons weten.',
    });
    await renderApp({
      path: '/inzichten/i3',
      routes: { 'GET /api/public/insights/i3': () => ({ status: 200, body: podcast }) },
    });
    const article = await screen.findByRole('article', { name: 'Luister: vervoer' });
    expect(within(article).getByText(/<b>Regel twee<\/b>/)).toBeTruthy();
    expect(article.querySelector('b')).toBeNull();
    expect(within(article).getByRole('link', { name: 'Luister de podcast' }).getAttribute('href')).toBe(
      'https://podcast.example.nl/1',
    );
    expect(within(article).getByText('Herken je dit? Laat het ons weten.')).toBeTruthy();
    expect(document.title).toBe('Luister: vervoer - Signaalroute');
  });

  it('tells when an insight does not exist', async () => {
    await renderApp({
      path: '/inzichten/onbekend',
      routes: { 'GET /api/public/insights/onbekend': () => ({ status: 404, body: { statusCode: 404 } }) },
    });
    expect(await screen.findByText('Dit inzicht bestaat niet of is niet gepubliceerd.')).toBeTruthy();
  });
});
