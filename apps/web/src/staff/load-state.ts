import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';

export type LoadState<T> =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; data: T };

interface Answer<T> {
  data?: T;
  response: Response;
}

/**
 * Loads with `request` when it changes (also on a language switch: the API words some texts), and
 * again on `reload()`. A 404 gets `notFound` as its message.
 */
export function useLoad<T>(request: () => Promise<Answer<T>>, notFound?: string) {
  const { t } = useI18n();
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    request()
      .then(({ data, response }) => {
        if (!current) return;
        if (data !== undefined) setState({ status: 'ready', data });
        else {
          const message = response.status === 404 && notFound ? notFound : t('common.unexpectedError');
          setState({ status: 'failed', message });
        }
      })
      .catch(() => current && setState({ status: 'failed', message: t('common.networkError') }));
    return () => {
      current = false;
    };
  }, [request, notFound, t, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { state, reload };
}
