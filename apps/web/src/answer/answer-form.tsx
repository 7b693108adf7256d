// The answer to a targeted call: do you recognise it, how urgent is it, what is needed, and who you are
// (not by name: domain, region, kind of organisation). Used through the invitation link and on the
// public call page; the API's validation errors appear at their fields and in a summary.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { toFormErrors } from '../api/form-errors';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { EmailField } from '../ui/email-field';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { OrganisationField } from '../ui/organisation-field';
import { OrganisationTypeField } from '../ui/organisation-type-field';
import { RegionField } from '../ui/region-field';
import { Select } from '../ui/select';
import { Textarea } from '../ui/textarea';
import {
  ANSWER_DOMAINS,
  ANSWER_FIELDS,
  ORGANISATION_TYPES,
  RECOGNITIONS,
  URGENCIES,
  answerTargetId,
  toAnswerBody,
  type AnswerDraft,
  type AnswerOutcome,
  type PublicCallAnswer,
} from './answer-draft';

export interface SendAnswer {
  (body: PublicCallAnswer): Promise<{ data?: AnswerOutcome; error?: unknown; response: Response }>;
}

interface Props {
  initial: AnswerDraft;
  /** Ask for an e-mail address (anyone but a signed-in member answering on the public page). */
  withEmail: boolean;
  submitLabel: string;
  send: SendAnswer;
  onAnswered: (outcome: AnswerOutcome, email: string | undefined) => void;
  /** The call closed meanwhile (409). */
  onClosed: () => void;
}

export function AnswerForm({ initial, withEmail, submitLabel, send, onAnswered, onClosed }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<AnswerDraft>(initial);
  const { errors, summary, fail, failWith, clear } = useFormErrors(ANSWER_FIELDS, answerTargetId);
  const [sending, setSending] = useState(false);

  const update = <K extends keyof AnswerDraft>(field: K, value: AnswerDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const prepared = toAnswerBody(draft, withEmail, t);
    if ('errors' in prepared) {
      fail(prepared.errors);
      return;
    }
    setSending(true);
    try {
      const { data, error, response } = await send(prepared.body);
      if (data) {
        clear();
        onAnswered(data, prepared.body.email);
        return;
      }
      if (response.status === 409) {
        clear();
        onClosed();
        return;
      }
      fail(toFormErrors(ANSWER_FIELDS, response.status, error, t('common.unexpectedError')));
    } catch {
      failWith(t('common.networkError'));
    } finally {
      setSending(false);
    }
  };

  const { byField } = errors;

  return (
    <form noValidate className="sr-form" onSubmit={(event) => void submit(event)}>
      <FormErrorSummary items={summary} />

      <ChoiceGroup
        id="answer-recognition"
        legend={t('answer.recognition.legend')}
        error={byField.recognition}
        role="radiogroup"
      >
        {RECOGNITIONS.map((value) => (
          <ChoiceField
            key={value}
            id={`answer-recognition-${value}`}
            type="radio"
            name="recognition"
            value={value}
            label={t(`answer.recognition.${value}`)}
            checked={draft.recognition === value}
            onChange={() => update('recognition', value)}
          />
        ))}
      </ChoiceGroup>

      <ChoiceGroup
        id="answer-urgency"
        legend={t('answer.urgency.legend')}
        error={byField.urgency}
        role="radiogroup"
      >
        {URGENCIES.map((value) => (
          <ChoiceField
            key={value}
            id={`answer-urgency-${value}`}
            type="radio"
            name="urgency"
            value={value}
            label={t(`answer.urgency.${value}`)}
            checked={draft.urgency === value}
            onChange={() => update('urgency', value)}
          />
        ))}
      </ChoiceGroup>

      <Field
        id="answer-needed"
        label={t('answer.needed.label')}
        help={t('answer.needed.help')}
        error={byField.needed}
      >
        {(control) => (
          <Textarea
            {...control}
            name="needed"
            required
            rows={4}
            maxLength={2000}
            value={draft.needed}
            onChange={(event) => update('needed', event.target.value)}
          />
        )}
      </Field>

      <Field
        id="answer-comment"
        label={<OptionalLabel>{t('answer.comment.label')}</OptionalLabel>}
        error={byField.comment}
      >
        {(control) => (
          <Textarea
            {...control}
            name="comment"
            rows={3}
            maxLength={2000}
            value={draft.comment}
            onChange={(event) => update('comment', event.target.value)}
          />
        )}
      </Field>

      <ChoiceGroup id="answer-about-you" legend={t('answer.aboutYou')} help={t('answer.aboutYouHelp')}>
        <div className="sr-form">
          <Field id="answer-domain" label={t('answer.domain.label')} error={byField.domain}>
            {(control) => (
              <Select
                {...control}
                name="domain"
                value={draft.domain}
                onChange={(event) =>
                  update('domain', ANSWER_DOMAINS.find((d) => d === event.target.value) ?? '')
                }
              >
                <option value="">{t('answer.domain.choose')}</option>
                {ANSWER_DOMAINS.map((domain) => (
                  <option key={domain} value={domain}>
                    {t(`domains.${domain}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>

          <RegionField
            id="answer-region"
            label={t('answer.region.label')}
            help={t('answer.region.help')}
            error={byField.region}
            name="region"
            required
            value={draft.region}
            onChange={(event) => update('region', event.target.value)}
          />

          <OrganisationTypeField
            id="answer-organisationType"
            name="organisationType"
            label={t('answer.organisationType.label')}
            error={byField.organisationType}
            choose={t('answer.organisationType.choose')}
            options={ORGANISATION_TYPES}
            value={draft.organisationType}
            onChange={(type) => update('organisationType', type)}
          />

          <OrganisationField
            id="answer-organisation"
            label={<OptionalLabel>{t('answer.organisation.label')}</OptionalLabel>}
            error={byField.organisation}
            name="organisation"
            value={draft.organisation}
            onChange={(event) => update('organisation', event.target.value)}
          />
        </div>
      </ChoiceGroup>

      <ChoiceField
        id="answer-consentPublication"
        type="checkbox"
        name="consentPublication"
        label={t('answer.consent.label')}
        help={t('answer.consent.help')}
        error={byField.consentPublication}
        checked={draft.consentPublication}
        onChange={(event) => update('consentPublication', event.target.checked)}
      />

      {withEmail && (
        <EmailField
          id="answer-email"
          label={t('answer.email.label')}
          help={t('answer.email.help')}
          error={byField.email}
          name="email"
          value={draft.email}
          onChange={(event) => update('email', event.target.value)}
        />
      )}

      <div className="sr-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={sending} disabled={sending}>
          {sending ? t('answer.sending') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
