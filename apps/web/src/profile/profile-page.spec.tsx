import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { signedInMember } from '../test/member-session';
import { renderApp } from '../test/render-app';

const MEMBER = signedInMember();

describe('the profile of a member', () => {
  it('shows the profile and saves the changes', async () => {
    const { user, api } = await renderApp({
      path: '/mijn-profiel',
      routes: {
        ...MEMBER,
        'GET /api/me/profile': () => ({
          status: 200,
          body: { domains: ['childcare'], region: 'Utrecht', organisationType: null, organisation: null },
        }),
        'PUT /api/me/profile': (request) => ({ status: 200, body: request.body }),
      },
    });
    expect(
      ((await screen.findByRole('checkbox', { name: 'Kinderopvang' })) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Jeugdhulp' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Soort organisatie/ }),
      'youth_care_provider',
    );
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByText('Je profiel is opgeslagen.')).toBeTruthy();
    expect(api.sent('PUT', '/api/me/profile')[0]?.body).toEqual({
      domains: ['childcare', 'youth_care'],
      region: 'Utrecht',
      organisationType: 'youth_care_provider',
    });
    // Reachable from the member's menu, next to the shared bottlenecks.
    expect(screen.getByRole('link', { name: 'Mijn profiel' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Gedeelde knelpunten' })).toBeTruthy();
  });

  it('asks anyone else to sign in', async () => {
    await renderApp({ path: '/mijn-profiel' });
    expect(await screen.findByRole('link', { name: 'Log in om je profiel te zien.' })).toBeTruthy();
  });
});
