// The recognition check of a case (step 3) on the case page, for advisers and admins: the targeted
// calls with their progress, live figures while a call is open, the tally of closed calls with the
// recommendation and the thresholds it used, the answers (without who gave them), conversations with
// network partners and "I recognise this" from members. The decision itself is a step on the case page.
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { CallProgress } from '../calls/call-progress';
import { formatDateTime, formatDay } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { ConversationForm, type Conversation } from './conversation-form';
import { RecognitionFigures, RecommendationText } from './recognition-figures';

type Panel = components['schemas']['RecognitionPanelDto'];
type Answer = components['schemas']['RecognitionAnswerViewDto'];

interface Props {
  caseId: string;
  /** While the case is in recognition: new calls and conversations; afterwards it is read only. */
  editable: boolean;
}

export function RecognitionPanel({ caseId, editable }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/cases/{id}/recognition', { params: { path: { id: caseId } } }),
    [api, caseId],
  );
  const { state } = useLoad(request);
  return (
    <section aria-labelledby="recognition-heading" className="sr-section sr-recognition">
      <Heading level={2} id="recognition-heading">
        {t('recognition.heading')}
      </Heading>
      <Paragraph>{editable ? t('recognition.intro') : t('recognition.readOnly')}</Paragraph>
      {editable && (
        <Paragraph>
          <RouterLink to={`/beheer/oproepen/nieuw?case=${caseId}`} className="sr-button-link">
            {t('calls.newTargeted')}
          </RouterLink>
        </Paragraph>
      )}
      <LoadView state={state}>
        {(panel) => <PanelContent key={caseId} caseId={caseId} panel={panel} editable={editable} />}
      </LoadView>
    </section>
  );
}

function PanelContent({ caseId, panel, editable }: { caseId: string; panel: Panel; editable: boolean }) {
  const { t, language } = useI18n();
  const [conversations, setConversations] = useState<Conversation[]>(panel.conversations);
  const questionOf = (callId: string) => panel.calls.find((call) => call.id === callId)?.question ?? '';

  return (
    <>
      <Paragraph>{t('recognition.endorsements', { count: panel.endorsements })}</Paragraph>

      <Heading level={3}>{t('recognition.callsHeading')}</Heading>
      {panel.calls.length === 0 ? (
        <Paragraph>{t('recognition.noCalls')}</Paragraph>
      ) : (
        <ul className="sr-card-list">
          {panel.calls.map((call) => {
            const live = panel.live.find((l) => l.callId === call.id);
            return (
              <li key={call.id} className="sr-card">
                <Paragraph className="sr-card__title">
                  <RouterLink to={`/beheer/oproepen/${call.id}`}>{call.question}</RouterLink>
                </Paragraph>
                <Paragraph className="sr-meta">
                  {t('recognition.callLine', {
                    status: t(`calls.statuses.${call.status}`),
                    date: formatDateTime(call.closesAt, language),
                    answers: call.answers,
                  })}
                </Paragraph>
                <CallProgress call={call} id={`recognition-progress-${call.id}`} />
                {live && (
                  <details className="sr-details">
                    <summary>{t('recognition.liveHeading')}</summary>
                    <RecommendationText recommendation={live.recommendation} provisional />
                    <RecognitionFigures figures={live.figures} />
                  </details>
                )}
              </li>
            );
          })}
        </ul>
      )}

      {panel.tallies.length > 0 && (
        <>
          <Heading level={3}>{t('recognition.talliesHeading')}</Heading>
          {panel.tallies.map((tally) => (
            <article
              key={`${tally.callId}-${tally.createdAt}`}
              className="sr-tally"
              aria-labelledby={`tally-${tally.callId}`}
            >
              <h4 id={`tally-${tally.callId}`} className="sr-heading-4">
                {t('recognition.tallyOf', {
                  question: questionOf(tally.callId),
                  date: formatDateTime(tally.createdAt, language),
                })}
              </h4>
              <RecommendationText recommendation={tally.recommendation} thresholds={tally.thresholds} />
              <RecognitionFigures figures={tally.figures} />
            </article>
          ))}
        </>
      )}

      <Heading level={3}>{t('recognition.answersHeading')}</Heading>
      {panel.answers.length === 0 ? (
        <Paragraph>{t('recognition.noAnswers')}</Paragraph>
      ) : (
        <details className="sr-details">
          <summary>{t('recognition.answersSummary', { count: panel.answers.length })}</summary>
          <ul className="sr-card-list">
            {panel.answers.map((answer, index) => (
              <AnswerItem
                key={index}
                answer={answer}
                question={panel.calls.length > 1 ? questionOf(answer.callId) : undefined}
              />
            ))}
          </ul>
        </details>
      )}

      <Heading level={3}>{t('recognition.conversationsHeading')}</Heading>
      {conversations.length === 0 ? (
        <Paragraph>{t('recognition.noConversations')}</Paragraph>
      ) : (
        <ul className="sr-card-list">
          {conversations.map((conversation) => (
            <li key={conversation.id} className="sr-card">
              <Paragraph className="sr-card__title">
                {t('recognition.conversationLine', {
                  date: formatDay(conversation.heldOn, language),
                  partners: conversation.partners,
                  outcome: t(`recognitionAnswers.${conversation.outcome}`),
                })}
              </Paragraph>
              {conversation.notes && <Paragraph className="sr-description">{conversation.notes}</Paragraph>}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          <Heading level={3}>{t('recognition.conversationForm.heading')}</Heading>
          <ConversationForm caseId={caseId} onRecorded={setConversations} />
        </>
      )}
    </>
  );
}

function AnswerItem({ answer, question }: { answer: Answer; question: string | undefined }) {
  const { t, language } = useI18n();
  const who = [
    t(`domains.${answer.domain}`),
    answer.region,
    t(`organisationTypes.${answer.organisationType}`),
    answer.organisation,
  ].filter(Boolean);
  return (
    <li className="sr-card">
      <Paragraph className="sr-card__title">
        <strong>{t(`recognitionAnswers.${answer.recognition}`)}</strong> ·{' '}
        {t('recognition.answer.urgency', { urgency: t(`urgencies.${answer.urgency}`) })}
      </Paragraph>
      {question && <Paragraph className="sr-meta">{question}</Paragraph>}
      <Paragraph>{who.join(' · ')}</Paragraph>
      <Paragraph className="sr-description">
        <strong>{t('recognition.answer.needed')}:</strong> {answer.needed}
      </Paragraph>
      {answer.comment && (
        <Paragraph className="sr-description">
          <strong>{t('recognition.answer.comment')}:</strong> {answer.comment}
        </Paragraph>
      )}
      <Paragraph className="sr-meta">
        {formatDateTime(answer.answeredAt, language)} ·{' '}
        {answer.byMember ? t('recognition.answer.byMember') : t('recognition.answer.byEmail')}
        {answer.consentPublication && ` · ${t('recognition.answer.consent')}`}
      </Paragraph>
    </li>
  );
}
