import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { SignalProgress, type SignalProgressView } from './signal-progress';

type Load =
  { state: 'loading' } | { state: 'found'; view: SignalProgressView } | { state: 'failed'; message: string };

/** `/track/:token`: the private link from the confirmation and the e-mail. */
export function TrackingPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  usePageTitle(t('tracking.pageTitle'));

  useEffect(() => {
    let current = true;
    // Asked again after a language switch (`t` changes with it): the API words the steps in that language.
    api
      .GET('/api/track/{token}', { params: { path: { token } } })
      .then(({ data, response }) => {
        if (!current) return;
        if (data) setLoad({ state: 'found', view: data });
        else
          setLoad({
            state: 'failed',
            message: response.status === 404 ? t('tracking.notFound') : t('common.unexpectedError'),
          });
      })
      .catch(() => current && setLoad({ state: 'failed', message: t('common.networkError') }));
    return () => {
      current = false;
    };
  }, [api, token, t]);

  return (
    <>
      <Heading level={1}>{t('tracking.heading')}</Heading>
      {load.state === 'loading' && <Paragraph role="status">{t('layout.loading')}</Paragraph>}
      {load.state === 'failed' && (
        <Alert type="error" role="alert">
          {load.message}
        </Alert>
      )}
      {load.state === 'found' && <SignalProgress view={load.view} />}
    </>
  );
}
