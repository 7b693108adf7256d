import type { FakeRoutes } from './fake-api';

type Role = 'adviser' | 'admin' | 'expert' | 'liaison';

/** The answer of GET /api/auth/me for a signed-in staff member, for the routes of a component test. */
export function signedInAs(role: Role): FakeRoutes {
  return {
    'GET /api/auth/me': () => ({
      status: 200,
      body: {
        user: { id: `${role}-1`, email: `${role}@voorbeeld.nl`, displayName: `Test ${role}`, role },
        via: 'session',
        csrfToken: 'csrf-staff',
      },
    }),
  };
}
