import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const ME = {
  user: { id: 'u1', email: 'lid@voorbeeld.nl', displayName: 'Lid', role: 'member' },
  via: 'session',
  csrfToken: 'csrf-abc',
};

describe('signing in', () => {
  it('lets a member ask for a link by e-mail and shows the answer of the API', async () => {
    const { user, api } = await renderApp({
      path: '/inloggen',
      routes: {
        'POST /api/auth/magic-link': () => ({
          status: 202,
          body: { message: 'We hebben een inloglink gestuurd naar dit e-mailadres.' },
        }),
      },
    });
    const member = screen.getByRole('region', { name: 'Ben je lid van het netwerk?' });
    await user.type(within(member).getByRole('textbox', { name: 'E-mailadres' }), 'lid@voorbeeld.nl');
    await user.click(within(member).getByRole('button', { name: 'Stuur me een inloglink' }));

    expect(await screen.findByText('We hebben een inloglink gestuurd naar dit e-mailadres.')).toBeTruthy();
    expect(api.sent('POST', '/api/auth/magic-link')[0]?.body).toEqual({ email: 'lid@voorbeeld.nl' });
  });

  it('shows why a staff sign-in was refused', async () => {
    const { user } = await renderApp({
      path: '/inloggen',
      routes: {
        'POST /api/auth/login': () => ({
          status: 401,
          body: {
            statusCode: 401,
            code: 'unauthenticated',
            message: 'E-mailadres of wachtwoord klopt niet.',
          },
        }),
      },
    });
    const staff = screen.getByRole('region', { name: 'Werk je bij de netwerkorganisatie?' });
    // The second address field is in the closed "forgot password" part, which browsers hide.
    const [email] = within(staff).getAllByRole('textbox', { name: 'E-mailadres' });
    await user.type(email!, 'adviseur@voorbeeld.nl');
    await user.type(within(staff).getByLabelText('Wachtwoord'), 'geheim-wachtwoord');
    await user.click(within(staff).getByRole('button', { name: 'Inloggen' }));

    expect((await screen.findByRole('alert')).textContent).toBe('E-mailadres of wachtwoord klopt niet.');
  });

  it('signs a member in with the link from the e-mail after a press of the button, then uses the CSRF token', async () => {
    const { user, api } = await renderApp({
      path: '/sign-in/token-xyz',
      routes: {
        'POST /api/auth/magic-link/verify': () => ({ status: 200, body: ME }),
        'GET /api/me/signals': () => ({ status: 200, body: { items: [], nextCursor: null } }),
        'POST /api/auth/logout': () => ({ status: 204 }),
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Inloggen met je link' });
    expect(api.sent('POST', '/api/auth/magic-link/verify')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn meldingen' })).toBeTruthy();
    expect(api.sent('POST', '/api/auth/magic-link/verify')[0]?.body).toEqual({ token: 'token-xyz' });
    expect(await screen.findByText(/Je hebt nog geen meldingen gedaan/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(api.sent('POST', '/api/auth/logout')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-abc');
    expect(await screen.findByRole('link', { name: 'Inloggen' })).toBeTruthy();
  });
});
