// One opened signal: its text with personal data marked, the triage suggestions, and the decision
// (link to a suggested case, open a new case, or archive with a reason) in one or two actions.
import { Button } from '@utrecht/button-react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatList } from '../i18n/intl-format';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemMessage } from '../staff/problem-message';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { LinkButton } from '../ui/link-button';
import { Paragraph } from '../ui/paragraph';
import { TextInputField } from '../ui/text-input-field';
import { Textarea } from '../ui/textarea';
import { MarkedText } from './marked-text';
import { runForEach } from './run-for-each';
import type { Selection } from './selection';
import { SimilarSuggestions, suggestedCases, useNamedSuggestions } from './similar-suggestions';

type SignalDetail = components['schemas']['SignalDetailDto'];

export interface Decided {
  message: string;
  caseId?: string | null;
  /** The signals decided on, so they leave the selection. */
  ids: string[];
}

interface Props {
  signalId: string;
  selection: Selection;
  onDecided: (decided: Decided) => void;
  /** Someone else changed a signal meanwhile: the lists are asked again too. */
  onConflict: () => void;
  onClose: () => void;
}

export function TriagePanel({ signalId, selection, onDecided, onConflict, onClose }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/signals/{id}', { params: { path: { id: signalId } } }),
    [api, signalId],
  );
  const { state, reload } = useLoad(request);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Opening a signal takes the reader to it; on a phone it sits below the list.
    if (state.status === 'ready') headingRef.current?.focus();
  }, [state.status, signalId]);

  return (
    <section aria-labelledby="triage-heading" className="sr-panel" id="triage-panel">
      <div className="sr-panel__top">
        <LinkButton onClick={onClose}>{t('inbox.detail.close')}</LinkButton>
      </div>
      <LoadView state={state}>
        {(signal) => (
          <TriageDecision
            signal={signal}
            headingRef={headingRef}
            selection={selection}
            onDecided={onDecided}
            onConflict={() => {
              reload();
              onConflict();
            }}
          />
        )}
      </LoadView>
    </section>
  );
}

interface DecisionProps {
  signal: SignalDetail;
  headingRef: RefObject<HTMLHeadingElement | null>;
  selection: Selection;
  onDecided: (decided: Decided) => void;
  onConflict: () => void;
}

function TriageDecision({ signal, headingRef, selection, onDecided, onConflict }: DecisionProps) {
  const { t, language } = useI18n();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  // The new case's title is what the network may show publicly later: the adviser sees and may
  // rewrite the submitter's words before opening it.
  const [caseTitle, setCaseTitle] = useState(signal.title);
  const suggestions = signal.suggestions;
  const named = useNamedSuggestions(suggestions?.similar ?? []);
  const cases = suggestedCases(suggestions?.similar ?? [], named);
  const others = new Map([...selection].filter(([id]) => id !== signal.id));
  const findings = suggestions?.personalData ?? [];
  const path = { params: { path: { id: signal.id } } };
  const expectedVersion = signal.version;

  const decide = async (
    send: () => Promise<{
      data?: components['schemas']['TriageResultDto'];
      error?: unknown;
      response: Response;
    }>,
    done: string,
  ) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await send();
      if (data) {
        onDecided({ message: done, caseId: data.caseId, ids: [signal.id] });
        return;
      }
      setOutcome({ type: 'error', message: problemMessage(t, response.status, error) });
      if (response.status === 409) onConflict();
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  const linkWithSelected = async (caseId: string) => {
    setBusy(true);
    setOutcome(undefined);
    // This one with the version seen; the ticked others as they are now (the list shows no version).
    const first = await runForEach(new Map([[signal.id, signal.reference]]), () =>
      api.POST('/api/signals/{id}/link', { ...path, body: { caseId, expectedVersion } }),
    );
    const rest = await runForEach(others, (id) =>
      api.POST('/api/signals/{id}/link', { params: { path: { id } }, body: { caseId } }),
    );
    setBusy(false);
    const done = [...first.done, ...rest.done];
    const failed = [...first.failed, ...rest.failed];
    if (failed.length === 0) {
      onDecided({ message: t('inbox.bulk.done', { count: done.length }), caseId, ids: done });
      return;
    }
    setOutcome({ type: 'error', message: t('inbox.bulk.failed', { references: failed.join(', ') }) });
    onConflict();
  };

  const archive = () => {
    if (reason.trim().length < 3) {
      setReasonError(t('staff.reasonRequired'));
      document.getElementById('archive-reason')?.focus();
      return;
    }
    setReasonError(undefined);
    void decide(
      () =>
        api.POST('/api/signals/{id}/archive', { ...path, body: { reason: reason.trim(), expectedVersion } }),
      t('inbox.detail.archived'),
    );
  };

  const kinds = [...new Set(findings.map((f) => f.kind))].map((kind) => t(`personalData.kinds.${kind}`));

  return (
    <>
      <Heading level={2} id="triage-heading" ref={headingRef} tabIndex={-1}>
        <MarkedText text={signal.title} findings={findings.filter((f) => f.field === 'title')} />
      </Heading>
      <Paragraph className="sr-meta">
        {signal.reference} · {t(`signalSteps.${signal.step}`)} · {t(`mySignals.kind.${signal.kind}`)}
      </Paragraph>
      {findings.length > 0 && (
        <Paragraph className="sr-warning">
          {t('inbox.detail.personalData', { kinds: formatList(kinds, language) })}
        </Paragraph>
      )}
      <Heading level={3}>{t('inbox.detail.description')}</Heading>
      <Paragraph className="sr-description">
        <MarkedText text={signal.description} findings={findings.filter((f) => f.field === 'description')} />
      </Paragraph>
      <dl className="sr-fact-list">
        <dt>{t('inbox.detail.domains')}</dt>
        <dd>{signal.domains.map((d) => t(`domains.${d}`)).join(', ') || '–'}</dd>
        <dt>{t('inbox.detail.region')}</dt>
        <dd>{signal.region ?? '–'}</dd>
        <dt>{t('inbox.detail.channel')}</dt>
        <dd>{t(`channels.${signal.channel}`)}</dd>
        <dt>{t('inbox.detail.role')}</dt>
        <dd>{signal.submitterRole ? t(`roles.${signal.submitterRole}`) : '–'}</dd>
        {signal.organisation && (
          <>
            <dt>{t('inbox.detail.organisation')}</dt>
            <dd>{signal.organisation}</dd>
          </>
        )}
      </dl>

      <Heading level={3}>{t('inbox.detail.suggestions')}</Heading>
      {suggestions ? (
        <>
          <dl className="sr-fact-list">
            <dt>{t('inbox.detail.likelyDomains')}</dt>
            <dd>{suggestions.domains.map((d) => t(`domains.${d}`)).join(', ') || '–'}</dd>
            <dt>{t('inbox.detail.likelyOption')}</dt>
            <dd>
              {suggestions.handlingOption
                ? t(`handlingOptions.${suggestions.handlingOption}`)
                : t('inbox.detail.noOption')}
            </dd>
          </dl>
          <Heading level={3}>{t('inbox.detail.similar')}</Heading>
          <SimilarSuggestions similar={suggestions.similar} named={named} />
        </>
      ) : (
        <Paragraph>{t('inbox.detail.noSuggestions')}</Paragraph>
      )}

      {(signal.step === 'triage' || signal.step === 'intake') && (
        <>
          <Heading level={3}>{t('inbox.detail.decide')}</Heading>
          <OutcomeMessage outcome={outcome} />
          <div className="sr-actions">
            {cases.map((found) => (
              <Button
                key={found.id}
                appearance="primary-action-button"
                disabled={busy}
                onClick={() =>
                  void decide(
                    () =>
                      api.POST('/api/signals/{id}/link', {
                        ...path,
                        body: { caseId: found.id, expectedVersion },
                      }),
                    t('inbox.detail.linked'),
                  )
                }
              >
                {t('inbox.detail.linkTo', { reference: found.reference })}
              </Button>
            ))}
            {others.size > 0 &&
              cases.map((found) => (
                <Button
                  key={`bulk-${found.id}`}
                  appearance="secondary-action-button"
                  disabled={busy}
                  onClick={() => void linkWithSelected(found.id)}
                >
                  {t('inbox.detail.linkWithSelected', { count: others.size, reference: found.reference })}
                </Button>
              ))}
            <TextInputField
              id="case-title"
              label={t('inbox.detail.caseTitle')}
              help={t('inbox.detail.caseTitleHelp')}
              minLength={5}
              maxLength={200}
              value={caseTitle}
              onChange={(e) => setCaseTitle(e.target.value)}
            />
            <Button
              appearance={cases.length > 0 ? 'secondary-action-button' : 'primary-action-button'}
              disabled={busy || caseTitle.trim().length < 5}
              onClick={() =>
                void decide(
                  () =>
                    api.POST('/api/signals/{id}/open-case', {
                      ...path,
                      body: { expectedVersion, title: caseTitle.trim() },
                    }),
                  t('inbox.detail.caseOpened'),
                )
              }
            >
              {t('inbox.detail.openCase')}
            </Button>
          </div>
          <div className="sr-archive">
            <Field id="archive-reason" label={t('inbox.detail.archiveReason')} error={reasonError}>
              {(control) => (
                <Textarea
                  {...control}
                  rows={2}
                  maxLength={2000}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                />
              )}
            </Field>
            <Button appearance="secondary-action-button" disabled={busy} onClick={archive}>
              {t('inbox.detail.archive')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
