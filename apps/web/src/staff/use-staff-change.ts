// A change a staff screen sends, handled alike everywhere: busy while it goes, a refusal or no
// connection as the outcome, and a conflict (409) reported so the screen loads the latest version.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Outcome } from './outcome-message';
import { problemMessage } from './problem-message';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export function useStaffChange(onConflict: () => void) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  /** Sends; `onAccepted` gets what the API answered when it took the change. */
  const send = async <T>(request: () => Promise<Answer<T>>, onAccepted: (data: T) => void) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await request();
      if (data) {
        onAccepted(data);
        return;
      }
      setOutcome({ type: 'error', message: problemMessage(t, response.status, error) });
      if (response.status === 409) onConflict();
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, setOutcome, send };
}
