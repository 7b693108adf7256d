import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { SignalProgress, type SignalProgressView } from '../tracking/signal-progress';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { MemberOnly } from './member-only';

/** `/mijn-meldingen/:id`: one of the member's signals, with the seven steps. */
export function MySignalPage() {
  const { t } = useI18n();
  usePageTitle(t('mySignals.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('mySignals.heading')}</Heading>
      <Paragraph>
        <RouterLink to="/mijn-meldingen">{t('mySignals.back')}</RouterLink>
      </Paragraph>
      <MemberOnly>
        <MySignal />
      </MemberOnly>
    </>
  );
}

function MySignal() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const [view, setView] = useState<SignalProgressView>();
  const [failed, setFailed] = useState<string>();

  useEffect(() => {
    let current = true;
    api
      .GET('/api/me/signals/{id}', { params: { path: { id } } })
      .then(({ data, response }) => {
        if (!current) return;
        if (data) setView(data);
        else setFailed(response.status === 404 ? t('tracking.notFound') : t('common.unexpectedError'));
      })
      .catch(() => current && setFailed(t('common.networkError')));
    return () => {
      current = false;
    };
  }, [api, id, t]);

  if (failed) {
    return (
      <Alert type="error" role="alert">
        {failed}
      </Alert>
    );
  }
  if (!view) return <Paragraph role="status">{t('layout.loading')}</Paragraph>;
  return <SignalProgress view={view} />;
}
