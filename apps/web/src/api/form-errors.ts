// A refused form, read into messages per field: validation errors (400) name their field in `errors`,
// a broken rule (422) may name one in `details.field`; whatever belongs to no field on the form is
// kept as a general message, so nothing the API said is lost.
import type { SummaryItem } from '../ui/error-summary';
import { readProblem } from './api-problem';

export interface FormErrors<F extends string> {
  byField: Partial<Record<F, string>>;
  other: string[];
}

export function noErrors<F extends string>(): FormErrors<F> {
  return { byField: {}, other: [] };
}

/** The form field an API field path (`channels.0`, `answer.region`) belongs to, if the form has it. */
function fieldOf<F extends string>(fields: readonly F[], path: string): F | undefined {
  const parts = path.split(/[.[\]]/).filter(Boolean);
  return fields.find((field) => parts.includes(field));
}

export function toFormErrors<F extends string>(
  fields: readonly F[],
  status: number,
  body: unknown,
  fallback: string,
): FormErrors<F> {
  const problem = readProblem(status, body);
  const errors = noErrors<F>();
  for (const { field, message } of problem.fieldProblems) {
    const known = fieldOf(fields, field);
    if (known) errors.byField[known] ??= message;
    else errors.other.push(message);
  }
  if (problem.fieldProblems.length === 0) {
    const details =
      typeof body === 'object' && body !== null ? (body as { details?: unknown }).details : null;
    const detailField =
      typeof details === 'object' && details !== null ? (details as { field?: unknown }).field : undefined;
    const known = typeof detailField === 'string' ? fieldOf(fields, detailField) : undefined;
    const message = problem.message ?? fallback;
    if (known) errors.byField[known] = message;
    else errors.other.push(message);
  }
  return errors;
}

export function hasErrors<F extends string>(errors: FormErrors<F>): boolean {
  return errors.other.length > 0 || Object.keys(errors.byField).length > 0;
}

/** The summary above a form: field errors in form order, each linking to its control, then the rest. */
export function summaryOf<F extends string>(
  fields: readonly F[],
  errors: FormErrors<F>,
  targetId: (field: F) => string,
): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const field of fields) {
    const message = errors.byField[field];
    if (message) items.push({ message, targetId: targetId(field) });
  }
  return [...items, ...errors.other.map((message) => ({ message }))];
}
