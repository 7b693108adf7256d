// The adviser's edit of a draft feedback: the three questions in Dutch and in English. Only the texts
// that changed are sent, with the version they were based on; a conflict (409) loads the latest.
import { Fieldset, FieldsetLegend } from '@utrecht/fieldset-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemErrors } from '../staff/problem-message';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { SendButton } from '../ui/send-button';
import { Textarea } from '../ui/textarea';
import { FEEDBACK_LOCALES, FEEDBACK_PARTS, type FeedbackView } from './feedback-types';

const FIELDS = [
  'whatHappenedNl',
  'stepsTakenNl',
  'achievedNl',
  'whatHappenedEn',
  'stepsTakenEn',
  'achievedEn',
] as const;
type TextField = (typeof FIELDS)[number];
type Draft = Record<TextField, string>;

const fieldId = (field: TextField) => `feedback-${field}`;

function draftOf(view: FeedbackView): Draft {
  const { nl, en } = view.message;
  return {
    whatHappenedNl: nl.whatHappened,
    stepsTakenNl: nl.stepsTaken,
    achievedNl: nl.achieved,
    whatHappenedEn: en.whatHappened,
    stepsTakenEn: en.stepsTaken,
    achievedEn: en.achieved,
  };
}

interface Props {
  view: FeedbackView;
  onSaved: (view: FeedbackView) => void;
  /** Someone else changed the feedback meanwhile: load it again. */
  onConflict: () => void;
  /** Whether there are changes that were not saved (sending waits for them). */
  onDirtyChange: (dirty: boolean) => void;
}

export function FeedbackEditor({ view, onSaved, onConflict, onDirtyChange }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [saved] = useState<Draft>(() => draftOf(view));
  const [draft, setDraft] = useState<Draft>(saved);
  const { errors, summary, fail, failWith, clear } = useFormErrors(FIELDS, fieldId);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const changed = FIELDS.filter((field) => draft[field] !== saved[field]);
  const dirty = changed.length > 0;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setOutcome(undefined);
    if (!dirty) {
      clear();
      setOutcome({ type: 'ok', message: t('feedback.editor.unchanged') });
      return;
    }
    setBusy(true);
    try {
      const { data, error, response } = await api.PUT('/api/cases/{id}/feedback', {
        params: { path: { id: view.caseId } },
        body: {
          expectedVersion: view.version,
          ...Object.fromEntries(changed.map((field) => [field, draft[field]])),
        },
      });
      if (data) {
        clear();
        onSaved(data);
        return;
      }
      if (response.status === 409) {
        onConflict();
        return;
      }
      fail(problemErrors(t, FIELDS, response.status, error));
    } catch {
      failWith(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="sr-form sr-feedback-editor" onSubmit={(event) => void save(event)}>
      <FormErrorSummary items={summary} />
      <OutcomeMessage outcome={outcome} />
      {FEEDBACK_LOCALES.map((locale) => (
        <Fieldset key={locale}>
          <FieldsetLegend>{t(`feedback.editor.legend.${locale}`)}</FieldsetLegend>
          {FEEDBACK_PARTS.map((part) => {
            const field: TextField = `${part}${locale === 'nl' ? 'Nl' : 'En'}`;
            return (
              <Field
                key={field}
                id={fieldId(field)}
                label={
                  <>
                    {t(`feedback.questions.${part}`)}{' '}
                    <span className="sr-visually-hidden">({t(`feedback.locales.${locale}`)})</span>
                  </>
                }
                help={part === 'stepsTaken' ? t('feedback.editor.listHelp') : undefined}
                error={errors.byField[field]}
              >
                {(control) => (
                  <Textarea
                    {...control}
                    lang={locale}
                    required
                    rows={part === 'whatHappened' ? 5 : 4}
                    maxLength={5000}
                    value={draft[field]}
                    onChange={(event) => {
                      const value = event.target.value;
                      setDraft((current) => ({ ...current, [field]: value }));
                    }}
                  />
                )}
              </Field>
            );
          })}
        </Fieldset>
      ))}
      <div className="sr-form__actions">
        <SendButton sending={busy} appearance="secondary-action-button">
          {t('feedback.editor.save')}
        </SendButton>
      </div>
    </form>
  );
}
