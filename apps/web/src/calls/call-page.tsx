// `/beheer/oproepen/:id`: one call. A draft can be changed and published (after a confirmation that
// says how many members get it); while a targeted call goes out, the page follows the sending.
import { Button } from '@utrecht/button-react';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { formatList } from '../i18n/intl-format';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { StaffOnly } from '../staff/staff-only';
import { useFormSend } from '../staff/use-form-send';
import { useStaffChange } from '../staff/use-staff-change';
import { Alert } from '../ui/alert';
import { ChoiceField } from '../ui/choice-field';
import { GeneralErrorsAlert } from '../ui/general-errors-alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { TextInputField } from '../ui/text-input-field';
import { CallForm } from './call-form';
import { CallProgress } from './call-progress';
import type { Call } from './call-types';
import { formatDateTime, fromLocalInput, isPast, toLocalInput } from './date-time';
import { useAudienceSize } from './use-audience-size';

/** How often the page asks how far the sending has come. */
export const FANOUT_POLL_MS = 2000;

export function CallPage() {
  const { t } = useI18n();
  usePageTitle(t('calls.pageTitle'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/beheer/oproepen">{t('calls.back')}</RouterLink>
      </Paragraph>
      <StaffOnly roles={['adviser', 'admin']}>{() => <CallView />}</StaffOnly>
    </>
  );
}

function CallView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const request = useCallback(() => api.GET('/api/calls/{id}', { params: { path: { id } } }), [api, id]);
  const { state, reload } = useLoad(request, t('calls.notFound'));
  // A change (or a look at the sending) answers with the call; shown until it is loaded again.
  const [changed, setChanged] = useState<{ over: typeof state; data: Call }>();
  const shown = changed?.over === state ? { status: 'ready' as const, data: changed.data } : state;
  const onChanged = useCallback((data: Call) => setChanged({ over: state, data }), [state]);
  return (
    <LoadView state={shown}>
      {(call) => <CallDetail call={call} created={created} onChanged={onChanged} onConflict={reload} />}
    </LoadView>
  );
}

interface DetailProps {
  call: Call;
  created: boolean;
  onChanged: (call: Call) => void;
  onConflict: () => void;
}

function CallDetail({ call, created, onChanged, onConflict }: DetailProps) {
  const { t, language } = useI18n();
  const api = useApi();
  const [outcome, setOutcome] = useState<Outcome | undefined>(
    created ? { type: 'ok', message: t('calls.created') } : undefined,
  );
  const sending = call.kind === 'targeted' && call.status === 'published' && !call.fanoutCompletedAt;

  // While the invitations go out, look again every two seconds until the sending is complete.
  useEffect(() => {
    if (!sending) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .GET('/api/calls/{id}', { params: { path: { id: call.id } } })
        .then(({ data }) => current && data && onChanged(data))
        .catch(() => undefined);
    }, FANOUT_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, call, sending, onChanged]);

  const changed = (data: Call, message: string) => {
    setOutcome({ type: 'ok', message });
    onChanged(data);
  };

  const audience = call.audienceEveryone
    ? t('calls.audienceEveryone')
    : t('calls.audienceDescription', {
        domains: call.audienceDomains.length
          ? formatList(
              call.audienceDomains.map((d) => t(`domains.${d}`)),
              language,
            )
          : t('calls.anyDomain'),
        regions: call.audienceRegions.length
          ? formatList(call.audienceRegions, language)
          : t('calls.anyRegion'),
      });

  return (
    <>
      <Heading level={1}>{call.question}</Heading>
      <OutcomeMessage outcome={outcome} />
      <dl className="sr-fact-list">
        <dt>{t('calls.facts.kind')}</dt>
        <dd>{t(`calls.kinds.${call.kind}`)}</dd>
        {call.caseId && (
          <>
            <dt>{t('calls.facts.case')}</dt>
            <dd>
              <RouterLink to={`/knelpunten/${call.caseId}`}>
                {call.caseReference}: {call.caseTitle}
              </RouterLink>
            </dd>
          </>
        )}
        <dt>{t('calls.facts.status')}</dt>
        <dd>
          <strong>{t(`calls.statuses.${call.status}`)}</strong>
        </dd>
        <dt>{t('calls.facts.reason')}</dt>
        <dd className="sr-description">{call.reason}</dd>
        <dt>{t('calls.facts.channels')}</dt>
        <dd>
          {formatList(
            call.channels.map((c) => t(`channels.${c}`)),
            language,
          )}
        </dd>
        <dt>{t('calls.facts.opensAt')}</dt>
        <dd>
          {call.status === 'draft' && isPast(call.opensAt)
            ? t('calls.opensOnPublish')
            : formatDateTime(call.opensAt, language)}
        </dd>
        <dt>{t('calls.facts.closesAt')}</dt>
        <dd>{formatDateTime(call.closesAt, language)}</dd>
        {call.kind === 'targeted' && (
          <>
            <dt>{t('calls.facts.audience')}</dt>
            <dd>{audience}</dd>
            <dt>{t('calls.facts.public')}</dt>
            <dd>{call.isPublic ? t('calls.yes') : t('calls.no')}</dd>
          </>
        )}
        {call.status !== 'draft' && (
          <>
            <dt>{t('calls.facts.answers')}</dt>
            <dd>{call.answers}</dd>
          </>
        )}
      </dl>

      {call.kind === 'targeted' && call.status !== 'draft' && (
        <section aria-labelledby="progress-heading" className="sr-section">
          <Heading level={2} id="progress-heading">
            {t('calls.progressHeading')}
          </Heading>
          <CallProgress call={call} id="call-progress" />
          <div aria-live="polite">
            <Paragraph>{sending ? t('calls.fanoutRunning') : t('calls.fanoutDone')}</Paragraph>
          </div>
        </section>
      )}

      {call.status === 'draft' && (
        <>
          <PublishSection
            call={call}
            onPublished={(data) => changed(data, t('calls.published'))}
            onConflict={onConflict}
          />
          <section aria-labelledby="edit-heading" className="sr-section">
            <Heading level={2} id="edit-heading">
              {t('calls.edit')}
            </Heading>
            <CallForm
              key={call.version}
              call={call}
              onSaved={(data) => changed(data, t('staff.saved'))}
              onConflict={onConflict}
            />
          </section>
        </>
      )}

      {call.status === 'published' && (
        <section aria-labelledby="edit-heading" className="sr-section">
          <Heading level={2} id="edit-heading">
            {t('calls.edit')}
          </Heading>
          <Paragraph>{t('calls.form.publishedEditHelp')}</Paragraph>
          <PublishedCallForm
            key={call.version}
            call={call}
            onSaved={(data) => changed(data, t('staff.saved'))}
            onConflict={onConflict}
          />
        </section>
      )}

      {call.status === 'closed' && <Paragraph>{t('calls.closedNote')}</Paragraph>}
    </>
  );
}

interface PublishProps {
  call: Call;
  onPublished: (call: Call) => void;
  onConflict: () => void;
}

/** Publishing asks first, saying how many members will get the call (counted now, as it will be). */
function PublishSection({ call, onPublished, onConflict }: PublishProps) {
  const { t } = useI18n();
  const api = useApi();
  const [confirming, setConfirming] = useState(false);
  const { busy, outcome, send } = useStaffChange(onConflict);
  const confirmRef = useRef<HTMLDivElement>(null);
  const count = useAudienceSize(
    confirming && call.kind === 'targeted'
      ? { everyone: call.audienceEveryone, domains: call.audienceDomains, regions: call.audienceRegions }
      : null,
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const publish = () =>
    send(
      () =>
        api.POST('/api/calls/{id}/publish', {
          params: { path: { id: call.id } },
          body: { expectedVersion: call.version },
        }),
      (data) => {
        setConfirming(false);
        onPublished(data);
      },
    );

  const question = (() => {
    if (call.kind === 'open') return t('calls.confirmOpen');
    switch (count.status) {
      case 'ready':
        return t('calls.confirmTargeted', { count: count.size });
      case 'failed':
        return t('calls.form.audienceFailed');
      case 'none':
      case 'counting':
        return t('calls.confirmCounting');
    }
  })();

  return (
    <section aria-labelledby="publish-heading" className="sr-section">
      <Heading level={2} id="publish-heading">
        {t('calls.publishHeading')}
      </Heading>
      <OutcomeMessage outcome={outcome} />
      {confirming ? (
        <Alert type="warning" ref={confirmRef} tabIndex={-1} aria-labelledby="publish-confirm-text">
          <Paragraph id="publish-confirm-text" aria-live="polite">
            <strong>{question}</strong>
          </Paragraph>
          <div className="sr-actions">
            <Button
              appearance="primary-action-button"
              busy={busy}
              disabled={busy || (call.kind === 'targeted' && count.status === 'counting')}
              onClick={() => void publish()}
            >
              {t('calls.confirmPublish')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('calls.cancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <>
          <Paragraph>{t('calls.publishIntro')}</Paragraph>
          <Button appearance="primary-action-button" onClick={() => setConfirming(true)}>
            {t('calls.publish')}
          </Button>
        </>
      )}
    </section>
  );
}

const PUBLISHED_FIELDS = ['closesAt', 'isPublic'] as const;
type PublishedField = (typeof PUBLISHED_FIELDS)[number];

interface PublishedProps {
  call: Call;
  onSaved: (call: Call) => void;
  onConflict: () => void;
}

/** A published call keeps its question and audience; its close date and public listing may change. */
function PublishedCallForm({ call, onSaved, onConflict }: PublishedProps) {
  const { t } = useI18n();
  const api = useApi();
  const [closesAt, setClosesAt] = useState(toLocalInput(call.closesAt));
  const [isPublic, setIsPublic] = useState(call.isPublic);
  const { errors, sending, send } = useFormSend(
    PUBLISHED_FIELDS,
    (field: PublishedField) => `call-${field}`,
    { onConflict },
  );

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(
      () =>
        api.PATCH('/api/calls/{id}', {
          params: { path: { id: call.id } },
          body: {
            closesAt: fromLocalInput(closesAt) ?? closesAt,
            isPublic: call.kind === 'targeted' ? isPublic : undefined,
            expectedVersion: call.version,
          },
        }),
      onSaved,
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={save}>
      <GeneralErrorsAlert messages={errors.other} />
      <TextInputField
        id="call-closesAt"
        label={t('calls.form.closesAt')}
        error={errors.byField.closesAt}
        type="datetime-local"
        required
        value={closesAt}
        onChange={(event) => setClosesAt(event.target.value)}
      />
      {call.kind === 'targeted' && (
        <ChoiceField
          id="call-isPublic"
          type="checkbox"
          label={t('calls.form.isPublic')}
          help={t('calls.form.isPublicHelp')}
          error={errors.byField.isPublic}
          checked={isPublic}
          onChange={(event) => setIsPublic(event.target.checked)}
        />
      )}
      <Button type="submit" appearance="secondary-action-button" busy={sending} disabled={sending}>
        {t('calls.form.save')}
      </Button>
    </form>
  );
}
