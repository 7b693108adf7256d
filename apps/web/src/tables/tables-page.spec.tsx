import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import type { FakeRoutes } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { signedInAs } from '../test/staff-session';

const OZK = {
  id: 't1',
  name: 'OZK-tafel',
  kind: 'table',
  description: 'Onderwijs, zorg en kinderopvang samen.',
  active: true,
  liaisons: [],
  openItems: 0,
  createdAt: '2026-01-01T10:00:00.000Z',
};

const LIAISONS = [
  { id: 'l1', email: 'lies@voorbeeld.nl', displayName: 'Lies Liaison', role: 'liaison', active: true },
  { id: 'l2', email: 'oud@voorbeeld.nl', displayName: 'Oud Liaison', role: 'liaison', active: false },
].map((account) => ({ ...account, lastSignInAt: null, createdAt: '2026-01-01T10:00:00.000Z' }));

function renderTables(routes: FakeRoutes) {
  return renderApp({
    path: '/beheer/tafels',
    routes: {
      ...signedInAs('admin'),
      'GET /api/users': () => ({ status: 200, body: { items: LIAISONS, nextCursor: null } }),
      'GET /api/themes': () => ({ status: 200, body: [] }),
      ...routes,
    },
  });
}

describe('the register of tables', () => {
  it('adds a table, with the API naming what is wrong at its field', async () => {
    let tables: object[] = [];
    let tries = 0;
    const { user, api } = await renderTables({
      'GET /api/tables': () => ({ status: 200, body: tables }),
      'POST /api/tables': () => {
        tries += 1;
        if (tries === 1) {
          return {
            status: 400,
            body: {
              statusCode: 400,
              code: 'validation_failed',
              message: 'Controleer de invoer.',
              errors: [{ field: 'kind', message: 'Kies een soort.' }],
            },
          };
        }
        tables = [OZK];
        return { status: 201, body: OZK };
      },
    });
    expect(await screen.findByText('Er zijn nog geen tafels.')).toBeTruthy();
    const form = screen.getByRole('region', { name: 'Nieuwe tafel' });
    await user.type(within(form).getByRole('textbox', { name: 'Naam' }), 'OZK-tafel');
    await user.type(
      within(form).getByRole('textbox', { name: 'Rol van de tafel (niet verplicht)' }),
      OZK.description,
    );
    await user.click(within(form).getByRole('button', { name: 'Tafel toevoegen' }));
    expect((await screen.findByRole('link', { name: 'Kies een soort.' })).getAttribute('href')).toBe(
      '#table-new-kind',
    );

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Soort' }), 'table');
    await user.click(within(form).getByRole('button', { name: 'Tafel toevoegen' }));
    expect(await screen.findByText('OZK-tafel is toegevoegd.')).toBeTruthy();
    expect(api.sent('POST', '/api/tables')[1]?.body).toEqual({
      name: 'OZK-tafel',
      kind: 'table',
      description: OZK.description,
      active: true,
    });
    expect(await screen.findByRole('article', { name: 'OZK-tafel' })).toBeTruthy();
  });

  it('sets the liaisons of a table from the active liaison accounts', async () => {
    let table: object = OZK;
    const { user, api } = await renderTables({
      'GET /api/tables': () => ({ status: 200, body: [table] }),
      'PUT /api/tables/t1/liaisons': () => {
        table = { ...OZK, liaisons: [{ userId: 'l1', displayName: 'Lies Liaison' }] };
        return { status: 200, body: table };
      },
    });
    const card = await screen.findByRole('article', { name: 'OZK-tafel' });
    expect(within(card).getByText('Nog geen liaison.')).toBeTruthy();
    await user.click(within(card).getByText('Liaisons van OZK-tafel', { selector: 'summary' }));
    const group = within(card).getByRole('group', { name: 'Liaisons van OZK-tafel' });
    // Inactive accounts cannot be liaisons.
    expect(within(group).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(group).getByRole('checkbox', { name: 'Lies Liaison (lies@voorbeeld.nl)' }));
    await user.click(within(card).getByRole('button', { name: 'Liaisons opslaan' }));
    expect(await screen.findByText('De liaisons zijn opgeslagen.')).toBeTruthy();
    expect(api.sent('PUT', '/api/tables/t1/liaisons')[0]?.body).toEqual({ userIds: ['l1'] });
    expect(api.sent('GET', '/api/users')[0]?.query.get('role')).toBe('liaison');
    expect(await screen.findByText('Liaisons: Lies Liaison')).toBeTruthy();
  });

  it('is for admins only', async () => {
    await renderApp({ path: '/beheer/tafels', routes: signedInAs('adviser') });
    expect(await screen.findByText('Deze pagina is niet voor jouw rol.')).toBeTruthy();
  });
});
