// `/answer/confirm/:token`, the link in the mail to someone who answered a public call without an
// account. Confirming waits for a press of the button, as signing in by link does: a mail scanner that
// opens links in advance must not confirm an answer in the owner's name.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { readProblem } from '../api/api-problem';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

type Result = { type: 'ok' | 'error'; message: string };

export function ConfirmAnswerPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();
  usePageTitle(t('answer.confirm.pageTitle'));

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { data, error, response } = await api.POST('/api/public/call-answers/confirm', {
        body: { token },
      });
      if (data) {
        setResult({ type: 'ok', message: t('answer.confirm.done') });
        return;
      }
      const message =
        response.status === 410 || response.status === 400
          ? t('answer.confirm.invalid')
          : response.status === 409
            ? t('answer.confirm.closed')
            : (readProblem(response.status, error).message ?? t('common.unexpectedError'));
      setResult({ type: 'error', message });
    } catch {
      setResult({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t('answer.confirm.heading')}</Heading>
      {result ? (
        <>
          <Alert type={result.type} role={result.type === 'ok' ? 'status' : 'alert'}>
            {result.message}
          </Alert>
          <Paragraph>
            <RouterLink to="/oproepen">{t('answer.confirm.toCalls')}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <form onSubmit={(event) => void confirm(event)}>
          <Paragraph>{t('answer.confirm.intro')}</Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('answer.confirm.submit')}
          </Button>
        </form>
      )}
    </>
  );
}
