// The common life of a small form that sends one request: busy while sending, then either done or
// the API's problem (field messages at their fields, anything else as one message).
import { useState } from 'react';
import { readProblem, type ApiProblem } from '../api/api-problem';
import { useI18n } from '../i18n/i18n-context';

export interface FormOutcome {
  sending: boolean;
  /** A message that belongs to no field (wrong password, too many attempts, no connection). */
  message: string | undefined;
  fieldErrors: Readonly<Record<string, string>>;
}

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export function useApiForm() {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<FormOutcome>({
    sending: false,
    message: undefined,
    fieldErrors: {},
  });

  /**
   * Sends; returns the answer when the API accepted it, else null (and shows why). `messageFor` may word
   * a status better than the API does.
   */
  const send = async <T>(
    request: () => Promise<Answer<T>>,
    messageFor?: (problem: ApiProblem) => string | undefined,
  ): Promise<{ data: T | undefined } | null> => {
    setOutcome({ sending: true, message: undefined, fieldErrors: {} });
    try {
      const { data, error, response } = await request();
      if (response.ok) {
        setOutcome({ sending: false, message: undefined, fieldErrors: {} });
        return { data };
      }
      const problem = readProblem(response.status, error);
      const fieldErrors: Record<string, string> = {};
      for (const { field, message } of problem.fieldProblems) fieldErrors[field] ??= message;
      const message =
        problem.fieldProblems.length > 0
          ? undefined
          : (messageFor?.(problem) ?? problem.message ?? t('common.unexpectedError'));
      setOutcome({ sending: false, message, fieldErrors });
    } catch {
      setOutcome({ sending: false, message: t('common.networkError'), fieldErrors: {} });
    }
    return null;
  };

  return { ...outcome, send };
}
