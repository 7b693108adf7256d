import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { storeLanguage, type Language } from './language';
import { loadMessages } from './load-messages';
import type { MessageKey, MessageParams, Messages } from './messages';
import { translate } from './translate';

export interface I18n {
  language: Language;
  t: (key: MessageKey, params?: MessageParams) => string;
  setLanguage: (language: Language) => Promise<void>;
}

const I18nContext = createContext<I18n | null>(null);

interface Props {
  language: Language;
  /** The texts of `language`, loaded before the first render so nothing flashes in another language. */
  messages: Messages;
  children: ReactNode;
}

export function I18nProvider({ language: initialLanguage, messages: initialMessages, children }: Props) {
  const [current, setCurrent] = useState({ language: initialLanguage, messages: initialMessages });

  useEffect(() => {
    // Screen readers pick their voice from <html lang>.
    document.documentElement.lang = current.language;
  }, [current.language]);

  const setLanguage = useCallback(async (language: Language) => {
    let messages: Messages;
    try {
      messages = await loadMessages(language);
    } catch {
      // The texts could not be fetched (offline): stay in the current language rather than break.
      return;
    }
    storeLanguage(language);
    setCurrent({ language, messages });
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language: current.language,
      t: (key, params) => translate(current.messages, key, params),
      setLanguage,
    }),
    [current, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it.');
  return i18n;
}
