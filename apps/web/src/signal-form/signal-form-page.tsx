import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { callIdFrom } from './call-id';
import { SignalForm, type SignalCreated } from './signal-form';
import { SignalSent } from './signal-sent';

/** `/` and `/melden`: the form, then the confirmation. `?call=<id>` says which open call it answers. */
export function SignalFormPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const callId = callIdFrom(search);
  const [sent, setSent] = useState<{ created: SignalCreated; emailGiven: boolean } | null>(null);
  // A new form after "another signal" starts empty.
  const [formKey, setFormKey] = useState(0);
  usePageTitle(sent ? t('sent.pageTitle') : t('form.pageTitle'));

  if (sent) {
    return (
      <SignalSent
        created={sent.created}
        emailGiven={sent.emailGiven}
        onAnother={() => {
          setSent(null);
          setFormKey((key) => key + 1);
        }}
      />
    );
  }

  return (
    <>
      <Heading level={1}>{t('form.heading')}</Heading>
      {callId && (
        <Alert type="info" className="sr-call-notice">
          {t('form.callNotice')}
        </Alert>
      )}
      <Paragraph lead>{t('form.intro')}</Paragraph>
      <Paragraph className="sr-privacy-note">{t('form.privacyNote')}</Paragraph>
      <SignalForm
        key={formKey}
        callId={callId}
        onSent={(created, emailGiven) => setSent({ created, emailGiven })}
      />
    </>
  );
}
