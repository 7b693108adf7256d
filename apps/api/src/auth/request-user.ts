import type { Role } from '@app/workflow';

/** The signed-in user as routes see it. */
export interface RequestUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}
