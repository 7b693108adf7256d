import type { Response } from 'express';
import type { MeDto } from './dto/me.dto';
import { SESSION_COOKIE, type SessionService } from './session.service';
import type { SignedIn } from './sign-in.service';

/** Hands a new session to the browser (the HTTP-only cookie) and says who is signed in, with the CSRF token. */
export function handOverSession(response: Response, sessions: SessionService, signedIn: SignedIn): MeDto {
  response.cookie(SESSION_COOKIE, signedIn.token, sessions.cookieOptions());
  const { id, email, displayName, role } = signedIn.user;
  return { user: { id, email, displayName, role }, via: 'session', csrfToken: signedIn.csrfToken };
}
