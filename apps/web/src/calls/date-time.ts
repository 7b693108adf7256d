// Dates in forms: `<input type="datetime-local">` speaks local time without a zone, the API ISO 8601.
import type { Language } from '../i18n/language';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO moment as the value of a datetime-local input, in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO moment; undefined when empty or not a date. */
export function fromLocalInput(value: string): string | undefined {
  if (!value.trim()) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Two weeks from now at five in the afternoon: a sensible close for a new call. */
export function defaultClosesAt(now = new Date()): string {
  const d = new Date(now);
  d.setDate(d.getDate() + 14);
  d.setHours(17, 0, 0, 0);
  return toLocalInput(d.toISOString());
}

/** Today as the value of a date input (YYYY-MM-DD), in the browser's time zone. */
export function todayInput(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "12 maart 2026 om 17:00" / "12 March 2026 at 17:00". */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A share of 0..1 as a whole percentage, e.g. "67%". */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A calendar day (YYYY-MM-DD, no time zone) in words, e.g. "12 maart 2026". */
export function formatDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(y, m - 1, d));
}

/** Whether a moment has passed (read at the time of asking). */
export function isPast(iso: string): boolean {
  return new Date(iso).getTime() <= Date.now();
}
