// Where one signal is: its reference, the status in plain words, the seven steps, any feedback and
// what happened so far. Shown on the private tracking page and on a member's own signal.
import type { components } from '../api/schema';
import { SentFeedbackMessage } from '../feedback/feedback-message';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouteSteps } from './route-steps';

export type SignalProgressView = components['schemas']['TrackingViewDto'];

export function SignalProgress({ view }: { view: SignalProgressView }) {
  const { t, language } = useI18n();
  const stateNote = t(`tracking.stateNote.${view.state}`);
  return (
    <>
      <Heading level={2} className="sr-signal-title">
        {view.title}
      </Heading>
      <dl className="sr-facts">
        <dt>{t('common.reference')}</dt>
        <dd>{view.reference}</dd>
      </dl>
      <Paragraph>{t('common.submittedOn', { date: formatDate(view.submittedAt, language) })}</Paragraph>

      <Alert type={view.state === 'archived' ? 'warning' : 'info'} className="sr-status">
        <Heading level={2}>{t('tracking.now')}</Heading>
        <Paragraph>
          <strong>{view.status}</strong>
        </Paragraph>
        <Paragraph>{view.statusExplanation}</Paragraph>
        {stateNote && <Paragraph>{stateNote}</Paragraph>}
      </Alert>

      <Heading level={2} id="steps-heading">
        {t('tracking.stepsHeading')}
      </Heading>
      <RouteSteps steps={view.steps} labelledBy="steps-heading" />

      <Heading level={2}>{t('tracking.feedbackHeading')}</Heading>
      {view.feedback ? (
        <SentFeedbackMessage feedback={view.feedback} />
      ) : (
        <Paragraph>{t('tracking.noFeedback')}</Paragraph>
      )}

      {view.history.length > 0 && (
        <>
          <Heading level={2}>{t('tracking.historyHeading')}</Heading>
          <ul className="utrecht-unordered-list">
            {view.history.map((entry) => (
              <li key={`${entry.at}-${entry.name}`} className="utrecht-unordered-list__item">
                {t('tracking.historyEntry', { date: formatDate(entry.at, language), name: entry.name })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
