// Who is signed in. Asked once at start (GET /api/auth/me) and set by the sign-in screens from the
// login answer; either way the session's CSRF token goes to the API client for state-changing calls.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApi, useSetCsrfToken } from '../api/api-context';
import type { components } from '../api/schema';

export type Me = components['schemas']['MeDto'];
export type SignedInUser = components['schemas']['UserViewDto'];

export type Session =
  { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; user: SignedInUser };

interface SessionContextValue {
  session: Session;
  signedIn: (me: Me) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const setCsrfToken = useSetCsrfToken();
  const [session, setSession] = useState<Session>({ status: 'loading' });

  const signedIn = useCallback(
    (me: Me) => {
      setCsrfToken(me.csrfToken);
      setSession({ status: 'signed-in', user: me.user });
    },
    [setCsrfToken],
  );

  useEffect(() => {
    let current = true;
    api
      .GET('/api/auth/me')
      .then(({ data }) => {
        if (!current) return;
        if (data) signedIn(data);
        else setSession({ status: 'anonymous' });
      })
      // Offline or unreachable: act as signed out; the public screens still work.
      .catch(() => current && setSession({ status: 'anonymous' }));
    return () => {
      current = false;
    };
  }, [api, signedIn]);

  const signOut = useCallback(async () => {
    await api.POST('/api/auth/logout');
    setCsrfToken(undefined);
    setSession({ status: 'anonymous' });
  }, [api, setCsrfToken]);

  const value = useMemo(() => ({ session, signedIn, signOut }), [session, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it.');
  return value;
}
