// Sending asks first, saying how many recipients get the mail; unsaved edits must be saved before.
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage } from '../staff/outcome-message';
import { useStaffChange } from '../staff/use-staff-change';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import type { FeedbackView } from './feedback-types';

interface Props {
  view: FeedbackView;
  dirty: boolean;
  onSent: (view: FeedbackView) => void;
  onConflict: () => void;
}

export function FeedbackSend({ view, dirty, onSent, onConflict }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const { busy, outcome, send } = useStaffChange(onConflict);
  const confirmRef = useRef<HTMLDivElement>(null);
  const count = view.counts.pending;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const sendNow = () =>
    send(
      () =>
        api.POST('/api/cases/{id}/feedback/send', {
          params: { path: { id: view.caseId } },
          body: { expectedVersion: view.version },
        }),
      (data) => {
        setConfirming(false);
        onSent(data);
      },
    );

  const question =
    count === 0
      ? t('feedback.send.confirmNobody')
      : count === 1
        ? t('feedback.send.confirmOne')
        : t('feedback.send.confirmMany', { count });

  return (
    <section aria-labelledby="feedback-send-heading" className="sr-section">
      <Heading level={3} id="feedback-send-heading">
        {t('feedback.send.heading')}
      </Heading>
      <OutcomeMessage outcome={outcome} />
      {confirming ? (
        <Alert
          type="warning"
          role="group"
          ref={confirmRef}
          tabIndex={-1}
          aria-labelledby="feedback-send-question"
        >
          <Paragraph id="feedback-send-question">
            <strong>{question}</strong>
          </Paragraph>
          {dirty && <Paragraph>{t('feedback.send.saveFirst')}</Paragraph>}
          <div className="sr-actions">
            <Button
              appearance="primary-action-button"
              busy={busy}
              disabled={busy || dirty}
              onClick={() => void sendNow()}
            >
              {t('feedback.send.confirm')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('feedback.send.cancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('feedback.send.intro')}</Paragraph>
          <Button appearance="primary-action-button" onClick={() => setConfirming(true)}>
            {t('feedback.send.start')}
          </Button>
        </>
      )}
    </section>
  );
}
