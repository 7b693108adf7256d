// Create a call, or change a draft: the question and why it is asked, where it goes out, when it
// opens and closes, and for a targeted call its case and audience, whose size is shown as it is chosen.
import { useCallback, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { useFormSend } from '../staff/use-form-send';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { DomainCheckboxGroup } from '../ui/domain-checkbox-group';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { RadioButtonGroup } from '../ui/radio-button-group';
import { Select } from '../ui/select';
import { SendButton } from '../ui/send-button';
import { TextareaField } from '../ui/textarea-field';
import { TextInputField } from '../ui/text-input-field';
import { useDraft } from '../ui/use-draft';
import { AudienceSizeNote } from './audience-size-note';
import {
  CALL_KINDS,
  CHANNELS,
  DOMAINS,
  parseRegions,
  type Call,
  type CallKind,
  type Channel,
  type Domain,
} from './call-types';
import { defaultClosesAt, fromLocalInput, isPast, toLocalInput } from './date-time';
import { useAudienceSize } from './use-audience-size';

const FIELDS = [
  'kind',
  'caseId',
  'question',
  'reason',
  'channels',
  'opensAt',
  'closesAt',
  'audienceEveryone',
  'audienceDomains',
  'audienceRegions',
  'isPublic',
] as const;
type CallField = (typeof FIELDS)[number];

function targetId(field: CallField): string {
  if (field === 'kind') return 'call-kind-open';
  if (field === 'channels') return `call-channels-${CHANNELS[0] ?? ''}`;
  if (field === 'audienceDomains') return `call-audienceDomains-${DOMAINS[0] ?? ''}`;
  return `call-${field}`;
}

interface CallDraft {
  kind: CallKind;
  caseId: string;
  question: string;
  reason: string;
  channels: Channel[];
  opensAt: string;
  closesAt: string;
  everyone: boolean;
  domains: Domain[];
  regions: string;
  isPublic: boolean;
}

function newDraft(caseId: string | undefined): CallDraft {
  return {
    kind: caseId ? 'targeted' : 'open',
    caseId: caseId ?? '',
    question: '',
    reason: '',
    channels: ['website'],
    opensAt: '',
    closesAt: defaultClosesAt(),
    everyone: false,
    domains: [],
    regions: '',
    isPublic: false,
  };
}

function draftOf(call: Call): CallDraft {
  // A draft opens on publishing unless a later moment was chosen: a past opening is shown as empty.
  const opensLater = !isPast(call.opensAt);
  return {
    kind: call.kind,
    caseId: call.caseId ?? '',
    question: call.question,
    reason: call.reason,
    channels: [...call.channels],
    opensAt: opensLater ? toLocalInput(call.opensAt) : '',
    closesAt: toLocalInput(call.closesAt),
    everyone: call.audienceEveryone,
    domains: [...call.audienceDomains],
    regions: call.audienceRegions.join(', '),
    isPublic: call.isPublic,
  };
}

interface Props {
  /** The draft to change; without it the form creates a new call. */
  call?: Call;
  /** A new targeted call about this case (from the case page). */
  presetCaseId?: string;
  onSaved: (call: Call) => void;
  /** Someone else changed the call meanwhile: load it again. */
  onConflict?: () => void;
}

export function CallForm({ call, presetCaseId, onSaved, onConflict }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [draft, update] = useDraft<CallDraft>(() => (call ? draftOf(call) : newDraft(presetCaseId)));
  const { errors, summary, sending, send } = useFormSend(FIELDS, targetId, { onConflict });
  const targeted = draft.kind === 'targeted';
  const count = useAudienceSize(
    targeted
      ? { everyone: draft.everyone, domains: draft.domains, regions: parseRegions(draft.regions) }
      : null,
  );

  const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const content = {
      question: draft.question.trim(),
      reason: draft.reason.trim(),
      channels: draft.channels,
      opensAt: fromLocalInput(draft.opensAt),
      // An unreadable date goes as it is: the API names the field.
      closesAt: fromLocalInput(draft.closesAt) ?? draft.closesAt,
      ...(targeted
        ? {
            audienceEveryone: draft.everyone,
            audienceDomains: draft.everyone ? [] : draft.domains,
            audienceRegions: draft.everyone ? [] : parseRegions(draft.regions),
            isPublic: draft.isPublic,
          }
        : {}),
    };
    void send(
      () =>
        call
          ? api.PATCH('/api/calls/{id}', {
              params: { path: { id: call.id } },
              body: { ...content, expectedVersion: call.version },
            })
          : api.POST('/api/calls', {
              body: {
                kind: draft.kind,
                caseId: targeted ? draft.caseId || undefined : undefined,
                ...content,
              },
            }),
      onSaved,
    );
  };

  const { byField } = errors;

  return (
    <form noValidate className="sr-form" onSubmit={submit}>
      <FormErrorSummary items={summary} />

      {!call && (
        <RadioButtonGroup
          id="call-kind"
          name="kind"
          legend={t('calls.form.kind')}
          error={byField.kind}
          options={CALL_KINDS}
          value={draft.kind}
          label={(kind) => t(`calls.kinds.${kind}`)}
          help={(kind) => t(`calls.form.kindHelp.${kind}`)}
          onChange={(kind) => update('kind', kind)}
        />
      )}

      {!call && targeted && (
        <CaseSelect value={draft.caseId} error={byField.caseId} onChange={(id) => update('caseId', id)} />
      )}

      <TextareaField
        id="call-question"
        label={t('calls.form.question')}
        help={t('calls.form.questionHelp')}
        error={byField.question}
        required
        rows={2}
        maxLength={300}
        value={draft.question}
        onChange={(event) => update('question', event.target.value)}
      />

      <TextareaField
        id="call-reason"
        label={t('calls.form.reason')}
        help={t('calls.form.reasonHelp')}
        error={byField.reason}
        required
        rows={4}
        maxLength={2000}
        value={draft.reason}
        onChange={(event) => update('reason', event.target.value)}
      />

      <ChoiceGroup
        id="call-channels"
        legend={t('calls.form.channels')}
        help={t('calls.form.channelsHelp')}
        error={byField.channels}
      >
        <div className="sr-options">
          {CHANNELS.map((channel) => (
            <ChoiceField
              key={channel}
              id={`call-channels-${channel}`}
              type="checkbox"
              name="channels"
              value={channel}
              label={t(`channels.${channel}`)}
              checked={draft.channels.includes(channel)}
              onChange={(event) => update('channels', toggle(draft.channels, channel, event.target.checked))}
            />
          ))}
        </div>
      </ChoiceGroup>

      <TextInputField
        id="call-opensAt"
        label={<OptionalLabel>{t('calls.form.opensAt')}</OptionalLabel>}
        help={t('calls.form.opensAtHelp')}
        error={byField.opensAt}
        type="datetime-local"
        value={draft.opensAt}
        onChange={(event) => update('opensAt', event.target.value)}
      />

      <TextInputField
        id="call-closesAt"
        label={t('calls.form.closesAt')}
        help={t('calls.form.closesAtHelp')}
        error={byField.closesAt}
        type="datetime-local"
        required
        value={draft.closesAt}
        onChange={(event) => update('closesAt', event.target.value)}
      />

      {targeted && (
        <ChoiceGroup
          id="call-audience"
          legend={t('calls.form.audience')}
          help={t('calls.form.audienceHelp')}
          error={byField.audienceEveryone}
        >
          <ChoiceField
            id="call-audienceEveryone"
            type="checkbox"
            name="audienceEveryone"
            label={t('calls.form.everyone')}
            checked={draft.everyone}
            onChange={(event) => update('everyone', event.target.checked)}
          />
          {!draft.everyone && (
            <>
              <DomainCheckboxGroup
                id="call-audienceDomains"
                name="audienceDomains"
                legend={t('calls.form.domains')}
                error={byField.audienceDomains}
                options={DOMAINS}
                value={draft.domains}
                onChange={(domains) => update('domains', domains)}
              />
              <TextInputField
                id="call-audienceRegions"
                label={<OptionalLabel>{t('calls.form.regions')}</OptionalLabel>}
                help={t('calls.form.regionsHelp')}
                error={byField.audienceRegions}
                maxLength={2000}
                value={draft.regions}
                onChange={(event) => update('regions', event.target.value)}
              />
            </>
          )}
          <AudienceSizeNote id="call-audience-size" count={count} />
        </ChoiceGroup>
      )}

      {targeted && (
        <ChoiceField
          id="call-isPublic"
          type="checkbox"
          name="isPublic"
          label={t('calls.form.isPublic')}
          help={t('calls.form.isPublicHelp')}
          error={byField.isPublic}
          checked={draft.isPublic}
          onChange={(event) => update('isPublic', event.target.checked)}
        />
      )}

      <div className="sr-form__actions">
        <SendButton sending={sending}>{call ? t('calls.form.save') : t('calls.form.create')}</SendButton>
      </div>
    </form>
  );
}

/** The cases a targeted call may ask about: those in recognition (step 3). */
function CaseSelect({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/cases', { params: { query: { step: 'recognition', limit: 100 } } }),
    [api],
  );
  const { state } = useLoad(request);
  const cases = state.status === 'ready' ? state.data.items : [];
  return (
    <Field
      id="call-caseId"
      label={t('calls.form.case')}
      help={
        state.status === 'ready' && cases.length === 0 ? t('calls.form.noCases') : t('calls.form.caseHelp')
      }
      error={error ?? (state.status === 'failed' ? state.message : undefined)}
    >
      {(control) => (
        <Select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">
            {state.status === 'loading' ? t('layout.loading') : t('calls.form.chooseCase')}
          </option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.reference}: {c.title}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
