import type { Actor, Role } from '@app/workflow';

/** Who is doing something: a signed-in user, or the system (a job). */
export interface ActingUser {
  id: string | null;
  role: Actor;
}

export const SYSTEM_ACTOR: ActingUser = { id: null, role: 'system' };

export function userActor(user: { id: string; role: Role }): ActingUser {
  return { id: user.id, role: user.role };
}
