// A form's request, sent alike everywhere: once at a time and busy while it goes; when the API takes it
// the errors go, a refusal is shown at the fields (a conflict also reported, so the screen loads the
// latest version) and no connection as a message that belongs to no field.
import { useState } from 'react';
import type { FormErrors } from '../api/form-errors';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { problemErrors } from './problem-message';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

interface Options<F extends string> {
  /** The refusal at the fields; by default the API's messages, with a conflict (409) in our words. */
  errorsOf?: (status: number, body: unknown) => FormErrors<F>;
  /** Someone else changed it meanwhile (409): load it again. */
  onConflict?: () => void;
}

export function useFormSend<F extends string>(
  fields: readonly F[],
  targetId: (field: F) => string,
  { errorsOf, onConflict }: Options<F> = {},
) {
  const { t } = useI18n();
  const { errors, summary, fail, failWith, clear } = useFormErrors(fields, targetId);
  const [sending, setSending] = useState(false);

  /** Sends unless it is sending already; `onAccepted` gets what the API answered when it took it. */
  const send = async <T>(request: () => Promise<Answer<T>>, onAccepted: (data: T) => void) => {
    if (sending) return;
    setSending(true);
    try {
      const { data, error, response } = await request();
      if (data) {
        clear();
        onAccepted(data);
        return;
      }
      if (response.status === 409) onConflict?.();
      fail(errorsOf ? errorsOf(response.status, error) : problemErrors(t, fields, response.status, error));
    } catch {
      failWith(t('common.networkError'));
    } finally {
      setSending(false);
    }
  };

  return { errors, summary, fail, sending, send };
}
