// `/feedback/:token?answer=yes|partly|no`: the personal "did this help?" link at the end of a feedback
// mail. The answer from the link is only chosen in advance: it counts when the person presses the
// button, because mail scanners open links before anyone reads them. A second answer replaces the first.
import { useCallback, useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useApi } from '../api/api-context';
import { readProblem } from '../api/api-problem';
import { formatDateTime } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Alert } from '../ui/alert';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup, groupHelpId } from '../ui/choice-group';
import { Field } from '../ui/field';
import { GeneralErrorsAlert } from '../ui/general-errors-alert';
import { Heading } from '../ui/heading';
import { LinkButton } from '../ui/link-button';
import { OptionalLabel } from '../ui/optional-label';
import { Paragraph } from '../ui/paragraph';
import { SendButton } from '../ui/send-button';
import { Textarea } from '../ui/textarea';
import { HELPFULNESS, isHelpfulness, type Helpfulness, type PublicFeedback } from './feedback-types';

export function PublicFeedbackPage() {
  const { token = '' } = useParams();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const api = useApi();
  usePageTitle(t('feedback.public.pageTitle'));
  const request = useCallback(
    () => api.GET('/api/public/feedback/{token}', { params: { path: { token } } }),
    [api, token],
  );
  const { state } = useLoad(request, t('feedback.public.notFound'));
  const fromLink = search.get('answer');
  return (
    <>
      <Heading level={1}>{t('feedback.public.heading')}</Heading>
      <LoadView state={state}>
        {(answer) => (
          <AnswerView
            token={token}
            initial={answer}
            fromLink={isHelpfulness(fromLink) ? fromLink : undefined}
          />
        )}
      </LoadView>
    </>
  );
}

interface ViewProps {
  token: string;
  initial: PublicFeedback;
  /** The answer chosen in the mail, if the link carried a known one. */
  fromLink: Helpfulness | undefined;
}

function AnswerView({ token, initial, fromLink }: ViewProps) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(initial);
  const [recorded, setRecorded] = useState(false);
  const [changing, setChanging] = useState(!initial.helped || !!fromLink);
  // The answer from the link is a suggestion for the first form only; after that, what was recorded.
  const [suggested, setSuggested] = useState(fromLink);

  return (
    <>
      {current.caseTitle && (
        <Paragraph lead>{t('feedback.public.about', { title: current.caseTitle })}</Paragraph>
      )}
      {recorded && (
        <Alert type="ok" role="status">
          {t('feedback.public.thanks')}
        </Alert>
      )}
      {current.helped && !changing && (
        <>
          <RecordedAnswer answer={current} />
          <Paragraph>
            <LinkButton
              onClick={() => {
                setRecorded(false);
                setChanging(true);
              }}
            >
              {t('feedback.public.change')}
            </LinkButton>
          </Paragraph>
        </>
      )}
      {changing && (
        <>
          {current.helped && <RecordedAnswer answer={current} earlier />}
          <AnswerForm
            token={token}
            preset={suggested ?? current.helped ?? undefined}
            presetFromLink={!!suggested}
            comment={current.comment ?? ''}
            onRecorded={(answer) => {
              setCurrent(answer);
              setSuggested(undefined);
              setRecorded(true);
              setChanging(false);
            }}
          />
        </>
      )}
    </>
  );
}

/** What is recorded now: the answer, the comment and when. */
function RecordedAnswer({ answer, earlier = false }: { answer: PublicFeedback; earlier?: boolean }) {
  const { t, language } = useI18n();
  if (!answer.helped) return null;
  return (
    <section aria-labelledby="feedback-recorded-heading" className="sr-section">
      <Heading level={2} id="feedback-recorded-heading">
        {earlier ? t('feedback.public.earlierHeading') : t('feedback.public.recordedHeading')}
      </Heading>
      <dl className="sr-fact-list">
        <dt>{t('feedback.public.yourAnswer')}</dt>
        <dd>{t(`feedback.helped.${answer.helped}`)}</dd>
        <dt>{t('feedback.public.yourComment')}</dt>
        <dd className="sr-description">{answer.comment || t('feedback.public.noComment')}</dd>
        {answer.respondedAt && (
          <>
            <dt>{t('feedback.public.answeredAt')}</dt>
            <dd>{formatDateTime(answer.respondedAt, language)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

interface FormProps {
  token: string;
  preset: Helpfulness | undefined;
  presetFromLink: boolean;
  comment: string;
  onRecorded: (answer: PublicFeedback) => void;
}

function AnswerForm({ token, preset, presetFromLink, comment: initialComment, onRecorded }: FormProps) {
  const { t } = useI18n();
  const api = useApi();
  const [helped, setHelped] = useState<Helpfulness | undefined>(preset);
  const [comment, setComment] = useState(initialComment);
  const [helpedError, setHelpedError] = useState<string>();
  const [commentError, setCommentError] = useState<string>();
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setOther([]);
    setCommentError(undefined);
    if (!helped) {
      setHelpedError(t('feedback.public.chooseAnswer'));
      document.getElementById(`feedback-helped-${HELPFULNESS[0]}`)?.focus();
      return;
    }
    setHelpedError(undefined);
    setBusy(true);
    try {
      const { data, error, response } = await api.POST('/api/public/feedback/{token}', {
        params: { path: { token } },
        body: { helped, comment: comment.trim() || undefined },
      });
      if (data) {
        onRecorded(data);
        return;
      }
      const problem = readProblem(response.status, error);
      const commentProblem = problem.fieldProblems.find((p) => p.field === 'comment');
      if (commentProblem) setCommentError(commentProblem.message);
      else if (response.status === 404) setOther([t('feedback.public.notFound')]);
      else setOther([problem.message ?? t('common.unexpectedError')]);
    } catch {
      setOther([t('common.networkError')]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="sr-form" onSubmit={(event) => void submit(event)}>
      <GeneralErrorsAlert messages={other} />
      <ChoiceGroup
        id="feedback-helped"
        legend={t('feedback.public.question')}
        help={presetFromLink ? t('feedback.public.presetHelp') : t('feedback.public.questionHelp')}
        error={helpedError}
        role="radiogroup"
      >
        {HELPFULNESS.map((h) => (
          <ChoiceField
            key={h}
            id={`feedback-helped-${h}`}
            type="radio"
            name="helped"
            value={h}
            label={t(`feedback.helped.${h}`)}
            checked={helped === h}
            describedByIds={groupHelpId('feedback-helped')}
            onChange={() => setHelped(h)}
          />
        ))}
      </ChoiceGroup>
      <Field
        id="feedback-comment"
        label={<OptionalLabel>{t('feedback.public.comment')}</OptionalLabel>}
        help={t('feedback.public.commentHelp')}
        error={commentError}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={4}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
      <div className="sr-form__actions">
        <SendButton sending={busy}>{t('feedback.public.submit')}</SendButton>
      </div>
    </form>
  );
}
