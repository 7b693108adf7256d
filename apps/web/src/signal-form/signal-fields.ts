// The form's fields, the ids of their controls, and where the API's field errors belong.
import { createSignalDtoDomainsValues } from '../api/schema';
import type { FieldProblem } from '../api/api-problem';
import type { SummaryItem } from '../ui/error-summary';

/** In the order they appear on the form. */
export const SIGNAL_FIELDS = [
  'kind',
  'title',
  'description',
  'domains',
  'region',
  'submitterRole',
  'organisation',
  'contact',
  'email',
  'publication',
] as const;
export type SignalField = (typeof SIGNAL_FIELDS)[number];

export const DOMAIN_OPTIONS = createSignalDtoDomainsValues;

export function fieldId(field: SignalField): string {
  return `signal-${field}`;
}

export function optionId(field: 'kind' | 'domains', value: string): string {
  return `${fieldId(field)}-${value}`;
}

/** Where an error summary link goes: the control, or for a group its first option. */
export function targetId(field: SignalField): string {
  if (field === 'kind') return optionId('kind', 'bottleneck');
  if (field === 'domains') return optionId('domains', DOMAIN_OPTIONS[0] ?? '');
  return fieldId(field);
}

export interface SignalFormErrors {
  byField: Partial<Record<SignalField, string>>;
  /** Problems that belong to no field on the form (e.g. the call it answers). */
  other: string[];
}

/** The API names nested and list fields by path; each belongs to one control on the form. */
const API_PATHS: Readonly<Record<string, SignalField>> = {
  consent: 'contact',
  'consent.contact': 'contact',
  'consent.publication': 'publication',
};

function formFieldOf(apiField: string): SignalField | undefined {
  const aliased = API_PATHS[apiField];
  if (aliased) return aliased;
  const head = apiField.split('.')[0];
  return SIGNAL_FIELDS.find((field) => field === head);
}

/** The first message per field (the API sends one per field), the rest as general problems. */
export function toSignalFormErrors(problems: readonly FieldProblem[]): SignalFormErrors {
  const errors: SignalFormErrors = { byField: {}, other: [] };
  for (const problem of problems) {
    const field = formFieldOf(problem.field);
    if (!field) errors.other.push(problem.message);
    else errors.byField[field] ??= problem.message;
  }
  return errors;
}

/** The summary at the top of the form: field errors in form order, each linking to its control. */
export function summaryItems(errors: SignalFormErrors): SummaryItem[] {
  const fieldItems = SIGNAL_FIELDS.flatMap((field) => {
    const message = errors.byField[field];
    return message ? [{ message, targetId: targetId(field) }] : [];
  });
  return [...fieldItems, ...errors.other.map((message) => ({ message }))];
}
