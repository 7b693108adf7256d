import { useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { NewPasswordForm } from './new-password-form';
import { useApiForm } from './use-api-form';

/** `/reset/:token`: staff choose a new password; then they sign in with it. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const form = useApiForm();
  const [done, setDone] = useState(false);
  usePageTitle(t('reset.pageTitle'));

  const save = async (password: string) => {
    const answer = await form.send(() =>
      api.POST('/api/auth/password-reset/confirm', { body: { token, password } }),
    );
    if (answer) setDone(true);
  };

  return (
    <>
      <Heading level={1}>{t('reset.heading')}</Heading>
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('reset.done')}</Paragraph>
          <Paragraph>
            <RouterLink to="/inloggen">{t('reset.toSignIn')}</RouterLink>
          </Paragraph>
        </Alert>
      ) : (
        <>
          <NewPasswordForm
            submitLabel={t('reset.submit')}
            outcome={form}
            onSubmit={(password) => void save(password)}
          />
          {form.message && (
            <Paragraph>
              <RouterLink to="/inloggen">{t('reset.requestNew')}</RouterLink>
            </Paragraph>
          )}
        </>
      )}
    </>
  );
}
