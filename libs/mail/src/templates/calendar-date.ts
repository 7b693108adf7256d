// A due date in mail: a calendar date written out, "10 december 2026" or "10 December 2026".
import type { Locale } from '@app/workflow';

export function formatCalendarDate(date: string, locale: Locale): string {
  // Noon UTC is the same calendar day in the Netherlands and in every nearby zone.
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}
