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
  const calls: MenuItem = { to: '/beheer/oproepen', label: 'calls.menu' };
  const publications: MenuItem = { to: '/beheer/publicaties', label: 'publications.menu' };
  const feedback: MenuItem = { to: '/beheer/terugkoppeling', label: 'feedback.menu' };
  const agenda: MenuItem = { to: '/agenda', label: 'agenda.menu' };
  switch (role) {
    case 'member':
      return [
        { to: '/mijn-meldingen', label: 'layout.mySignals' },
        { to: '/gedeelde-knelpunten', label: 'sharedCases.menu' },
        { to: '/mijn-profiel', label: 'profile.menu' },
      ];
    case 'adviser':
      return [inbox, board, calls, publications, agenda, feedback];
    case 'admin':
      return [
        inbox,
        board,
        calls,
        publications,
        agenda,
        feedback,
        { to: '/beheer/tafels', label: 'tables.menu' },
        { to: '/beheer/gebruikers', label: 'layout.users' },
      ];
    case 'expert':
      return [{ to: '/analyses', label: 'assignments.menu' }, board];
    case 'liaison':
      return [agenda, board];
  }
}
