import type { SignedInUser } from './session-context';

/** Where someone lands after signing in: their main screen. */
export function homeForRole(role: SignedInUser['role']): string {
  switch (role) {
    case 'member':
      return '/mijn-meldingen';
    case 'adviser':
    case 'admin':
      return '/inbox';
    case 'expert':
      return '/analyses';
    case 'liaison':
      return '/agenda';
  }
}
