// A form's errors kept in one place, so every form shows them alike: each at its field and, in form
// order with links to the fields, in the summary above the form.
import { useState } from 'react';
import type { SummaryItem } from '../ui/error-summary';
import { noErrors, summaryOf, type FormErrors } from './form-errors';

export function useFormErrors<F extends string>(fields: readonly F[], targetId: (field: F) => string) {
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors);
  const [summary, setSummary] = useState<SummaryItem[]>([]);

  const fail = (next: FormErrors<F>) => {
    setErrors(next);
    setSummary(summaryOf(fields, next, targetId));
  };

  return {
    errors,
    summary,
    fail,
    /** One message that belongs to no field (no connection, a refusal of the whole form). */
    failWith: (message: string) => fail({ byField: {}, other: [message] }),
    clear: () => fail(noErrors()),
  };
}
