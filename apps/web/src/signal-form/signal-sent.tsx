import { LinkButton } from '../ui/link-button';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import type { SignalCreated } from './signal-form';

interface Props {
  created: SignalCreated;
  emailGiven: boolean;
  onAnother: () => void;
}

/** After sending: the reference to quote and the private link to follow the signal. */
export function SignalSent({ created, emailGiven, onAnother }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The form is gone; put the reader on the confirmation.
    heading.current?.focus();
  }, []);

  return (
    <Alert type="ok" className="sr-sent">
      <Heading level={1} ref={heading} tabIndex={-1}>
        {t('sent.heading')}
      </Heading>
      <dl className="sr-facts">
        <dt>{t('common.reference')}</dt>
        <dd className="sr-reference">{created.reference}</dd>
      </dl>
      <Paragraph>{t('sent.trackingIntro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a sr-tracking-link" href={created.trackingUrl}>
          {t('sent.trackingLink')}
        </a>
      </Paragraph>
      <Paragraph className="sr-url">{created.trackingUrl}</Paragraph>
      {emailGiven && <Paragraph>{t('sent.emailSent')}</Paragraph>}
      <Paragraph>
        <LinkButton onClick={onAnother}>{t('sent.another')}</LinkButton>
      </Paragraph>
    </Alert>
  );
}
