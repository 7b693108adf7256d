// Due dates are calendar days (YYYY-MM-DD, Dutch time, no time zone); saves are moments.
import type { Language } from '../i18n/language';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day in words, e.g. "12 maart 2026"; the text itself when it is not a day. */
export function formatDueDate(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(y, m - 1, d));
}

/** A moment with its time, e.g. "12 maart 2026 om 14:05". */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A day `days` from now as the value of a date input, in the browser's time zone. */
export function dayInput(days = 0, now = new Date()): string {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
