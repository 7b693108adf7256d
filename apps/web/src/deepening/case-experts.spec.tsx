import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { FakeAnswer, FakeRoutes, RecordedRequest } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const STAFF_EXPERT = { id: '7f0c6a52-8a5e-4f57-9a37-2d1b8c0e4f11', displayName: 'Eva Expert' };

const ASSIGNED = {
  assignmentId: 'as1',
  kind: 'staff',
  displayName: 'Sam Schoolexpert',
  dueOn: '2026-03-10',
  analysisStatus: 'draft',
  submittedAt: null,
  overdue: true,
};

const CASE = {
  id: 'c1',
  reference: 'KP-2026-000001',
  title: 'Voorschool zonder lokaal',
  domains: ['childcare'],
  step: 'deepening',
  handlingOption: null,
  version: 4,
  signalCount: 1,
  createdAt: '2026-03-01T09:30:00.000Z',
  updatedAt: '2026-03-01T09:30:00.000Z',
  summary: '',
  signals: [],
  experts: [ASSIGNED],
  history: [],
  allowedTransitions: [
    {
      to: 'sharing',
      action: 'share',
      reasonRequired: false,
      blockedBy: [{ guard: 'analysisSubmitted', reason: 'An analysis must be submitted first.' }],
    },
  ],
};

const SUBMITTED = {
  analysisId: 'an1',
  assignmentId: 'as2',
  authorKind: 'external',
  authorName: 'Ria Onderzoeker',
  status: 'submitted',
  version: 2,
  submittedAt: '2026-03-05T14:00:00.000Z',
  updatedAt: '2026-03-05T14:00:00.000Z',
  causeAreas: {
    legislation: { playsRole: false, explanation: '' },
    steering_accountability: { playsRole: false, explanation: '' },
    funding: { playsRole: true, explanation: 'Huisvesting valt tussen twee potten.' },
    decision_making: { playsRole: false, explanation: '' },
    communication: { playsRole: false, explanation: '' },
  },
  rootCauseSummary: 'Niemand is verantwoordelijk voor het lokaal.',
  recommendations: 'Een regionale afspraak over huisvesting.',
  proposedHandlingOption: 'funding_experiment',
};

function renderCase(routes: FakeRoutes) {
  return renderApp({
    path: '/knelpunten/c1',
    routes: {
      ...signedInAs('adviser'),
      'GET /api/cases/c1': () => ({ status: 200, body: CASE }),
      'GET /api/cases/c1/recognition': () => ({ status: 500 }),
      'GET /api/experts': () => ({ status: 200, body: [STAFF_EXPERT] }),
      'GET /api/cases/c1/analyses': () => ({ status: 200, body: [] }),
      ...routes,
    },
  });
}

function expertsSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Experts' });
}

function rowOf(name: string): HTMLElement {
  const names = within(expertsSection()).getAllByText(name, { selector: 'strong' });
  return names[0]!.closest('li') as HTMLElement;
}

const assignedAnswer =
  (extra: Record<string, unknown>) =>
  (request: RecordedRequest): FakeAnswer => ({
    status: 200,
    body: [
      ASSIGNED,
      {
        assignmentId: 'as-new',
        kind: 'external',
        displayName: 'Eva Expert',
        dueOn: (request.body as { dueOn: string }).dueOn,
        analysisStatus: 'none',
        submittedAt: null,
        overdue: false,
        ...extra,
      },
    ],
  });

describe('the experts of a case', () => {
  it('shows each expert with the due date, an overdue marker and where the analysis stands', async () => {
    await renderCase({});
    const row = await waitFor(() => rowOf('Sam Schoolexpert'));
    expect(within(row).getByText('Klaar op 10 maart 2026')).toBeTruthy();
    expect(within(row).getByText('Te laat')).toBeTruthy();
    expect(within(row).getByText('concept')).toBeTruthy();
  });

  it('assigns a staff expert with a due date', async () => {
    const { user, api } = await renderCase({
      'POST /api/cases/c1/experts': assignedAnswer({ kind: 'staff' }),
    });
    const section = await waitFor(expertsSection);
    await user.selectOptions(await within(section).findByLabelText('Expert'), 'Eva Expert');
    const due = within(section).getByLabelText('Klaar op');
    await user.clear(due);
    await user.type(due, '2099-06-30');
    await user.click(within(section).getByRole('button', { name: 'Toewijzen' }));

    expect(await within(section).findByText('Eva Expert is toegewezen.')).toBeTruthy();
    const [sent] = api.sent('POST', '/api/cases/c1/experts');
    expect(sent?.body).toEqual({ expertId: STAFF_EXPERT.id, dueOn: '2099-06-30' });
    expect(sent?.headers.get('X-CSRF-Token')).toBe('csrf-staff');
    expect(within(rowOf('Eva Expert')).getByText('Klaar op 30 juni 2099')).toBeTruthy();
  });

  it('assigns an external expert by name and e-mail address', async () => {
    const { user, api } = await renderCase({
      'POST /api/cases/c1/experts': assignedAnswer({ displayName: 'Ria Onderzoeker' }),
    });
    const section = await waitFor(expertsSection);
    await user.click(within(section).getByLabelText('Een externe expert (zonder account)'));
    await user.type(within(section).getByLabelText('Naam'), 'Ria Onderzoeker');
    await user.type(within(section).getByLabelText('E-mailadres'), 'ria@voorbeeld.nl');
    await user.click(within(section).getByRole('button', { name: 'Toewijzen' }));

    expect(await within(section).findByText('Ria Onderzoeker is toegewezen.')).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/experts')[0]?.body).toEqual({
      external: { name: 'Ria Onderzoeker', email: 'ria@voorbeeld.nl' },
      dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('asks for what is missing before sending, and shows a refused date at the date field', async () => {
    const { user, api } = await renderCase({
      'POST /api/cases/c1/experts': () => ({
        status: 422,
        body: {
          statusCode: 422,
          code: 'invalid_assignment',
          message: 'De datum 2020-01-01 ligt in het verleden. Kies vandaag of een latere datum.',
          details: { dueOn: '2020-01-01', today: '2026-03-20' },
        },
      }),
    });
    const section = await waitFor(expertsSection);
    await user.click(within(section).getByRole('button', { name: 'Toewijzen' }));
    expect(await within(section).findByRole('link', { name: 'Kies een expert.' })).toBeTruthy();
    expect(api.sent('POST', '/api/cases/c1/experts')).toHaveLength(0);

    await user.selectOptions(await within(section).findByLabelText('Expert'), 'Eva Expert');
    await user.click(within(section).getByRole('button', { name: 'Toewijzen' }));
    const message = 'De datum 2020-01-01 ligt in het verleden. Kies vandaag of een latere datum.';
    expect(await within(section).findByRole('link', { name: message })).toBeTruthy();
    expect(document.getElementById('assign-expert-dueOn-error')?.textContent).toBe(message);
  });

  it('keeps an expert who already saved an analysis, saying why (409)', async () => {
    const { user, api } = await renderCase({
      'DELETE /api/cases/c1/experts/as1': () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'conflict',
          message:
            'Deze expert heeft al een analyse opgeslagen. Die gaat niet verloren: de toewijzing blijft staan.',
        },
      }),
    });
    const row = await waitFor(() => rowOf('Sam Schoolexpert'));
    await user.click(within(row).getByRole('button', { name: 'Toewijzing van Sam Schoolexpert intrekken' }));
    expect((await within(row).findByRole('alert')).textContent).toBe(
      'Deze expert heeft al een analyse opgeslagen. Die gaat niet verloren: de toewijzing blijft staan.',
    );
    expect(api.sent('DELETE', '/api/cases/c1/experts/as1')).toHaveLength(1);
    expect(rowOf('Sam Schoolexpert')).toBeTruthy();
  });

  it('takes an expert without an analysis off the case', async () => {
    const { user } = await renderCase({
      'DELETE /api/cases/c1/experts/as1': () => ({ status: 204 }),
    });
    const row = await waitFor(() => rowOf('Sam Schoolexpert'));
    await user.click(within(row).getByRole('button', { name: 'Toewijzing van Sam Schoolexpert intrekken' }));
    const section = expertsSection();
    expect(
      await within(section).findByText('Sam Schoolexpert is niet meer aan dit knelpunt toegewezen.'),
    ).toBeTruthy();
    expect(within(section).getByText('Nog geen experts toegewezen.')).toBeTruthy();
  });

  it('moves a due date', async () => {
    const { user, api } = await renderCase({
      'PATCH /api/cases/c1/experts/as1': (request) => ({
        status: 200,
        body: [{ ...ASSIGNED, dueOn: (request.body as { dueOn: string }).dueOn, overdue: false }],
      }),
    });
    const row = await waitFor(() => rowOf('Sam Schoolexpert'));
    const due = within(row).getByLabelText('Nieuwe datum voor Sam Schoolexpert');
    await user.clear(due);
    await user.type(due, '2099-04-15');
    await user.click(within(row).getByRole('button', { name: 'Datum wijzigen' }));
    expect(
      await within(rowOf('Sam Schoolexpert')).findByText(
        'De analyse van Sam Schoolexpert moet nu klaar zijn op 15 april 2099.',
      ),
    ).toBeTruthy();
    expect(api.sent('PATCH', '/api/cases/c1/experts/as1')[0]?.body).toEqual({ dueOn: '2099-04-15' });
    expect(within(rowOf('Sam Schoolexpert')).queryByText('Te laat')).toBeNull();
  });

  it('shows the submitted analyses with their proposals above the handling option', async () => {
    await renderCase({
      'GET /api/cases/c1/analyses': () => ({
        status: 200,
        body: [
          SUBMITTED,
          {
            ...SUBMITTED,
            analysisId: 'an2',
            assignmentId: 'as1',
            authorName: 'Sam Schoolexpert',
            status: 'draft',
          },
        ],
      }),
    });
    const analyses = await screen.findByRole('region', { name: 'Analyses' });
    const analysis = await within(analyses).findByRole('article', {
      name: 'Analyse van Ria Onderzoeker (externe expert)',
    });
    expect(within(analysis).getByText('Huisvesting valt tussen twee potten.', { exact: false })).toBeTruthy();
    expect(within(analysis).getByText('Niemand is verantwoordelijk voor het lokaal.')).toBeTruthy();
    expect(within(analyses).getByText('Financiering, subsidiëring en experimenteerruimte: 1×')).toBeTruthy();
    // Drafts are only named: they may still change.
    expect(within(analyses).getByText('Nog in concept: Sam Schoolexpert.')).toBeTruthy();
    expect(within(analyses).getAllByRole('article')).toHaveLength(1);
    // The handling option is chosen below them.
    const option = screen.getByLabelText('Handelingsoptie');
    expect(analyses.compareDocumentPosition(option) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
