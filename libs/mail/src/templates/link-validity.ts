// How long an e-mail link stays valid, in words: "15 minuten", "1 uur", "7 dagen".
import type { Locale } from '@app/workflow';

const UNITS: Record<Locale, Record<'day' | 'hour' | 'minute', [one: string, many: string]>> = {
  nl: { day: ['dag', 'dagen'], hour: ['uur', 'uur'], minute: ['minuut', 'minuten'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/** The largest whole unit that fits exactly, so 60 minutes reads "1 uur" and 90 minutes "90 minuten". */
export function validityText(minutes: number, locale: Locale): string {
  const [count, unit] =
    minutes % (24 * 60) === 0
      ? [minutes / (24 * 60), 'day' as const]
      : minutes % 60 === 0
        ? [minutes / 60, 'hour' as const]
        : [minutes, 'minute' as const];
  const [one, many] = UNITS[locale][unit];
  return `${count} ${count === 1 ? one : many}`;
}
