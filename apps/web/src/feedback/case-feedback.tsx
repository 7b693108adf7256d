// Step 7 on the case page, for advisers and admins: the prepared feedback (the three questions in Dutch
// and English) to edit, preview and send while it is a draft; then who it reached, and the answers to
// "did this help?". Right after the case enters step 7 the feedback is still being prepared: the
// section looks again until it is there.
import { Fragment, useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { formatDateTime } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { DeliveryList } from './delivery-list';
import { FeedbackEditor } from './feedback-editor';
import { FeedbackParts } from './feedback-message';
import { FeedbackPreview } from './feedback-preview';
import { FeedbackSend } from './feedback-send';
import { FEEDBACK_LOCALES, HELPFULNESS, type FeedbackView } from './feedback-types';

type CaseStep = components['schemas']['CaseDetailDto']['step'];

/** How often the section looks again while the feedback is being prepared. */
export const PREPARE_POLL_MS = 3000;

/** The case steps in which the feedback section is shown. */
export function hasFeedback(step: CaseStep): boolean {
  return step === 'feedback' || step === 'closed';
}

type State =
  | { status: 'loading' }
  | { status: 'preparing' }
  | { status: 'none' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; view: FeedbackView };

interface Props {
  caseId: string;
  caseStep: CaseStep;
  /** The case moved by itself (it closes once everyone is reached): load it again. */
  onCaseMoved: () => void;
}

export function CaseFeedback({ caseId, caseStep, onCaseMoved }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    let current = true;
    // One recipient is enough here: the delivery list asks for its own pages.
    api
      .GET('/api/cases/{id}/feedback', { params: { path: { id: caseId }, query: { limit: 1 } } })
      .then(({ data, response }) => {
        if (!current) return;
        if (data) setState({ status: 'ready', view: data });
        else if (response.status === 404)
          setState({ status: caseStep === 'feedback' ? 'preparing' : 'none' });
        else setState({ status: 'failed', message: t('common.unexpectedError') });
      })
      .catch(() => current && setState({ status: 'failed', message: t('common.networkError') }));
    return () => {
      current = false;
    };
  }, [api, caseId, caseStep, round, t]);

  // While the feedback is being prepared, look again every few seconds.
  useEffect(() => {
    if (state.status !== 'preparing') return;
    const timer = setTimeout(() => setRound((r) => r + 1), PREPARE_POLL_MS);
    return () => clearTimeout(timer);
  }, [state]);

  // The case closes by itself once the feedback reached everyone: the case page loads it again, once.
  const movedTo = useRef<CaseStep>(caseStep);
  const viewStep = state.status === 'ready' ? state.view.caseStep : undefined;
  useEffect(() => {
    if (!viewStep || viewStep === caseStep || viewStep === movedTo.current) return;
    movedTo.current = viewStep;
    onCaseMoved();
  }, [viewStep, caseStep, onCaseMoved]);

  const onView = useCallback((view: FeedbackView) => setState({ status: 'ready', view }), []);
  const reload = useCallback(() => {
    setOutcome({ type: 'error', message: t('staff.conflict') });
    setRound((r) => r + 1);
  }, [t]);

  return (
    <section aria-labelledby="feedback-heading" className="sr-section sr-feedback">
      <Heading level={2} id="feedback-heading">
        {t('feedback.heading')}
      </Heading>
      {state.status === 'loading' && <Paragraph role="status">{t('layout.loading')}</Paragraph>}
      {state.status === 'preparing' && <Paragraph role="status">{t('feedback.preparing')}</Paragraph>}
      {state.status === 'none' && <Paragraph>{t('feedback.none')}</Paragraph>}
      {state.status === 'failed' && (
        <Alert type="error" role="alert">
          {state.message}
        </Alert>
      )}
      {state.status === 'ready' && (
        <FeedbackContent
          view={state.view}
          caseStep={caseStep}
          outcome={outcome}
          onView={onView}
          onSaved={(view) => {
            setOutcome({ type: 'ok', message: t('staff.saved') });
            onView(view);
          }}
          onSent={(view) => {
            setOutcome({ type: 'ok', message: t('feedback.send.done') });
            onView(view);
          }}
          onConflict={reload}
        />
      )}
    </section>
  );
}

interface ContentProps {
  view: FeedbackView;
  caseStep: CaseStep;
  outcome: Outcome | undefined;
  onView: (view: FeedbackView) => void;
  onSaved: (view: FeedbackView) => void;
  onSent: (view: FeedbackView) => void;
  onConflict: () => void;
}

function FeedbackContent({ view, caseStep, outcome, onView, onSaved, onSent, onConflict }: ContentProps) {
  const { t, language } = useI18n();
  const [dirty, setDirty] = useState(false);
  const editable = view.status === 'draft' && view.caseStep === 'feedback' && caseStep === 'feedback';

  return (
    <>
      <dl className="sr-fact-list">
        <dt>{t('feedback.facts.status')}</dt>
        <dd>
          <strong>{t(`feedback.statuses.${view.status}`)}</strong>
        </dd>
        <dt>{t('feedback.facts.preparedAt')}</dt>
        <dd>{formatDateTime(view.preparedAt, language)}</dd>
        {view.sentAt && (
          <>
            <dt>{t('feedback.facts.sentAt')}</dt>
            <dd>{formatDateTime(view.sentAt, language)}</dd>
          </>
        )}
      </dl>
      <OutcomeMessage outcome={outcome} />

      {editable ? (
        <>
          <section aria-labelledby="feedback-texts-heading" className="sr-section">
            <Heading level={3} id="feedback-texts-heading">
              {t('feedback.editor.heading')}
            </Heading>
            <Paragraph>{t('feedback.editor.intro')}</Paragraph>
            <FeedbackEditor
              key={view.version}
              view={view}
              onSaved={onSaved}
              onConflict={onConflict}
              onDirtyChange={setDirty}
            />
          </section>
          <FeedbackPreview caseId={view.caseId} dirty={dirty} />
          <FeedbackSend view={view} dirty={dirty} onSent={onSent} onConflict={onConflict} />
        </>
      ) : (
        <>
          <section aria-labelledby="feedback-message-heading" className="sr-section">
            <Heading level={3} id="feedback-message-heading">
              {t('feedback.messageHeading')}
            </Heading>
            {FEEDBACK_LOCALES.map((locale) => (
              <details key={locale} className="sr-details" open={locale === language}>
                <summary>{t(`feedback.locales.${locale}`)}</summary>
                <FeedbackParts texts={view.message[locale]} level={4} lang={locale} />
              </details>
            ))}
          </section>
          <FeedbackPreview caseId={view.caseId} dirty={false} />
        </>
      )}

      <DeliveryList view={view} onView={onView} />
      <HelpfulnessAnswers view={view} />
    </>
  );
}

/** The answers to "did this help?": how many said what, and the latest comments. */
function HelpfulnessAnswers({ view }: { view: FeedbackView }) {
  const { t, language } = useI18n();
  const answered = HELPFULNESS.reduce((sum, h) => sum + view.helpfulness[h], 0);
  return (
    <section aria-labelledby="feedback-helped-heading" className="sr-section">
      <Heading level={3} id="feedback-helped-heading">
        {t('feedback.answers.heading')}
      </Heading>
      {answered === 0 ? (
        <Paragraph>
          {view.status === 'draft' ? t('feedback.answers.notYet') : t('feedback.answers.none')}
        </Paragraph>
      ) : (
        <>
          <dl className="sr-fact-list">
            {HELPFULNESS.map((h) => (
              <Fragment key={h}>
                <dt>{t(`feedback.helped.${h}`)}</dt>
                <dd>{view.helpfulness[h]}</dd>
              </Fragment>
            ))}
          </dl>
          {view.helpfulness.no > 0 && (
            <Paragraph>
              {t('feedback.answers.noNote')}{' '}
              <RouterLink to="/beheer/terugkoppeling">{t('feedback.attention.heading')}</RouterLink>
            </Paragraph>
          )}
          {view.comments.length > 0 && (
            <>
              <h4 className="sr-heading-4">{t('feedback.answers.comments')}</h4>
              <ul className="sr-card-list">
                {view.comments.map((comment, index) => (
                  <li key={`${comment.respondedAt}-${index}`} className="sr-card">
                    <Paragraph className="sr-meta">
                      {t('feedback.answers.commentLine', {
                        answer: t(`feedback.helped.${comment.helped}`),
                        date: formatDateTime(comment.respondedAt, language),
                      })}
                    </Paragraph>
                    <Paragraph className="sr-description">{comment.comment}</Paragraph>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
