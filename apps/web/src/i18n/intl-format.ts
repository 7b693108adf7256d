import type { Language } from './language';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A date as people write it in the language, e.g. "12 maart 2026". */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(iso));
}

/** "a, b and c" in the language. */
export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items);
}
