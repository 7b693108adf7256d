// The one form a liaison (or adviser) moves an agenda item on with: it offers only the moves the API
// allows from the item's status, and shows for the chosen move the fields it records (a meeting date,
// the outcome and its note, a follow-up date), besides the note every move keeps. What the API finds
// missing (422) is shown at those fields.
import { Textbox } from '@utrecht/textbox-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { toFormErrors, type FormErrors } from '../api/form-errors';
import { useFormErrors } from '../api/use-form-errors';
import { todayInput } from '../calls/date-time';
import type { I18n } from '../i18n/i18n-context';
import { useI18n } from '../i18n/i18n-context';
import { problemErrors } from '../staff/problem-message';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { Select } from '../ui/select';
import { SendButton } from '../ui/send-button';
import { Textarea } from '../ui/textarea';
import {
  AGENDA_OUTCOMES,
  MOVE_FIELDS,
  moveLabel,
  type AgendaItemDetail,
  type AgendaOutcome,
  type AgendaStatus,
  type AllowedMove,
  type MoveField,
} from './agenda-types';

const FIELDS = ['to', 'meetingDate', 'outcome', 'outcomeNote', 'followUpOn', 'note'] as const;
type FormField = (typeof FIELDS)[number];

type Values = Record<MoveField | 'note', string>;
const EMPTY: Values = { meetingDate: '', outcome: '', outcomeNote: '', followUpOn: '', note: '' };

interface Props {
  item: AgendaItemDetail;
  /** The API took the move: the item as it is now. */
  onMoved: (item: AgendaItemDetail) => void;
  /** Someone else moved the item meanwhile: load it again. */
  onConflict: () => void;
  /** A move is being sent: what was said about the previous one no longer applies. */
  onSend?: () => void;
}

export function MoveForm({ item, onMoved, onConflict, onSend }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const moves = item.allowedMoves;
  // With one way on it is chosen already; with more, the liaison says which.
  const [to, setTo] = useState<AgendaStatus | ''>(moves.length === 1 ? (moves[0]?.to ?? '') : '');
  const [values, setValues] = useState<Values>(() => ({
    ...EMPTY,
    // Rescheduling starts from the date set so far.
    meetingDate: item.meetingDate ?? '',
  }));
  const targetId = (field: FormField) => (field === 'to' ? `move-to-${moves[0]?.to ?? ''}` : `move-${field}`);
  const { errors, summary, fail, clear } = useFormErrors(FIELDS, targetId);
  const [sending, setSending] = useState(false);
  const move = moves.find((m) => m.to === to);
  const shown = move ? MOVE_FIELDS.filter((f) => move.requires.includes(f) || move.accepts.includes(f)) : [];

  const update = (field: keyof Values, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    onSend?.();
    if (!move) {
      fail({ byField: { to: t('agenda.move.chooseMove') }, other: [] });
      return;
    }
    // Only what this move records goes along: the API refuses a field that is not part of it.
    const recorded: Partial<Record<MoveField, string>> = {};
    for (const field of shown) {
      const value = values[field].trim();
      if (value) recorded[field] = value;
    }
    setSending(true);
    try {
      const { data, error, response } = await api.POST('/api/agenda-items/{id}/moves', {
        params: { path: { id: item.id } },
        body: {
          to: move.to,
          note: values.note.trim(),
          expectedVersion: item.version,
          ...recorded,
          outcome: AGENDA_OUTCOMES.find((o) => o === recorded.outcome),
        },
      });
      if (data) {
        clear();
        onMoved(data);
        return;
      }
      if (response.status === 409) onConflict();
      fail(
        response.status === 422
          ? moveRefusal(t, response.status, error)
          : problemErrors(t, FIELDS, response.status, error),
      );
    } catch {
      fail({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setSending(false);
    }
  };

  const { byField } = errors;
  const required = (field: MoveField) => !!move?.requires.includes(field);
  const label = (field: MoveField) =>
    required(field) ? (
      t(`agenda.fields.${field}`)
    ) : (
      <OptionalLabel>{t(`agenda.fields.${field}`)}</OptionalLabel>
    );

  return (
    <form noValidate className="sr-form" onSubmit={(event) => void submit(event)}>
      <FormErrorSummary items={summary} />

      <ChoiceGroup id="move-to" legend={t('agenda.move.which')} error={byField.to} role="radiogroup">
        {moves.map((m) => (
          <ChoiceField
            key={m.to}
            id={`move-to-${m.to}`}
            type="radio"
            name="to"
            value={m.to}
            label={moveLabel(t, m)}
            help={moveHelp(t, m)}
            checked={to === m.to}
            onChange={() => setTo(m.to)}
          />
        ))}
      </ChoiceGroup>

      {shown.includes('meetingDate') && (
        <Field
          id="move-meetingDate"
          label={label('meetingDate')}
          help={t('agenda.move.meetingDateHelp')}
          error={byField.meetingDate}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              required={required('meetingDate')}
              value={values.meetingDate}
              onChange={(event) => update('meetingDate', event.target.value)}
            />
          )}
        </Field>
      )}

      {shown.includes('outcome') && (
        <Field id="move-outcome" label={label('outcome')} error={byField.outcome}>
          {(control) => (
            <Select
              {...control}
              required={required('outcome')}
              value={values.outcome}
              onChange={(event) => update('outcome', event.target.value)}
            >
              <option value="">{t('agenda.move.chooseOutcome')}</option>
              {AGENDA_OUTCOMES.map((outcome: AgendaOutcome) => (
                <option key={outcome} value={outcome}>
                  {t(`agenda.outcomes.${outcome}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}

      {shown.includes('outcomeNote') && (
        <Field
          id="move-outcomeNote"
          label={label('outcomeNote')}
          help={t('agenda.move.outcomeNoteHelp')}
          error={byField.outcomeNote}
        >
          {(control) => (
            <Textarea
              {...control}
              required={required('outcomeNote')}
              rows={3}
              maxLength={5000}
              value={values.outcomeNote}
              onChange={(event) => update('outcomeNote', event.target.value)}
            />
          )}
        </Field>
      )}

      {shown.includes('followUpOn') && (
        <Field
          id="move-followUpOn"
          label={label('followUpOn')}
          help={t('agenda.move.followUpOnHelp')}
          error={byField.followUpOn}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              min={todayInput()}
              required={required('followUpOn')}
              value={values.followUpOn}
              onChange={(event) => update('followUpOn', event.target.value)}
            />
          )}
        </Field>
      )}

      <Field
        id="move-note"
        label={t('agenda.fields.note')}
        help={t('agenda.move.noteHelp')}
        error={byField.note}
      >
        {(control) => (
          <Textarea
            {...control}
            required
            rows={3}
            maxLength={5000}
            value={values.note}
            onChange={(event) => update('note', event.target.value)}
          />
        )}
      </Field>

      <div className="sr-form__actions">
        <SendButton sending={sending}>{move ? moveLabel(t, move) : t('agenda.move.submit')}</SendButton>
      </div>
    </form>
  );
}

/** What the chosen move asks for, said before it is sent. */
function moveHelp(t: I18n['t'], move: AllowedMove): string | undefined {
  if (move.requires.length === 0) return undefined;
  return t('agenda.move.needs', {
    fields: move.requires.map((field) => t(`agenda.fields.${field}`).toLowerCase()).join(', '),
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function moveFields(value: unknown): MoveField[] {
  return Array.isArray(value) ? MOVE_FIELDS.filter((field) => value.includes(field)) : [];
}

/**
 * A refused move (422): each field the move needs but lacks at that field, in our words; a field the
 * move does not record, or another broken rule (a follow-up date in the past), in the API's words,
 * at the field it names when the form has it.
 */
export function moveRefusal(t: I18n['t'], status: number, body: unknown): FormErrors<FormField> {
  const errors = toFormErrors(FIELDS, status, body, t('common.unexpectedError'));
  const details = isRecord(body) && isRecord(body.details) ? body.details : {};
  const missing = moveFields(details.missing);
  const unexpected = moveFields(details.unexpected);
  if (missing.length === 0 && unexpected.length === 0) {
    // A rule about one field names it as a key of the details (e.g. { followUpOn: '2020-01-01' }).
    const field = MOVE_FIELDS.find((f) => f in details);
    if (field && errors.other.length > 0) return { byField: { [field]: errors.other[0] }, other: [] };
    return errors;
  }
  const byField: FormErrors<FormField>['byField'] = {};
  for (const field of missing) byField[field] = t(`agenda.move.missing.${field}`);
  const other = unexpected.length
    ? [
        t('agenda.move.unexpected', {
          fields: unexpected.map((field) => t(`agenda.fields.${field}`).toLowerCase()).join(', '),
        }),
      ]
    : [];
  return { byField, other };
}
