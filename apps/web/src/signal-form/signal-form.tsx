// The public signal form: short, one page, help per field, a warning while typing when the text seems
// to hold personal data, and the API's validation errors at the field they are about.
import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { readProblem } from '../api/api-problem';
import { createSignalDtoSubmitterRoleValues, type components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from '../session/session-context';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { DomainCheckboxGroup } from '../ui/domain-checkbox-group';
import { EmailField } from '../ui/email-field';
import type { SummaryItem } from '../ui/error-summary';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { OrganisationField } from '../ui/organisation-field';
import { RadioButtonGroup } from '../ui/radio-button-group';
import { RegionField } from '../ui/region-field';
import { Select } from '../ui/select';
import { TextareaField } from '../ui/textarea-field';
import { TextInputField } from '../ui/text-input-field';
import { useDraft } from '../ui/use-draft';
import { newIdempotencyKey } from './idempotency-key';
import { PersonalDataWarning } from './personal-data-warning';
import { EMPTY_DRAFT, toCreateSignalRequest, type SignalDraft } from './signal-draft';
import {
  DOMAIN_OPTIONS,
  fieldId,
  summaryItems,
  toSignalFormErrors,
  type SignalFormErrors,
} from './signal-fields';
import { SimilarSharedBottlenecks } from './similar-shared-bottlenecks';
import { usePersonalData } from './use-personal-data';

export type SignalCreated = components['schemas']['SignalCreatedDto'];

interface Props {
  /** The open call this signal answers, carried from `?call=`. */
  callId?: string;
  onSent: (created: SignalCreated, emailGiven: boolean) => void;
}

const NO_ERRORS: SignalFormErrors = { byField: {}, other: [] };

export function SignalForm({ callId, onSent }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const { session } = useSession();
  const [draft, update, setDraft] = useDraft<SignalDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<SignalFormErrors>(NO_ERRORS);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [sending, setSending] = useState(false);
  // One key per distinct body: a retry of the same text is stored once, an edited text is new.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const personalData = usePersonalData(draft.title, draft.description);

  const toggleContact = (on: boolean) => {
    // A signed-in member need not type their address again.
    const email = on && !draft.email && session.status === 'signed-in' ? session.user.email : draft.email;
    setDraft((current) => ({ ...current, contact: on, email }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const body = toCreateSignalRequest(draft, callId);
    const serialized = JSON.stringify(body);
    if (attempt.current?.body !== serialized)
      attempt.current = { body: serialized, key: newIdempotencyKey() };
    setSending(true);
    try {
      const { data, error, response } = await api.POST('/api/signals', {
        body,
        params: { header: { 'Idempotency-Key': attempt.current.key } },
      });
      if (data) {
        onSent(data, body.email !== undefined);
        return;
      }
      const problem = readProblem(response.status, error);
      const formErrors = toSignalFormErrors(problem.fieldProblems);
      if (formErrors.other.length === 0 && Object.keys(formErrors.byField).length === 0) {
        formErrors.other.push(problem.message ?? t('common.unexpectedError'));
      }
      setErrors(formErrors);
      setSummary(summaryItems(formErrors));
    } catch {
      setErrors(NO_ERRORS);
      setSummary([{ message: t('common.networkError') }]);
    } finally {
      setSending(false);
    }
  };

  const { byField } = errors;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="sr-form">
      <FormErrorSummary items={summary} />

      <RadioButtonGroup
        id={fieldId('kind')}
        name="kind"
        legend={t('form.kind.legend')}
        error={byField.kind}
        options={['bottleneck', 'good_practice'] as const}
        value={draft.kind}
        label={(kind) => t(`form.kind.${kind}`)}
        onChange={(kind) => update('kind', kind)}
      />

      <TextInputField
        id={fieldId('title')}
        label={t('form.title.label')}
        help={t('form.title.help')}
        warning={personalData.title.length > 0 && <PersonalDataWarning kinds={personalData.title} />}
        error={byField.title}
        name="title"
        required
        maxLength={200}
        value={draft.title}
        onChange={(event) => update('title', event.target.value)}
      />

      <TextareaField
        id={fieldId('description')}
        label={t('form.description.label')}
        help={t('form.description.help')}
        warning={
          personalData.description.length > 0 && <PersonalDataWarning kinds={personalData.description} />
        }
        error={byField.description}
        name="description"
        required
        rows={6}
        maxLength={10_000}
        value={draft.description}
        onChange={(event) => update('description', event.target.value)}
      />

      <DomainCheckboxGroup
        id={fieldId('domains')}
        name="domains"
        legend={t('form.domains.legend')}
        help={t('form.domains.help')}
        error={byField.domains}
        options={DOMAIN_OPTIONS}
        value={draft.domains}
        onChange={(domains) => update('domains', domains)}
      />

      <RegionField
        id={fieldId('region')}
        label={<OptionalLabel>{t('form.region.label')}</OptionalLabel>}
        help={t('form.region.help')}
        error={byField.region}
        name="region"
        value={draft.region}
        onChange={(event) => update('region', event.target.value)}
      />

      <Field
        id={fieldId('submitterRole')}
        label={<OptionalLabel>{t('form.submitterRole.label')}</OptionalLabel>}
        error={byField.submitterRole}
      >
        {(control) => (
          <Select
            {...control}
            name="submitterRole"
            value={draft.submitterRole}
            onChange={(event) =>
              update(
                'submitterRole',
                createSignalDtoSubmitterRoleValues.find((role) => role === event.target.value) ?? '',
              )
            }
          >
            <option value="">{t('form.submitterRole.choose')}</option>
            {createSignalDtoSubmitterRoleValues.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>

      <OrganisationField
        id={fieldId('organisation')}
        label={<OptionalLabel>{t('form.organisation.label')}</OptionalLabel>}
        error={byField.organisation}
        name="organisation"
        value={draft.organisation}
        onChange={(event) => update('organisation', event.target.value)}
      />

      <ChoiceGroup id="signal-contact-group" legend={t('form.contact.legend')}>
        <ChoiceField
          id={fieldId('contact')}
          type="checkbox"
          name="contact"
          label={t('form.contact.label')}
          help={t('form.contact.help')}
          error={byField.contact}
          checked={draft.contact}
          onChange={(event) => toggleContact(event.target.checked)}
        />
        {draft.contact && (
          <EmailField
            id={fieldId('email')}
            label={t('form.email.label')}
            help={t('form.email.help')}
            error={byField.email}
            name="email"
            value={draft.email}
            onChange={(event) => update('email', event.target.value)}
          />
        )}
      </ChoiceGroup>

      <ChoiceField
        id={fieldId('publication')}
        type="checkbox"
        name="publication"
        label={t('form.publication.label')}
        help={t('form.publication.help')}
        error={byField.publication}
        checked={draft.publication}
        onChange={(event) => update('publication', event.target.checked)}
      />

      <SimilarSharedBottlenecks title={draft.title} description={draft.description} />

      <div className="sr-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={sending}>
          {sending ? t('form.sending') : t('form.submit')}
        </Button>
      </div>
    </form>
  );
}
