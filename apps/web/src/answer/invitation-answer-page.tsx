// `/answer/:token`, the personal link in a targeted call's e-mail: the call, the member's answer so far
// (which they may change while the call is open), prefilled from their profile for a first answer.
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { formatDateTime } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { draftFromAnswer, draftFromProfile } from './answer-draft';
import { AnswerForm } from './answer-form';
import { CallIntro, callNotOpenMessage } from './call-intro';

type Invitation = components['schemas']['InvitationViewDto'];

export function InvitationAnswerPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  usePageTitle(t('answer.pageTitle'));
  const request = useCallback(
    () => api.GET('/api/call-invitations/{token}', { params: { path: { token } } }),
    [api, token],
  );
  const { state } = useLoad(request, t('answer.notFound'));
  return (
    <>
      <Heading level={1}>{t('answer.heading')}</Heading>
      <LoadView state={state}>{(view) => <InvitationAnswer token={token} view={view} />}</LoadView>
    </>
  );
}

function InvitationAnswer({ token, view }: { token: string; view: Invitation }) {
  const { t, language } = useI18n();
  const api = useApi();
  const [closed, setClosed] = useState(!view.call.open);
  const [answered, setAnswered] = useState(view.answer !== null);
  const [outcome, setOutcome] = useState<Outcome>();
  const initial = view.answer
    ? draftFromAnswer(view.answer)
    : draftFromProfile({
        domains: view.profileDomains,
        region: view.profileRegion,
        organisationType: view.profileOrganisationType,
        organisation: view.profileOrganisation,
      });

  return (
    <>
      <CallIntro call={view.call} />
      <OutcomeMessage outcome={outcome} />
      {closed ? (
        <Alert type="warning" role="alert">
          <Paragraph>
            {view.call.open ? t('answer.closedOnSend') : callNotOpenMessage(t, view.call, language)}
          </Paragraph>
          {view.answer && (
            <Paragraph>
              {t('answer.answeredOn', { date: formatDateTime(view.answer.answeredAt, language) })}
            </Paragraph>
          )}
        </Alert>
      ) : (
        <>
          {view.answer && !outcome && (
            <Alert type="info">
              {t('answer.existing', { date: formatDateTime(view.answer.answeredAt, language) })}
            </Alert>
          )}
          <Heading level={2}>{t('answer.formHeading')}</Heading>
          <AnswerForm
            initial={initial}
            withEmail={false}
            submitLabel={answered ? t('answer.change') : t('answer.submit')}
            send={(body) => {
              // The invitation link is the respondent's identity: no e-mail address goes along.
              const { email: _email, ...answer } = body;
              return api.PUT('/api/call-invitations/{token}/answer', {
                params: { path: { token } },
                body: answer,
              });
            }}
            onAnswered={() => {
              setAnswered(true);
              setOutcome({ type: 'ok', message: t('answer.saved') });
            }}
            onClosed={() => {
              setOutcome(undefined);
              setClosed(true);
            }}
          />
        </>
      )}
    </>
  );
}
