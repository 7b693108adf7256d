import { readProblem } from '../api/api-problem';
import { toFormErrors, type FormErrors } from '../api/form-errors';
import type { I18n } from '../i18n/i18n-context';

/** What to tell after a refused change; a conflict (409) gets our own wording, since the screen reloads. */
export function problemMessage(t: I18n['t'], status: number, body: unknown): string {
  if (status === 409) return t('staff.conflict');
  const problem = readProblem(status, body);
  return problem.fieldProblems[0]?.message ?? problem.message ?? t('common.unexpectedError');
}

/** The same for a form: the API's messages at their fields, but a conflict (409) in our own wording. */
export function problemErrors<F extends string>(
  t: I18n['t'],
  fields: readonly F[],
  status: number,
  body: unknown,
): FormErrors<F> {
  const errors = toFormErrors(fields, status, body, t('common.unexpectedError'));
  if (status === 409) errors.other = [t('staff.conflict')];
  return errors;
}
