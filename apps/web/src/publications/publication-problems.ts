// A refusal of the publication rules (422 rule_violated) lists every problem in `details.problems`
// ({ code, field, message }); the message there is English only, so known codes get our own words.
import { readProblem } from '../api/api-problem';
import type { FormErrors } from '../api/form-errors';
import type { I18n } from '../i18n/i18n-context';
import nl from '../i18n/nl.json';
import { problemErrors, problemMessage } from '../staff/problem-message';

export interface RuleProblem {
  code: string;
  field: string | null;
  message: string;
}

type KnownCode = keyof typeof nl.publications.problems;

function isKnown(code: string): code is KnownCode {
  return code in nl.publications.problems;
}

/** The problems of a 422 answer, or none when the body has no list of them. */
export function ruleProblems(body: unknown): RuleProblem[] {
  const details = isRecord(body) ? body.details : undefined;
  const problems = isRecord(details) ? details.problems : undefined;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((problem: unknown) =>
    isRecord(problem) && typeof problem.code === 'string'
      ? [
          {
            code: problem.code,
            field: typeof problem.field === 'string' ? problem.field : null,
            message: typeof problem.message === 'string' ? problem.message : '',
          },
        ]
      : [],
  );
}

/**
 * One problem in the interface language: our words for a known code; otherwise the API's localized
 * message when it is the first problem (the answer's `message` is that one's), else its English text.
 */
export function ruleProblemText(t: I18n['t'], problem: RuleProblem, first: boolean, body: unknown): string {
  if (isKnown(problem.code)) return t(`publications.problems.${problem.code}`);
  const localized = first ? readProblem(422, body).message : undefined;
  return localized ?? problem.message;
}

/** Every message of a refused change, each in the interface language. */
export function refusalMessages(t: I18n['t'], status: number, body: unknown): string[] {
  const problems = status === 422 ? ruleProblems(body) : [];
  if (problems.length === 0) return [problemMessage(t, status, body)];
  return problems.map((problem, index) => ruleProblemText(t, problem, index === 0, body));
}

/** A refused form: validation errors and rule problems at their fields, the rest on top. */
export function publicationFormErrors<F extends string>(
  t: I18n['t'],
  fields: readonly F[],
  status: number,
  body: unknown,
): FormErrors<F> {
  const problems = status === 422 ? ruleProblems(body) : [];
  if (problems.length === 0) return problemErrors(t, fields, status, body);
  const errors: FormErrors<F> = { byField: {}, other: [] };
  problems.forEach((problem, index) => {
    const message = ruleProblemText(t, problem, index === 0, body);
    const field = fields.find((f) => f === problem.field);
    if (field) errors.byField[field] ??= message;
    else errors.other.push(message);
  });
  return errors;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
