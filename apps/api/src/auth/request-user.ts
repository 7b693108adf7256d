import type { Role } from '@app/workflow';

/** The signed-in user as routes see it, and how they signed in. */
export interface RequestUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  via: 'session' | 'token';
  /** The session's id (browser sign-in only), so sign-out can end it. */
  sessionId?: string;
}
