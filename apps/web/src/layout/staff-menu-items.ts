import type { MessageKey } from '../i18n/messages';
import type { SignedInUser } from '../session/session-context';

interface MenuItem {
  to: string;
  label: MessageKey;
}

/** The menu of a signed-in user by role; the screens check the role again. */
export function menuItemsFor(role: SignedInUser['role']): MenuItem[] {
  const inbox: MenuItem = { to: '/inbox', label: 'layout.inbox' };
  const board: MenuItem = { to: '/knelpunten', label: 'layout.board' };
  switch (role) {
    case 'member':
      return [{ to: '/mijn-meldingen', label: 'layout.mySignals' }];
    case 'adviser':
      return [inbox, board];
    case 'admin':
      return [inbox, board, { to: '/beheer/gebruikers', label: 'layout.users' }];
    case 'expert':
    case 'liaison':
      return [board];
  }
}
