import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const CALL_ID = '6d1f4a52-8a5e-4f57-9a37-2d1b8c0e4f11';

const CASE = {
  id: 'c1',
  reference: 'KP-2026-000001',
  title: 'Geen lokaal voor de peutergroep',
  domains: ['childcare'],
  step: 'recognition',
  handlingOption: null,
  version: 3,
  signalCount: 1,
  createdAt: '2026-03-01T09:30:00.000Z',
  updatedAt: '2026-03-01T09:30:00.000Z',
  summary: '',
  signals: [],
  experts: [],
  history: [
    { from: null, to: 'recognition', action: 'open', actorRole: 'adviser', at: '2026-03-01T09:30:00.000Z' },
  ],
  allowedTransitions: [
    { to: 'deepening', action: 'deepen', reasonRequired: false, blockedBy: [] },
    { to: 'archived', action: 'archive', reasonRequired: true, blockedBy: [] },
  ],
};

const CALL = {
  id: CALL_ID,
  kind: 'targeted',
  question: 'Herken je dat peutergroepen in scholen geen lokaal krijgen?',
  reason: 'Een school meldde dit.',
  channels: ['website'],
  opensAt: '2026-03-01T10:00:00.000Z',
  closesAt: '2026-03-15T16:00:00.000Z',
  caseReference: 'KP-2026-000001',
  caseTitle: 'Geen lokaal voor de peutergroep',
  open: false,
  caseId: 'c1',
  audienceDomains: ['childcare', 'education'],
  audienceRegions: [],
  audienceEveryone: false,
  isPublic: false,
  status: 'closed',
  audienceSize: 40,
  invited: 40,
  answers: 12,
  fanoutCompletedAt: '2026-03-01T10:00:05.000Z',
  publishedAt: '2026-03-01T10:00:00.000Z',
  closedAt: '2026-03-15T16:00:00.000Z',
  version: 3,
  createdAt: '2026-03-01T09:45:00.000Z',
};

const FIGURES = {
  respondents: 12,
  recognised: 7,
  partly: 2,
  notRecognised: 3,
  endorsements: 2,
  shareRecognising: 0.75,
  domainsRecognising: 2,
  regionsRecognising: 3,
  organisationsRecognising: 5,
  byDomain: { education: 3, childcare: 6 },
  byRegion: { Utrecht: 4, Amersfoort: 3, landelijk: 2 },
  urgency: { low: 1, medium: 3, high: 5 },
  needsThemes: [
    { term: 'huisvesting', answers: 4 },
    { term: 'afspraken', answers: 3 },
  ],
};

const PANEL = {
  calls: [CALL],
  answers: [
    {
      callId: CALL_ID,
      recognition: 'recognised',
      urgency: 'high',
      needed: 'Afspraken over huisvesting tussen gemeente en schoolbestuur',
      comment: null,
      domain: 'childcare',
      region: 'Utrecht',
      organisationType: 'childcare_organisation',
      organisation: null,
      byMember: true,
      consentPublication: false,
      answeredAt: '2026-03-04T10:00:00.000Z',
    },
    {
      callId: CALL_ID,
      recognition: 'not_recognised',
      urgency: 'low',
      needed: 'Niets bijzonders',
      comment: 'Bij ons is er ruimte genoeg.',
      domain: 'education',
      region: 'Amersfoort',
      organisationType: 'school',
      organisation: 'Basisschool De Linde',
      byMember: false,
      consentPublication: true,
      answeredAt: '2026-03-05T10:00:00.000Z',
    },
  ],
  live: [],
  tallies: [
    {
      callId: CALL_ID,
      figures: FIGURES,
      recommendation: 'broad',
      thresholds: {
        minRespondents: 10,
        broadShare: 0.6,
        broadMinDomains: 2,
        broadMinRegions: 2,
        partialShare: 0.3,
      },
      createdAt: '2026-03-15T16:00:02.000Z',
    },
  ],
  conversations: [],
  endorsements: 2,
};

function renderCase(caseDetail = CASE) {
  return renderApp({
    path: '/knelpunten/c1',
    routes: {
      ...signedInAs('adviser'),
      'GET /api/cases/c1': () => ({ status: 200, body: caseDetail }),
      'GET /api/cases/c1/recognition': () => ({ status: 200, body: PANEL }),
      'POST /api/cases/c1/recognition/conversations': (request) => ({
        status: 201,
        body: [
          {
            id: 'v1',
            ...(request.body as object),
            notes: 'Zij zien het ook.',
            createdAt: '2026-03-16T09:00:00.000Z',
          },
        ],
      }),
    },
  });
}

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the recognition panel on the case page', () => {
  it('shows the tally of a closed call: breadth, urgency, needs and the recommendation with its thresholds', async () => {
    await renderCase();
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Herkenning toetsen' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(panel).getByRole('link', { name: 'Nieuwe gerichte oproep' }).getAttribute('href')).toBe(
      '/beheer/oproepen/nieuw?case=c1',
    );
    expect(within(panel).getByText('2 leden zeiden ‘Ik herken dit’ buiten een oproep om.')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: CALL.question }).getAttribute('href')).toBe(
      `/beheer/oproepen/${CALL_ID}`,
    );
    expect(within(panel).getByText('40 van 40 leden uitgenodigd')).toBeTruthy();

    const tally = within(panel).getByRole('article', { name: /Uitkomst van ‘Herken je dat peutergroepen/ });
    expect(within(tally).getByText('Advies: breed herkend')).toBeTruthy();
    expect(
      within(tally).getByText(
        "Gebruikte drempels: breed herkend bij minstens 10 reacties, waarvan minstens 60% het (deels) herkent, uit minstens 2 domeinen en 2 regio's; deels herkend als minstens 30% het (deels) herkent.",
      ),
    ).toBeTruthy();
    expect(within(tally).getByText('75%')).toBeTruthy();

    expect(rowsOf(within(tally).getByRole('table', { name: 'Herkend per domein' }))).toEqual([
      ['Kinderopvang', '6'],
      ['Onderwijs', '3'],
    ]);
    expect(rowsOf(within(tally).getByRole('table', { name: 'Herkend per regio' }))).toEqual([
      ['Utrecht', '4'],
      ['Amersfoort', '3'],
      ['landelijk', '2'],
    ]);
    expect(rowsOf(within(tally).getByRole('table', { name: 'Hoe urgent' }))).toEqual([
      ['Niet zo urgent', '1'],
      ['Urgent', '3'],
      ['Zeer urgent', '5'],
    ]);
    expect(within(tally).getByText('huisvesting (4 keer)')).toBeTruthy();

    // The answers, without who gave them.
    expect(within(panel).getByText('Toon de antwoorden (2)')).toBeTruthy();
    expect(
      within(panel).getByText('Afspraken over huisvesting tussen gemeente en schoolbestuur'),
    ).toBeTruthy();
    expect(within(panel).getByText(/Onderwijs · Amersfoort · School · Basisschool De Linde/)).toBeTruthy();

    // The decision stays with the next steps of the case.
    expect(screen.getByRole('button', { name: 'Naar verdiepen' })).toBeTruthy();
  });

  it('records a conversation with network partners', async () => {
    const { user, api } = await renderCase();
    await screen.findByText('Nog geen gesprekken vastgelegd.');
    await user.type(
      screen.getByRole('textbox', { name: 'Met wie?' }),
      'Gemeente Utrecht, twee schoolbesturen',
    );
    await user.click(screen.getByRole('radio', { name: 'Deels herkend' }));
    await user.click(screen.getByRole('button', { name: 'Gesprek vastleggen' }));

    expect(await screen.findByText('Het gesprek is vastgelegd.')).toBeTruthy();
    const sent = api.sent('POST', '/api/cases/c1/recognition/conversations')[0]?.body as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({ partners: 'Gemeente Utrecht, twee schoolbesturen', outcome: 'partly' });
    expect(sent.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByText(/Gemeente Utrecht, twee schoolbesturen \(Deels herkend\)/)).toBeTruthy();
    expect(screen.queryByText('Nog geen gesprekken vastgelegd.')).toBeNull();
  });

  it('is read only once the case has moved on, and the history shows what the decision rested on', async () => {
    await renderCase({
      ...CASE,
      step: 'deepening',
      allowedTransitions: [],
      history: [
        ...CASE.history,
        {
          from: 'recognition',
          to: 'deepening',
          action: 'deepen',
          actorRole: 'adviser',
          at: '2026-03-16T09:30:00.000Z',
          evidence: {
            tally: { callId: CALL_ID, recommendation: 'broad', respondents: 12, shareRecognising: 0.75 },
            conversations: [{ heldOn: '2026-03-10', partners: 'Gemeente Utrecht', outcome: 'recognised' }],
            endorsements: 2,
          },
        },
      ],
    } as typeof CASE);
    expect(
      await screen.findByText('De toets is afgerond. Dit is waar de beslissing op rustte.'),
    ).toBeTruthy();
    await screen.findByText('Advies: breed herkend');
    expect(screen.queryByRole('link', { name: 'Nieuwe gerichte oproep' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gesprek vastleggen' })).toBeNull();
    expect(
      screen.getByText(
        'Onderbouwing: advies breed herkend (12 reacties, 75% herkent het); 1 gesprekken met netwerkpartners; 2 keer ‘Ik herken dit’.',
      ),
    ).toBeTruthy();
  });
});
