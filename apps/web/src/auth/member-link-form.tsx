import { useI18n } from '../i18n/i18n-context';
import { EmailLinkRequestForm } from './email-link-request-form';

/** Members sign in without a password: they ask for a link by e-mail. */
export function MemberLinkForm() {
  const { t } = useI18n();
  return (
    <EmailLinkRequestForm
      path="/api/auth/magic-link"
      id="member-email"
      autoComplete="email"
      submitLabel={t('signIn.member.submit')}
      appearance="primary-action-button"
    />
  );
}
