import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../test/render-app';

const emptyPage = () => ({ status: 200, body: { items: [], nextCursor: null } });

async function signInAs(role: 'adviser' | 'expert' | 'admin' | 'liaison') {
  const view = await renderApp({
    path: '/inloggen',
    routes: {
      'POST /api/auth/login': () => ({
        status: 200,
        body: {
          user: { id: 'u1', email: `${role}@voorbeeld.nl`, displayName: 'Test', role },
          via: 'session',
          csrfToken: 'csrf-1',
        },
      }),
      'GET /api/signals': emptyPage,
      'GET /api/cases': emptyPage,
      'GET /api/me/assignments': () => ({ status: 200, body: [] }),
      'GET /api/tables': () => ({ status: 200, body: [] }),
      'GET /api/agenda-items': emptyPage,
      'GET /api/themes': () => ({ status: 200, body: [] }),
    },
  });
  const staff = screen.getByRole('region', { name: 'Werk je bij de netwerkorganisatie?' });
  const [email] = within(staff).getAllByRole('textbox', { name: 'E-mailadres' });
  await view.user.type(email!, `${role}@voorbeeld.nl`);
  await view.user.type(within(staff).getByLabelText('Wachtwoord'), 'geheim-wachtwoord');
  await view.user.click(within(staff).getByRole('button', { name: 'Inloggen' }));
  return view;
}

function menuLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('the staff menu', () => {
  it('takes an adviser to the inbox, with the case board in the menu', async () => {
    await signInAs('adviser');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inbox: nieuwe meldingen' })).toBeTruthy();
    expect(menuLinks()).toEqual([
      'Melden',
      'Inzichten',
      'Inbox',
      'Knelpunten',
      'Oproepen',
      'Publicaties',
      'Agenda',
      'Terugkoppeling',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Inbox' }).getAttribute('aria-current')).toBe('page');
  });

  it('takes an expert to their analyses, without the inbox', async () => {
    await signInAs('expert');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn analyses' })).toBeTruthy();
    expect(menuLinks()).toEqual(['Melden', 'Inzichten', 'Mijn analyses', 'Knelpunten']);
  });

  it('offers an admin the user management too', async () => {
    await signInAs('admin');
    await screen.findByRole('heading', { level: 1, name: 'Inbox: nieuwe meldingen' });
    expect(menuLinks()).toEqual([
      'Melden',
      'Inzichten',
      'Inbox',
      'Knelpunten',
      'Oproepen',
      'Publicaties',
      'Agenda',
      'Terugkoppeling',
      'Tafels',
      'Gebruikers',
    ]);
  });

  it('takes a liaison to the agenda of their tables', async () => {
    await signInAs('liaison');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Agenda: knelpunten aan landelijke tafels' }),
    ).toBeTruthy();
    expect(menuLinks()).toEqual(['Melden', 'Inzichten', 'Agenda', 'Knelpunten']);
  });
});
