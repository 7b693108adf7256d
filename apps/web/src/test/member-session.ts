import type { FakeRoutes } from './fake-api';

/** The answer of GET /api/auth/me for a signed-in member, for the routes of a component test. */
export function signedInMember(): FakeRoutes {
  return {
    'GET /api/auth/me': () => ({
      status: 200,
      body: {
        user: { id: 'm1', email: 'lid@voorbeeld.nl', displayName: 'Lid', role: 'member' },
        via: 'session',
        csrfToken: 'csrf-member',
      },
    }),
  };
}
