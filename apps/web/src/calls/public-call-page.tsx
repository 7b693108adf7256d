// `/oproepen/:id`: one call on the public page. An open call is answered with a signal; a public
// targeted call with the recognition form: a signed-in member's answer counts at once, anyone else
// confirms theirs through a link sent to the e-mail address they give.
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { EMPTY_ANSWER, draftFromProfile, type AnswerDraft } from '../answer/answer-draft';
import { AnswerForm } from '../answer/answer-form';
import { CallIntro, callNotOpenMessage } from '../answer/call-intro';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useSession } from '../session/session-context';
import { useLoad, type LoadState } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import type { PublicCall } from './call-types';

export function PublicCallPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  usePageTitle(t('publicCalls.callPageTitle'));
  const request = useCallback(
    () => api.GET('/api/public/calls/{id}', { params: { path: { id } } }),
    [api, id],
  );
  const { state } = useLoad(request, t('publicCalls.notFound'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/oproepen">{t('publicCalls.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('answer.heading')}</Heading>
      <LoadView state={state}>{(call) => <PublicCallView call={call} />}</LoadView>
    </>
  );
}

type Sent = { status: 'recorded' } | { status: 'confirmation_sent'; email: string };

function PublicCallView({ call }: { call: PublicCall }) {
  const { t, language } = useI18n();
  const { session } = useSession();
  const [closed, setClosed] = useState(!call.open);
  const [sent, setSent] = useState<Sent>();

  if (call.kind === 'open') {
    return (
      <>
        <CallIntro call={call} />
        <Paragraph>{t('publicCalls.openCallText')}</Paragraph>
        {call.open && (
          <Paragraph>
            <RouterLink to={`/melden?call=${call.id}`}>{t('publicCalls.answerWithSignal')}</RouterLink>
          </Paragraph>
        )}
      </>
    );
  }
  if (sent) return <AnswerSent sent={sent} />;
  return (
    <>
      <CallIntro call={call} />
      {closed ? (
        <Alert type="warning" role="alert">
          {call.open ? t('answer.closedOnSend') : callNotOpenMessage(t, call, language)}
        </Alert>
      ) : session.status === 'loading' ? (
        <Paragraph role="status">{t('layout.loading')}</Paragraph>
      ) : session.status === 'signed-in' && session.user.role === 'member' ? (
        <MemberAnswer call={call} onSent={setSent} onClosed={() => setClosed(true)} />
      ) : (
        <>
          <Paragraph>{t('answer.anonymousNote')}</Paragraph>
          <PublicAnswerForm
            call={call}
            initial={EMPTY_ANSWER}
            withEmail
            onSent={setSent}
            onClosed={() => setClosed(true)}
          />
        </>
      )}
    </>
  );
}

interface AnswerProps {
  call: PublicCall;
  onSent: (sent: Sent) => void;
  onClosed: () => void;
}

/** A signed-in member answers at once, starting from their profile. */
function MemberAnswer({ call, onSent, onClosed }: AnswerProps) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/me/profile'), [api]);
  const { state } = useLoad(request);
  // Without a profile the form simply starts empty.
  const initial: LoadState<AnswerDraft> =
    state.status === 'ready'
      ? { status: 'ready', data: draftFromProfile(state.data) }
      : state.status === 'failed'
        ? { status: 'ready', data: EMPTY_ANSWER }
        : state;
  return (
    <>
      <Paragraph>{t('answer.memberNote')}</Paragraph>
      <LoadView state={initial}>
        {(draft) => (
          <PublicAnswerForm
            call={call}
            initial={draft}
            withEmail={false}
            onSent={onSent}
            onClosed={onClosed}
          />
        )}
      </LoadView>
    </>
  );
}

function PublicAnswerForm({
  call,
  initial,
  withEmail,
  onSent,
  onClosed,
}: AnswerProps & { initial: AnswerDraft; withEmail: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  return (
    <>
      <Heading level={2}>{t('answer.formHeading')}</Heading>
      <AnswerForm
        initial={initial}
        withEmail={withEmail}
        submitLabel={t('answer.submit')}
        send={(body) =>
          api.POST('/api/public/calls/{id}/answers', { params: { path: { id: call.id } }, body })
        }
        onAnswered={(outcome, email) =>
          onSent(
            outcome.status === 'confirmation_sent'
              ? { status: 'confirmation_sent', email: email ?? '' }
              : { status: 'recorded' },
          )
        }
        onClosed={onClosed}
      />
    </>
  );
}

function AnswerSent({ sent }: { sent: Sent }) {
  const { t } = useI18n();
  if (sent.status === 'confirmation_sent') {
    return (
      <Alert type="info" role="status">
        <Heading level={2}>{t('answer.checkMail.heading')}</Heading>
        <Paragraph>{t('answer.checkMail.text', { email: sent.email })}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="ok" role="status">
      <Heading level={2}>{t('answer.recordedHeading')}</Heading>
      <Paragraph>{t('answer.recordedText')}</Paragraph>
    </Alert>
  );
}
