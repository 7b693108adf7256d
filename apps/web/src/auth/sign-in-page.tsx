import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { MemberLinkForm } from './member-link-form';
import { PasswordResetRequestForm } from './password-reset-request-form';
import { StaffSignInForm } from './staff-sign-in-form';

/** `/inloggen`: members ask for an e-mail link; staff use their password. */
export function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('signIn.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('signIn.heading')}</Heading>
      <section aria-labelledby="sign-in-member" className="sr-section">
        <Heading level={2} id="sign-in-member">
          {t('signIn.member.heading')}
        </Heading>
        <Paragraph>{t('signIn.member.intro')}</Paragraph>
        <MemberLinkForm />
      </section>
      <section aria-labelledby="sign-in-staff" className="sr-section">
        <Heading level={2} id="sign-in-staff">
          {t('signIn.staff.heading')}
        </Heading>
        <Paragraph>{t('signIn.staff.intro')}</Paragraph>
        <StaffSignInForm />
        <details className="sr-details">
          <summary>{t('signIn.forgot.heading')}</summary>
          <Paragraph>{t('signIn.forgot.intro')}</Paragraph>
          <PasswordResetRequestForm />
        </details>
      </section>
    </>
  );
}
