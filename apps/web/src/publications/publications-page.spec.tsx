import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { RecordedRequest } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const CASE_A = '0b9d3c8e-2a3f-4f5b-9c1d-7e6f5a4b3c2d';
const CASE_B = '1c8e4d9f-3b40-4a6c-8d2e-8f7a6b5c4d3e';
const ID = '3f0c1b2a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

function caseSummary(id: string, reference: string, title: string, step: string) {
  return {
    id,
    reference,
    title,
    domains: ['childcare'],
    step,
    handlingOption: 'knowledge_sharing',
    version: 4,
    signalCount: 1,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  };
}

/** Cases in sharing and agenda; none in the other steps. */
function casesByStep(request: RecordedRequest) {
  const step = request.query.get('step');
  const items =
    step === 'sharing'
      ? [caseSummary(CASE_A, 'KP-2026-000001', 'Vervoer naar de opvang', 'sharing')]
      : step === 'agenda'
        ? [caseSummary(CASE_B, 'KP-2026-000002', 'Wachtlijst jeugdhulp', 'agenda')]
        : [];
  return { status: 200, body: { items, nextCursor: null } };
}

function publication(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    kind: 'podcast',
    title: 'Vervoer tussen school en opvang',
    summary: '',
    body: 'Een gesprek over vervoer.',
    linkUrl: 'https://podcast.example.nl/aflevering-1',
    callToAction: null,
    status: 'draft',
    version: 1,
    checkedVersion: null,
    checkedAt: null,
    checkCurrent: false,
    openFindings: 0,
    publishable: false,
    publishedAt: null,
    cases: [
      {
        id: CASE_A,
        reference: 'KP-2026-000001',
        title: 'Vervoer naar de opvang',
        titleReviewed: true,
        step: 'sharing',
      },
    ],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    findings: [],
    ...overrides,
  };
}

describe('the publications of an adviser', () => {
  it('lists publications with kind, cases, status and check, filtered, a page at a time', async () => {
    const first = publication({ checkCurrent: true, checkedVersion: 1, openFindings: 2, status: 'review' });
    const second = {
      ...publication({ status: 'published' }),
      id: 'p2',
      title: 'Blikvanger peuters',
      kind: 'blikvanger',
    };
    const { user, api } = await renderApp({
      path: '/beheer/publicaties',
      routes: {
        ...signedInAs('adviser'),
        'GET /api/publications': (request) => ({
          status: 200,
          body: request.query.get('cursor')
            ? { items: [second], nextCursor: null }
            : { items: [first], nextCursor: 'next-1' },
        }),
      },
    });
    const table = await screen.findByRole('table', { name: 'Alle publicaties' });
    const row = within(table).getByRole('row', { name: /Vervoer tussen school en opvang/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Podcast', 'KP-2026-000001', 'Ter review', 'Bevindingen open: 2', '1 maart 2026']);
    expect(within(row).getByRole('link').getAttribute('href')).toBe(`/beheer/publicaties/${ID}`);
    expect(screen.getByRole('link', { name: 'Nieuwe publicatie' }).getAttribute('href')).toBe(
      '/beheer/publicaties/nieuw',
    );

    await user.click(screen.getByRole('button', { name: 'Meer publicaties laden' }));
    expect(await screen.findByRole('link', { name: 'Blikvanger peuters' })).toBeTruthy();
    expect(api.sent('GET', '/api/publications')[1]?.query.get('cursor')).toBe('next-1');
    expect(screen.queryByRole('button', { name: 'Meer publicaties laden' })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'review');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort' }), 'podcast');
    await waitFor(() => {
      const last = api.sent('GET', '/api/publications').at(-1);
      expect(last?.query.get('status')).toBe('review');
      expect(last?.query.get('kind')).toBe('podcast');
    });
  });

  it('writes a podcast about the case it came from, with the link the kind needs', async () => {
    let tries = 0;
    const { user, api } = await renderApp({
      path: `/beheer/publicaties/nieuw?case=${CASE_A}`,
      routes: {
        ...signedInAs('adviser'),
        'GET /api/cases': casesByStep,
        'POST /api/publications': () =>
          ++tries === 1
            ? {
                status: 422,
                body: {
                  statusCode: 422,
                  code: 'rule_violated',
                  message: 'Een podcast heeft een link nodig waar je hem kunt beluisteren.',
                  details: {
                    problems: [
                      { code: 'link_required', field: 'linkUrl', message: 'A podcast needs a link.' },
                    ],
                  },
                },
              }
            : { status: 201, body: publication() },
        [`GET /api/publications/${ID}`]: () => ({ status: 200, body: publication() }),
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuwe publicatie' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar het knelpunt' }).getAttribute('href')).toBe(
      `/knelpunten/${CASE_A}`,
    );
    // The cases in sharing or later, asked per step; the case it came from is chosen.
    const cases = await screen.findByRole('group', { name: 'Over welke knelpunten?' });
    const caseA = await within(cases).findByRole('checkbox', {
      name: 'KP-2026-000001: Vervoer naar de opvang (stap Delen)',
    });
    expect((caseA as HTMLInputElement).checked).toBe(true);
    const caseB = within(cases).getByRole('checkbox', {
      name: 'KP-2026-000002: Wachtlijst jeugdhulp (stap Agenderen)',
    });
    expect((caseB as HTMLInputElement).checked).toBe(false);
    expect(
      api
        .sent('GET', '/api/cases')
        .map((r) => r.query.get('step'))
        .sort(),
    ).toEqual(['agenda', 'closed', 'feedback', 'sharing']);

    // Only a Blikvanger has a call to action; a podcast has its link.
    expect(screen.queryByRole('textbox', { name: 'Oproep om te reageren' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Blikvanger' }));
    expect(screen.getByRole('textbox', { name: 'Oproep om te reageren' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Podcast' }));
    expect(screen.queryByRole('textbox', { name: 'Oproep om te reageren' })).toBeNull();
    const link = screen.getByRole('textbox', { name: 'Link naar de podcast' });

    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Vervoer tussen school en opvang');
    await user.type(screen.getByRole('textbox', { name: 'Tekst' }), 'Een gesprek over vervoer.');
    await user.click(caseB);
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    // The API's rule, at the field and in the summary.
    await waitFor(() => expect(link.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('publication-linkUrl-error')?.textContent).toBe(
      'Een podcast heeft een link nodig waar je hem kunt beluisteren.',
    );
    const summary = screen.getByRole('heading', { name: 'Controleer dit nog' }).closest('div');
    expect(summary?.querySelector('a')?.getAttribute('href')).toBe('#publication-linkUrl');

    await user.type(link, 'https://podcast.example.nl/aflevering-1');
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    expect(
      await screen.findByText(
        'De publicatie is opgeslagen als concept. De controle op persoonsgegevens loopt.',
      ),
    ).toBeTruthy();
    expect(api.sent('POST', '/api/publications')[1]?.body).toEqual({
      kind: 'podcast',
      title: 'Vervoer tussen school en opvang',
      summary: '',
      body: 'Een gesprek over vervoer.',
      linkUrl: 'https://podcast.example.nl/aflevering-1',
      caseIds: [CASE_A, CASE_B],
    });
  });

  it('offers a new publication on the page of a case in sharing', async () => {
    const detail = {
      ...caseSummary(CASE_A, 'KP-2026-000001', 'Vervoer naar de opvang', 'sharing'),
      summary: '',
      signals: [],
      experts: [],
      history: [],
      allowedTransitions: [],
    };
    await renderApp({
      path: `/knelpunten/${CASE_A}`,
      routes: {
        ...signedInAs('adviser'),
        [`GET /api/cases/${CASE_A}`]: () => ({ status: 200, body: detail }),
        'GET /api/publications': (request) => ({
          status: 200,
          body: { items: request.query.get('caseId') === CASE_A ? [publication()] : [], nextCursor: null },
        }),
      },
    });
    const section = await screen.findByRole('region', { name: 'Publicaties' });
    expect(within(section).getByRole('link', { name: 'Nieuwe publicatie' }).getAttribute('href')).toBe(
      `/beheer/publicaties/nieuw?case=${CASE_A}`,
    );
    expect(
      (await within(section).findByRole('link', { name: 'Vervoer tussen school en opvang' })).getAttribute(
        'href',
      ),
    ).toBe(`/beheer/publicaties/${ID}`);
  });
});
