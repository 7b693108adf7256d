import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const TOKEN = 'Abc123_-Abc123_-Abc123_-Abc123_-Abc123_-abc';

const UNANSWERED = { caseTitle: 'Voorschool zonder lokaal', helped: null, comment: null, respondedAt: null };

function radio(name: string) {
  return screen.getByRole('radio', { name }) as HTMLInputElement;
}

describe('the "did this help?" page', () => {
  it('chooses the answer from the mail link in advance, but records it only when the button is pressed', async () => {
    const { user, api } = await renderApp({
      path: `/feedback/${TOKEN}?answer=partly`,
      routes: {
        [`GET /api/public/feedback/${TOKEN}`]: () => ({ status: 200, body: UNANSWERED }),
        [`POST /api/public/feedback/${TOKEN}`]: (request) => ({
          status: 200,
          body: {
            caseTitle: UNANSWERED.caseTitle,
            ...(request.body as { helped: string; comment?: string }),
            respondedAt: '2026-03-22T08:00:00.000Z',
          },
        }),
      },
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Heeft de terugkoppeling geholpen?' }),
    ).toBeTruthy();
    expect(screen.getByText('Over het knelpunt: Voorschool zonder lokaal')).toBeTruthy();
    expect(document.title).toBe('Heeft dit geholpen? - Signaalroute');
    const group = screen.getByRole('radiogroup', { name: 'Heeft deze terugkoppeling je geholpen?' });
    expect(within(group).getByText(/Het telt pas als je op de knop drukt/)).toBeTruthy();
    expect(radio('Gedeeltelijk').checked).toBe(true);
    expect(radio('Ja, dit heeft geholpen').checked).toBe(false);
    // Opening the link records nothing: a mail scanner opens it too.
    expect(api.sent('POST', `/api/public/feedback/${TOKEN}`)).toHaveLength(0);

    await user.click(radio('Nee, dit heeft niet geholpen'));
    await user.type(
      screen.getByRole('textbox', { name: 'Wil je nog iets toevoegen? (niet verplicht)' }),
      'Er is voor ons niets veranderd.',
    );
    expect(api.sent('POST', `/api/public/feedback/${TOKEN}`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));

    expect(await screen.findByRole('status')).toHaveProperty(
      'textContent',
      'Dank je wel! We hebben je antwoord vastgelegd.',
    );
    expect(api.sent('POST', `/api/public/feedback/${TOKEN}`).map((r) => r.body)).toEqual([
      { helped: 'no', comment: 'Er is voor ons niets veranderd.' },
    ]);
    const recorded = screen.getByRole('region', { name: 'Je antwoord' });
    expect(within(recorded).getByText('Nee, dit heeft niet geholpen')).toBeTruthy();
    expect(within(recorded).getByText('Er is voor ons niets veranderd.')).toBeTruthy();
    expect(within(recorded).getByText(/^22 maart 2026 om /)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Antwoord versturen' })).toBeNull();

    // The answer can be changed: the form comes back with it chosen.
    await user.click(screen.getByRole('button', { name: 'Antwoord wijzigen' }));
    expect(radio('Nee, dit heeft niet geholpen').checked).toBe(true);
  });

  it('asks for an answer when none was chosen, and ignores an unknown answer in the link', async () => {
    const { user, api } = await renderApp({
      path: `/feedback/${TOKEN}?answer=misschien`,
      routes: { [`GET /api/public/feedback/${TOKEN}`]: () => ({ status: 200, body: UNANSWERED }) },
    });
    await screen.findByRole('radiogroup', { name: 'Heeft deze terugkoppeling je geholpen?' });
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Antwoord versturen' }));
    expect(screen.getByText('Kies een antwoord.')).toBeTruthy();
    expect(document.activeElement).toBe(radio('Ja, dit heeft geholpen'));
    expect(api.sent('POST', `/api/public/feedback/${TOKEN}`)).toHaveLength(0);
  });

  it('shows an earlier answer, which can be changed', async () => {
    const { user } = await renderApp({
      path: `/feedback/${TOKEN}`,
      routes: {
        [`GET /api/public/feedback/${TOKEN}`]: () => ({
          status: 200,
          body: { caseTitle: null, helped: 'yes', comment: null, respondedAt: '2026-03-22T08:00:00.000Z' },
        }),
      },
    });
    const recorded = await screen.findByRole('region', { name: 'Je antwoord' });
    expect(within(recorded).getByText('Ja, dit heeft geholpen')).toBeTruthy();
    expect(within(recorded).getByText('Geen toelichting')).toBeTruthy();
    expect(screen.queryByText(/Over het knelpunt/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Antwoord wijzigen' }));
    expect(screen.getByRole('region', { name: 'Je eerdere antwoord' })).toBeTruthy();
    expect(radio('Ja, dit heeft geholpen').checked).toBe(true);
  });

  it('explains an unknown link', async () => {
    await renderApp({ path: '/feedback/onbekend?answer=yes' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Deze link kennen we niet. Controleer of je de hele link uit de e-mail hebt gebruikt.',
    );
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });
});
