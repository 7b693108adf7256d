import { useI18n } from '../i18n/i18n-context';
import { EmailLinkRequestForm } from './email-link-request-form';

/** Staff who forgot their password ask for a link to choose a new one. */
export function PasswordResetRequestForm() {
  const { t } = useI18n();
  return (
    <EmailLinkRequestForm
      path="/api/auth/password-reset"
      id="reset-email"
      autoComplete="username"
      submitLabel={t('signIn.forgot.submit')}
      appearance="secondary-action-button"
    />
  );
}
