import { readProblem } from '../api/api-problem';
import type { I18n } from '../i18n/i18n-context';

/** What to tell after a refused change; a conflict (409) gets our own wording, since the screen reloads. */
export function problemMessage(t: I18n['t'], status: number, body: unknown): string {
  if (status === 409) return t('staff.conflict');
  const problem = readProblem(status, body);
  return problem.fieldProblems[0]?.message ?? problem.message ?? t('common.unexpectedError');
}
