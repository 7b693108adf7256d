import { createContext, useContext, useLayoutEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';
import { createApiClient, type ApiClient } from './api-client';

interface ApiContextValue {
  client: ApiClient;
  setLanguage: (language: Language) => void;
  /** Set by the session on sign-in (the token comes with the login answer or GET /api/auth/me). */
  setCsrfToken: (token: string | undefined) => void;
}

const ApiContext = createContext<ApiContextValue | null>(null);

interface Props {
  /** Tests answer requests themselves; read once, when the client is made. */
  fetch?: (request: Request) => Promise<Response>;
  children: ReactNode;
}

export function ApiProvider({ fetch, children }: Props) {
  const { language } = useI18n();
  // One client for the app's lifetime; what it sends along is read at each request.
  const [api] = useState<ApiContextValue>(() => {
    const sendAlong = { language, csrfToken: undefined as string | undefined };
    return {
      client: createApiClient({
        language: () => sendAlong.language,
        csrfToken: () => sendAlong.csrfToken,
        fetch,
      }),
      setLanguage: (next) => {
        sendAlong.language = next;
      },
      setCsrfToken: (token) => {
        sendAlong.csrfToken = token;
      },
    };
  });
  // A layout effect runs before the screens' effects, so a refetch after a language switch asks in the new one.
  useLayoutEffect(() => api.setLanguage(language), [api, language]);
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('The API is used outside an ApiProvider.');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().client;
}

export function useSetCsrfToken(): (token: string | undefined) => void {
  return useApiContext().setCsrfToken;
}
