import type { ReactNode } from 'react';
import { ApiProvider } from './api/api-context';
import { I18nProvider } from './i18n/i18n-context';
import type { Language } from './i18n/language';
import type { Messages } from './i18n/messages';
import { SessionProvider } from './session/session-context';

interface Props {
  language: Language;
  messages: Messages;
  /** Tests answer requests themselves; the browser's fetch otherwise. */
  fetch?: (request: Request) => Promise<Response>;
  children: ReactNode;
}

/** Language, API client and session: everything a screen needs besides the router. */
export function AppProviders({ language, messages, fetch, children }: Props) {
  return (
    <I18nProvider language={language} messages={messages}>
      <ApiProvider fetch={fetch}>
        <SessionProvider>{children}</SessionProvider>
      </ApiProvider>
    </I18nProvider>
  );
}
