import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { FakeAnswer, FakeRoutes, RecordedRequest } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const AREAS = ['legislation', 'steering_accountability', 'funding', 'decision_making', 'communication'];

const emptyAreas = () =>
  Object.fromEntries(AREAS.map((area) => [area, { playsRole: null, explanation: '' }]));

function workspace(analysis: Record<string, unknown> = {}, editable = true) {
  return {
    assignment: {
      assignmentId: 'a1',
      kind: 'staff',
      displayName: 'Test expert',
      dueOn: '2026-04-01',
      overdue: true,
    },
    case: {
      id: 'c1',
      reference: 'KP-2026-000001',
      title: 'Voorschool zonder lokaal',
      summary: 'Peuters kunnen niet naar de voorschool in het schoolgebouw.',
      domains: ['education', 'childcare'],
      step: 'deepening',
      signals: [{ title: 'Geen lokaal', description: 'Niemand betaalt het lokaal voor de peutergroep.' }],
    },
    analysis: {
      causeAreas: emptyAreas(),
      rootCauseSummary: '',
      recommendations: '',
      proposedHandlingOption: null,
      status: 'none',
      version: 0,
      submittedAt: null,
      updatedAt: null,
      versions: [],
      ...analysis,
    },
    editable,
  };
}

/** The workspace the API answers after a save: the sent content as version `version`. */
function savedFrom(request: RecordedRequest, version: number, earlier: unknown[] = []) {
  const body = request.body as Record<string, unknown> & { submit: boolean };
  const status = body.submit ? 'submitted' : 'draft';
  const { submit: _submit, expectedVersion: _expected, ...content } = body;
  return workspace({
    ...content,
    status,
    version,
    updatedAt: '2026-03-20T10:00:00.000Z',
    submittedAt: body.submit ? '2026-03-20T10:00:00.000Z' : null,
    versions: [...earlier, { version, status, savedAt: '2026-03-20T10:00:00.000Z' }],
  });
}

function renderAnalysis(
  save: (request: RecordedRequest) => FakeAnswer,
  initial = workspace(),
  extra: FakeRoutes = {},
) {
  return renderApp({
    path: '/analyses/a1',
    routes: {
      ...signedInAs('expert'),
      'GET /api/assignments/a1/analysis': () => ({ status: 200, body: initial }),
      'PUT /api/assignments/a1/analysis': save,
      ...extra,
    },
  });
}

const COMPLETE = {
  causeAreas: {
    legislation: { playsRole: false, explanation: '' },
    steering_accountability: { playsRole: false, explanation: '' },
    funding: { playsRole: true, explanation: 'Geen geldstroom voor het lokaal.' },
    decision_making: { playsRole: false, explanation: '' },
    communication: { playsRole: false, explanation: '' },
  },
  rootCauseSummary: 'De financiering van huisvesting sluit niet aan.',
  recommendations: '',
  proposedHandlingOption: 'funding_experiment',
  status: 'draft',
  version: 2,
  updatedAt: '2026-03-19T10:00:00.000Z',
  versions: [
    { version: 1, status: 'draft', savedAt: '2026-03-18T10:00:00.000Z' },
    { version: 2, status: 'draft', savedAt: '2026-03-19T10:00:00.000Z' },
  ],
};

describe('the analysis page of a staff expert', () => {
  it('shows the case without who reported it, and the due date marked overdue', async () => {
    await renderAnalysis(() => ({ status: 500 }));
    const context = await screen.findByRole('region', { name: 'Het knelpunt: Voorschool zonder lokaal' });
    expect(within(context).getByText('KP-2026-000001')).toBeTruthy();
    expect(within(context).getByText('Niemand betaalt het lokaal voor de peutergroep.')).toBeTruthy();
    expect(within(context).getByText('Te laat')).toBeTruthy();
    expect(screen.getByText('Nog niet opgeslagen.')).toBeTruthy();
  });

  it('saves an incomplete draft with the version it was based on', async () => {
    const { user, api } = await renderAnalysis((request) => ({ status: 200, body: savedFrom(request, 1) }));
    const legislation = await screen.findByRole('radiogroup', {
      name: 'Speelt wet- en regelgeving een rol?',
    });
    await user.click(within(legislation).getByLabelText('Ja, dit speelt een rol'));
    await user.type(
      screen.getByLabelText('Toelichting bij wet- en regelgeving'),
      'De ruimte in de wet is onbekend.',
    );
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));

    expect(await screen.findByText('Concept opgeslagen (versie 1).')).toBeTruthy();
    const [sent] = api.sent('PUT', '/api/assignments/a1/analysis');
    expect(sent?.body).toEqual({
      causeAreas: {
        ...emptyAreas(),
        legislation: { playsRole: true, explanation: 'De ruimte in de wet is onbekend.' },
      },
      rootCauseSummary: '',
      recommendations: '',
      proposedHandlingOption: null,
      submit: false,
      expectedVersion: 0,
    });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-staff');
    const versions = screen.getByRole('region', { name: 'Versies' });
    expect(within(versions).getByText(/^Versie 1: concept/)).toBeTruthy();

    // The next save is based on the version just saved.
    await user.click(screen.getByRole('button', { name: 'Concept opslaan' }));
    await waitFor(() => expect(api.sent('PUT', '/api/assignments/a1/analysis')).toHaveLength(2));
    expect(api.sent('PUT', '/api/assignments/a1/analysis')[1]?.body).toMatchObject({ expectedVersion: 1 });
  });

  it('shows every missing field at its field and in the summary when submitting too early', async () => {
    const { user, api } = await renderAnalysis(() => ({
      status: 422,
      body: {
        statusCode: 422,
        code: 'analysis_incomplete',
        message: 'De analyse is nog niet compleet om in te dienen.',
        errors: [
          {
            field: 'causeAreas.legislation.playsRole',
            code: 'verdict',
            message: 'Wet- en regelgeving: geef aan of dit een rol speelt.',
          },
          {
            field: 'causeAreas.funding.explanation',
            code: 'explanation',
            message: 'Financiering: licht toe welke rol dit speelt.',
          },
          {
            field: 'rootCauseSummary',
            code: 'required',
            message: 'Vat de onderliggende oorzaak samen om in te dienen.',
          },
          {
            field: 'proposedHandlingOption',
            code: 'required',
            message: 'Kies een voorgestelde handelingsoptie om in te dienen.',
          },
        ],
      },
    }));
    await user.click(await screen.findByRole('button', { name: 'Indienen' }));

    const summary = await screen.findByRole('heading', { name: 'Controleer dit nog' });
    const summaryBox = summary.parentElement as HTMLElement;
    const links = within(summaryBox).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Wet- en regelgeving: geef aan of dit een rol speelt.', '#analysis-legislation-yes'],
      ['Financiering: licht toe welke rol dit speelt.', '#analysis-funding-explanation'],
      ['Vat de onderliggende oorzaak samen om in te dienen.', '#analysis-rootCauseSummary'],
      ['Kies een voorgestelde handelingsoptie om in te dienen.', '#analysis-proposedHandlingOption'],
    ]);
    // At the fields too, tied to their controls.
    const legislation = screen.getByRole('radiogroup', { name: 'Speelt wet- en regelgeving een rol?' });
    expect(
      within(legislation).getByText('Wet- en regelgeving: geef aan of dit een rol speelt.'),
    ).toBeTruthy();
    const funding = screen.getByLabelText('Toelichting bij financiering');
    expect(funding.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('analysis-funding-explanation-error')?.textContent).toBe(
      'Financiering: licht toe welke rol dit speelt.',
    );
    expect(funding.getAttribute('aria-describedby')).toContain('analysis-funding-explanation-error');
    expect(api.sent('PUT', '/api/assignments/a1/analysis')[0]?.body).toMatchObject({ submit: true });
  });

  it('submits a complete analysis, after which only submitting again is offered', async () => {
    const { user, api } = await renderAnalysis(
      (request) => ({ status: 200, body: savedFrom(request, 3, COMPLETE.versions) }),
      workspace(COMPLETE),
    );
    const funding = await screen.findByLabelText('Toelichting bij financiering');
    expect((funding as HTMLTextAreaElement).value).toBe('Geen geldstroom voor het lokaal.');
    await user.click(screen.getByRole('button', { name: 'Indienen' }));

    expect(await screen.findByText('Je analyse is ingediend (versie 3). Dank je wel!')).toBeTruthy();
    expect(api.sent('PUT', '/api/assignments/a1/analysis')[0]?.body).toEqual({
      causeAreas: COMPLETE.causeAreas,
      rootCauseSummary: 'De financiering van huisvesting sluit niet aan.',
      recommendations: '',
      proposedHandlingOption: 'funding_experiment',
      submit: true,
      expectedVersion: 2,
    });
    expect(screen.queryByRole('button', { name: 'Concept opslaan' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Opnieuw indienen' })).toBeTruthy();
    const versions = screen.getByRole('region', { name: 'Versies' });
    expect(
      within(versions)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split(',')[0]),
    ).toEqual(['Versie 3: ingediend', 'Versie 2: concept', 'Versie 1: concept']);
  });

  it('says when the analysis was saved elsewhere meanwhile, and loads the latest', async () => {
    const { user, api } = await renderAnalysis(() => ({
      status: 409,
      body: { statusCode: 409, code: 'version_conflict', message: 'Conflict' },
    }));
    await user.click(await screen.findByRole('button', { name: 'Concept opslaan' }));
    expect(await screen.findByText(/Deze analyse is intussen ergens anders opgeslagen/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(api.sent('GET', '/api/assignments/a1/analysis')).toHaveLength(2));
    await screen.findByRole('button', { name: 'Concept opslaan' });
    expect(screen.queryByText(/Deze analyse is intussen ergens anders opgeslagen/)).toBeNull();
  });

  it('shows an analysis that can no longer change read only', async () => {
    await renderAnalysis(
      () => ({ status: 500 }),
      workspace({ ...COMPLETE, status: 'submitted', submittedAt: '2026-03-19T10:00:00.000Z' }, false),
    );
    expect(await screen.findByText(/Deze analyse kun je hier niet wijzigen/)).toBeTruthy();
    expect(screen.getByText('Geen geldstroom voor het lokaal.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /indienen/i })).toBeNull();
  });
});

describe('the analysis page of an external expert', () => {
  it('works through the private link without signing in', async () => {
    const { user, api } = await renderApp({
      path: '/expert/geheim-token',
      routes: {
        'GET /api/expert-links/geheim-token': () => ({ status: 200, body: workspace() }),
        'PUT /api/expert-links/geheim-token/analysis': (request) => ({
          status: 200,
          body: savedFrom(request, 1),
        }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Analyse van een knelpunt' });
    await user.click(await screen.findByRole('button', { name: 'Concept opslaan' }));
    expect(await screen.findByText('Concept opgeslagen (versie 1).')).toBeTruthy();
    expect(api.sent('PUT', '/api/expert-links/geheim-token/analysis')[0]?.body).toMatchObject({
      submit: false,
      expectedVersion: 0,
    });
  });

  it('says so plainly when the link is unknown or expired', async () => {
    await renderApp({
      path: '/expert/verlopen',
      routes: {
        'GET /api/expert-links/verlopen': () => ({
          status: 404,
          body: { statusCode: 404, code: 'not_found', message: 'Not found' },
        }),
      },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Deze link kennen we niet, of hij is verlopen. Vraag de netwerkadviseur die je uitnodigde om een nieuwe link.',
    );
  });
});

describe('my analyses', () => {
  it('lists the assignments soonest due first, with overdue ones marked', async () => {
    await renderApp({
      path: '/analyses',
      routes: {
        ...signedInAs('expert'),
        'GET /api/me/assignments': () => ({
          status: 200,
          body: [
            {
              assignmentId: 'a2',
              caseId: 'c2',
              reference: 'KP-2026-000002',
              title: 'Later',
              step: 'deepening',
              dueOn: '2099-05-01',
              analysisStatus: 'draft',
              overdue: false,
            },
            {
              assignmentId: 'a1',
              caseId: 'c1',
              reference: 'KP-2026-000001',
              title: 'Eerst',
              step: 'deepening',
              dueOn: '2026-03-01',
              analysisStatus: 'none',
              overdue: true,
            },
          ],
        }),
      },
    });
    const links = await screen.findAllByRole('link', { name: /Eerst|Later/ });
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Eerst', '/analyses/a1'],
      ['Later', '/analyses/a2'],
    ]);
    const [first, second] = links.map((link) => link.closest('li') as HTMLElement);
    expect(within(first!).getByText('Te laat')).toBeTruthy();
    expect(within(first!).getByText('Nog niet begonnen')).toBeTruthy();
    expect(within(second!).queryByText('Te laat')).toBeNull();
    expect(within(second!).getByText('Concept opgeslagen')).toBeTruthy();
    expect(within(second!).getByText('Graag klaar op 1 mei 2099')).toBeTruthy();
  });
});
