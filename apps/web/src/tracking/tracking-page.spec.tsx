import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const STEPS = [
  ['intake', 'Ontvangen', 'Je melding is binnen en veilig opgeslagen.', 'done'],
  ['triage', 'Oogsten', 'Een netwerkadviseur bekijkt je melding.', 'current'],
  ['recognition', 'Toetsen', 'We gaan na of anderen dit knelpunt herkennen.', 'upcoming'],
  ['deepening', 'Verdiepen', 'Experts zoeken naar de oorzaken.', 'upcoming'],
  ['sharing', 'Delen', 'We delen wat we geleerd hebben.', 'upcoming'],
  ['agenda', 'Agenderen', 'We brengen het knelpunt in bij landelijke tafels.', 'upcoming'],
  ['feedback', 'Terugkoppelen', 'We laten weten wat er met je melding is gebeurd.', 'upcoming'],
] as const;

const VIEW = {
  reference: 'SR-2026-000123',
  title: 'Peutergroep in de school ging niet door',
  submittedAt: '2026-03-12T09:30:00.000Z',
  status: 'Oogsten',
  statusExplanation: 'Een netwerkadviseur bekijkt je melding.',
  state: 'open',
  steps: STEPS.map(([step, name, explanation, state]) => ({ step, name, explanation, state })),
  history: [{ name: 'Ontvangen', at: '2026-03-12T09:30:00.000Z' }],
};

describe('the tracking page', () => {
  it('shows the seven steps in order, marking the current one', async () => {
    const { api } = await renderApp({
      path: '/track/abc123',
      routes: { 'GET /api/track/abc123': () => ({ status: 200, body: VIEW }) },
    });

    const list = await screen.findByRole('list', { name: 'De zeven stappen' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.sr-step__name')?.textContent)).toEqual(
      STEPS.map(([, name]) => name),
    );
    const current = items.filter((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveLength(1);
    expect(current[0]?.textContent).toContain('Oogsten (hier is je melding nu)');
    expect(items[0]?.textContent).toContain('(klaar)');
    expect(items[6]?.textContent).toContain('(nog niet)');
    expect(api.sent('GET', '/api/track/abc123')).toHaveLength(1);
  });

  it('shows the reference, the status in plain words and that there is no feedback yet', async () => {
    await renderApp({
      path: '/track/abc123',
      routes: { 'GET /api/track/abc123': () => ({ status: 200, body: VIEW }) },
    });

    expect(await screen.findByRole('heading', { name: VIEW.title })).toBeTruthy();
    expect(screen.getByText('SR-2026-000123')).toBeTruthy();
    expect(screen.getByText('Verstuurd op 12 maart 2026')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Waar is je melding nu?' })).toBeTruthy();
    expect(screen.getByText(/Er is nog geen terugkoppeling/)).toBeTruthy();
    expect(screen.getByText('12 maart 2026: Ontvangen')).toBeTruthy();
    expect(document.title).toBe('Je melding volgen - Signaalroute');
  });

  it('shows the feedback once it was sent: the three questions with their answers, in the language of the signal', async () => {
    await renderApp({
      path: '/track/abc123',
      routes: {
        'GET /api/track/abc123': () => ({
          status: 200,
          body: {
            ...VIEW,
            state: 'closed',
            status: 'Afgerond',
            statusExplanation: 'We hebben laten weten wat er met je melding is gebeurd.',
            feedback: {
              locale: 'en',
              sentAt: '2026-04-02T10:00:00.000Z',
              whatHappened: 'Your signal was brought together with two others.',
              stepsTaken:
                'We checked whether others recognised it.\n- Testing: widely recognised\n- Agenda: <b>discussed</b> at the table',
              achieved: 'The ministry is looking into a joint budget.',
            },
          },
        }),
      },
    });

    const heading = await screen.findByRole('heading', { level: 2, name: 'Terugkoppeling' });
    expect(screen.queryByText(/Er is nog geen terugkoppeling/)).toBeNull();
    expect(screen.getByText('Verstuurd op 2 april 2026')).toBeTruthy();
    const questions = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(questions).toEqual([
      'Wat is er met de melding gebeurd?',
      'Welke stappen zijn gezet?',
      'Wat heeft het agenderen opgeleverd?',
    ]);
    const text = screen.getByText('Your signal was brought together with two others.');
    expect(text.closest('[lang]')?.getAttribute('lang')).toBe('en');
    expect(screen.getByText('We checked whether others recognised it.')).toBeTruthy();
    // Lines starting with "- " are a list; markup in the text stays text.
    const steps = screen.getByText('Testing: widely recognised').closest('ul');
    expect(steps?.textContent).toBe('Testing: widely recognisedAgenda: <b>discussed</b> at the table');
    expect(steps?.querySelector('b')).toBeNull();
    expect(screen.getByText('The ministry is looking into a joint budget.')).toBeTruthy();
    expect(heading.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says an archived signal is archived', async () => {
    await renderApp({
      path: '/track/abc123',
      routes: {
        'GET /api/track/abc123': () => ({
          status: 200,
          body: {
            ...VIEW,
            state: 'archived',
            status: 'Gearchiveerd',
            statusExplanation: 'We nemen deze melding niet verder in behandeling.',
          },
        }),
      },
    });
    expect(await screen.findByText('Deze melding is gearchiveerd.')).toBeTruthy();
  });

  it('explains an unknown link', async () => {
    await renderApp({ path: '/track/wrong' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'We kunnen deze melding niet vinden. Controleer of je de hele link hebt gebruikt.',
    );
  });
});
