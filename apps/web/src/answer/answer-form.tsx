// The answer to a targeted call: do you recognise it, how urgent is it, what is needed, and who you are
// (not by name: domain, region, kind of organisation). Used through the invitation link and on the
// public call page; the API's validation errors appear at their fields and in a summary.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { useState, type FormEvent } from 'react';
import { hasErrors, noErrors, summaryOf, toFormErrors, type FormErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n-context';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { ErrorSummary, type SummaryItem } from '../ui/error-summary';
import { Field } from '../ui/field';
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
  type AnswerField,
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
  const [errors, setErrors] = useState<FormErrors<AnswerField>>(noErrors);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [sending, setSending] = useState(false);

  const update = <K extends keyof AnswerDraft>(field: K, value: AnswerDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const fail = (next: FormErrors<AnswerField>) => {
    setErrors(next);
    setSummary(summaryOf(ANSWER_FIELDS, next, answerTargetId));
  };

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
        fail(noErrors());
        onAnswered(data, prepared.body.email);
        return;
      }
      if (response.status === 409) {
        fail(noErrors());
        onClosed();
        return;
      }
      const next = toFormErrors(ANSWER_FIELDS, response.status, error, t('common.unexpectedError'));
      fail(hasErrors(next) ? next : { byField: {}, other: [t('common.unexpectedError')] });
    } catch {
      fail({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setSending(false);
    }
  };

  const { byField } = errors;
  const optional = <span className="sr-optional">{t('common.optional')}</span>;

  return (
    <form noValidate className="sr-form" onSubmit={(event) => void submit(event)}>
      {summary.length > 0 && <ErrorSummary title={t('common.errorSummary')} items={summary} />}

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
        label={
          <>
            {t('answer.comment.label')} {optional}
          </>
        }
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

          <Field
            id="answer-region"
            label={t('answer.region.label')}
            help={t('answer.region.help')}
            error={byField.region}
          >
            {(control) => (
              <Textbox
                {...control}
                name="region"
                required
                autoComplete="address-level2"
                maxLength={100}
                value={draft.region}
                onChange={(event) => update('region', event.target.value)}
              />
            )}
          </Field>

          <Field
            id="answer-organisationType"
            label={t('answer.organisationType.label')}
            error={byField.organisationType}
          >
            {(control) => (
              <Select
                {...control}
                name="organisationType"
                value={draft.organisationType}
                onChange={(event) =>
                  update('organisationType', ORGANISATION_TYPES.find((o) => o === event.target.value) ?? '')
                }
              >
                <option value="">{t('answer.organisationType.choose')}</option>
                {ORGANISATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`organisationTypes.${type}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>

          <Field
            id="answer-organisation"
            label={
              <>
                {t('answer.organisation.label')} {optional}
              </>
            }
            error={byField.organisation}
          >
            {(control) => (
              <Textbox
                {...control}
                name="organisation"
                autoComplete="organization"
                maxLength={200}
                value={draft.organisation}
                onChange={(event) => update('organisation', event.target.value)}
              />
            )}
          </Field>
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
        <Field
          id="answer-email"
          label={t('answer.email.label')}
          help={t('answer.email.help')}
          error={byField.email}
        >
          {(control) => (
            <Textbox
              {...control}
              type="email"
              name="email"
              autoComplete="email"
              required
              maxLength={254}
              value={draft.email}
              onChange={(event) => update('email', event.target.value)}
            />
          )}
        </Field>
      )}

      <div className="sr-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={sending} disabled={sending}>
          {sending ? t('answer.sending') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
