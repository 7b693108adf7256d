// The adviser records a recognition check held by conversation with network partners.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { toFormErrors } from '../api/form-errors';
import { recordConversationDtoOutcomeValues, type components } from '../api/schema';
import { useFormErrors } from '../api/use-form-errors';
import { todayInput } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { Textarea } from '../ui/textarea';

export type Conversation = components['schemas']['RecognitionConversationDto'];
type ConversationOutcome = Conversation['outcome'];

const FIELDS = ['partners', 'heldOn', 'outcome', 'notes'] as const;
type ConversationField = (typeof FIELDS)[number];
const targetId = (field: ConversationField) =>
  field === 'outcome'
    ? `conversation-outcome-${recordConversationDtoOutcomeValues[0] ?? ''}`
    : `conversation-${field}`;

interface Props {
  caseId: string;
  onRecorded: (conversations: Conversation[]) => void;
}

export function ConversationForm({ caseId, onRecorded }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [partners, setPartners] = useState('');
  const [heldOn, setHeldOn] = useState(() => todayInput());
  const [outcome, setOutcome] = useState<ConversationOutcome | ''>('');
  const [notes, setNotes] = useState('');
  const { errors, summary, fail, failWith, clear } = useFormErrors(FIELDS, targetId);
  const [done, setDone] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(undefined);
    if (!outcome) {
      fail({ byField: { outcome: t('recognition.conversationForm.chooseOutcome') }, other: [] });
      return;
    }
    setBusy(true);
    try {
      const { data, error, response } = await api.POST('/api/cases/{id}/recognition/conversations', {
        params: { path: { id: caseId } },
        body: { partners: partners.trim(), heldOn, outcome, notes: notes.trim() || undefined },
      });
      if (data) {
        clear();
        setPartners('');
        setNotes('');
        setOutcome('');
        setDone({ type: 'ok', message: t('recognition.conversationForm.saved') });
        onRecorded(data);
        return;
      }
      fail(toFormErrors(FIELDS, response.status, error, t('common.unexpectedError')));
    } catch {
      failWith(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={(event) => void submit(event)}>
      <FormErrorSummary items={summary} />
      <OutcomeMessage outcome={done} />
      <Field
        id="conversation-partners"
        label={t('recognition.conversationForm.partners')}
        help={t('recognition.conversationForm.partnersHelp')}
        error={errors.byField.partners}
      >
        {(control) => (
          <Textbox
            {...control}
            required
            maxLength={500}
            value={partners}
            onChange={(event) => setPartners(event.target.value)}
          />
        )}
      </Field>
      <Field
        id="conversation-heldOn"
        label={t('recognition.conversationForm.heldOn')}
        error={errors.byField.heldOn}
      >
        {(control) => (
          <Textbox
            {...control}
            type="date"
            required
            max={todayInput()}
            value={heldOn}
            onChange={(event) => setHeldOn(event.target.value)}
          />
        )}
      </Field>
      <ChoiceGroup
        id="conversation-outcome"
        legend={t('recognition.conversationForm.outcome')}
        error={errors.byField.outcome}
        role="radiogroup"
      >
        {recordConversationDtoOutcomeValues.map((value) => (
          <ChoiceField
            key={value}
            id={`conversation-outcome-${value}`}
            type="radio"
            name="conversation-outcome"
            value={value}
            label={t(`recognitionAnswers.${value}`)}
            checked={outcome === value}
            onChange={() => setOutcome(value)}
          />
        ))}
      </ChoiceGroup>
      <Field
        id="conversation-notes"
        label={<OptionalLabel>{t('recognition.conversationForm.notes')}</OptionalLabel>}
        help={t('recognition.conversationForm.notesHelp')}
        error={errors.byField.notes}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={5000}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t('recognition.conversationForm.submit')}
      </Button>
    </form>
  );
}
