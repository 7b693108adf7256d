import { Button } from '@utrecht/button-react';
import { type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { homeForRole } from '../session/home-for-role';
import { useSession } from '../session/session-context';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { FormMessage } from './form-message';
import { useApiForm } from './use-api-form';

/**
 * `/sign-in/:token`, the link in a member's sign-in e-mail. Signing in waits for a press of the button:
 * mail scanners that open links in advance would otherwise use up the single-use link.
 */
export function MagicLinkPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const form = useApiForm();
  usePageTitle(t('magicLink.pageTitle'));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answer = await form.send(() => api.POST('/api/auth/magic-link/verify', { body: { token } }));
    if (!answer?.data) return;
    signedIn(answer.data);
    await navigate(homeForRole(answer.data.user.role), { replace: true });
  };

  return (
    <>
      <Heading level={1}>{t('magicLink.heading')}</Heading>
      <FormMessage message={form.message ?? Object.values(form.fieldErrors)[0]} />
      {form.message ? (
        <Paragraph>
          <RouterLink to="/inloggen">{t('magicLink.requestNew')}</RouterLink>
        </Paragraph>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <Paragraph>{t('magicLink.intro')}</Paragraph>
          <Button type="submit" appearance="primary-action-button" busy={form.sending}>
            {t('magicLink.submit')}
          </Button>
        </form>
      )}
    </>
  );
}
