import { useNavigate, useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { homeForRole } from '../session/home-for-role';
import { useSession } from '../session/session-context';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { NewPasswordForm } from './new-password-form';
import { useApiForm } from './use-api-form';

/** `/invite/:token`: a new staff member chooses a password and is signed in. */
export function InvitePage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const form = useApiForm();
  usePageTitle(t('invite.pageTitle'));

  const accept = async (password: string) => {
    const answer = await form.send(() => api.POST('/api/auth/invite/accept', { body: { token, password } }));
    if (!answer?.data) return;
    signedIn(answer.data);
    await navigate(homeForRole(answer.data.user.role), { replace: true });
  };

  return (
    <>
      <Heading level={1}>{t('invite.heading')}</Heading>
      <Paragraph>{t('invite.intro')}</Paragraph>
      <NewPasswordForm
        submitLabel={t('invite.submit')}
        outcome={form}
        onSubmit={(password) => void accept(password)}
      />
    </>
  );
}
