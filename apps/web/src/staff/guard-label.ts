import type { I18n } from '../i18n/i18n-context';
import nl from '../i18n/nl.json';

type Guard = keyof typeof nl.guards;

function isKnown(guard: string): guard is Guard {
  return guard in nl.guards;
}

/** What blocks a step, in the interface language: the API words guard reasons in English only, so
 * known guards are named by their code here; an unknown one keeps the API's own words. */
export function guardLabel(t: I18n['t'], blocked: { guard: string; reason: string }): string {
  return isKnown(blocked.guard) ? t(`guards.${blocked.guard}`) : blocked.reason;
}
