import type { SignedInUser } from './session-context';

/** Where someone lands after signing in. Staff screens come next; until then staff land on the form. */
export function homeForRole(role: SignedInUser['role']): string {
  return role === 'member' ? '/mijn-meldingen' : '/';
}
