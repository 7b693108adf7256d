// Add a national table or body to the register, or change one: its name, what kind of body it is, its
// own role (the meeting brief says what is asked of it from there) and whether it takes new items.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { problemErrors } from '../staff/problem-message';
import { ChoiceField } from '../ui/choice-field';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { Select } from '../ui/select';
import { Textarea } from '../ui/textarea';
import { TABLE_KINDS, type NationalTable, type TableKind } from './table-types';

const FIELDS = ['name', 'kind', 'description', 'active'] as const;
type TableField = (typeof FIELDS)[number];

interface Props {
  /** The table to change; without it the form adds a new one. */
  table?: NationalTable;
  onSaved: (table: NationalTable) => void;
}

export function TableForm({ table, onSaved }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const prefix = table ? `table-${table.id}` : 'table-new';
  const [name, setName] = useState(table?.name ?? '');
  const [kind, setKind] = useState<TableKind | ''>(table?.kind ?? '');
  const [description, setDescription] = useState(table?.description ?? '');
  const [active, setActive] = useState(table?.active ?? true);
  const { errors, summary, fail, clear } = useFormErrors(FIELDS, (field: TableField) => `${prefix}-${field}`);
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const content = { name: name.trim(), description: description.trim(), active };
    setSending(true);
    try {
      const { data, error, response } = table
        ? await api.PATCH('/api/tables/{id}', {
            params: { path: { id: table.id } },
            body: { ...content, kind: kind || undefined },
          })
        : await api.POST('/api/tables', {
            // An unchosen kind goes as it is: the API names the field.
            body: { ...content, kind: kind as TableKind },
          });
      if (data) {
        clear();
        if (!table) {
          setName('');
          setKind('');
          setDescription('');
          setActive(true);
        }
        onSaved(data);
        return;
      }
      fail(problemErrors(t, FIELDS, response.status, error));
    } catch {
      fail({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setSending(false);
    }
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={(event) => void submit(event)}>
      <FormErrorSummary items={summary} />
      <Field id={`${prefix}-name`} label={t('tables.form.name')} error={errors.byField.name}>
        {(control) => (
          <Textbox
            {...control}
            required
            maxLength={200}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field id={`${prefix}-kind`} label={t('tables.form.kind')} error={errors.byField.kind}>
        {(control) => (
          <Select
            {...control}
            required
            value={kind}
            onChange={(event) => setKind(TABLE_KINDS.find((k) => k === event.target.value) ?? '')}
          >
            <option value="">{t('tables.form.chooseKind')}</option>
            {TABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`tables.kinds.${k}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        id={`${prefix}-description`}
        label={<OptionalLabel>{t('tables.form.description')}</OptionalLabel>}
        help={t('tables.form.descriptionHelp')}
        error={errors.byField.description}
      >
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={5000}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </Field>
      <ChoiceField
        id={`${prefix}-active`}
        type="checkbox"
        label={t('tables.form.active')}
        help={t('tables.form.activeHelp')}
        error={errors.byField.active}
        checked={active}
        onChange={(event) => setActive(event.target.checked)}
      />
      <Button
        type="submit"
        appearance={table ? 'secondary-action-button' : 'primary-action-button'}
        busy={sending}
        disabled={sending}
      >
        {sending ? t('staff.sending') : table ? t('tables.form.save') : t('tables.form.create')}
      </Button>
    </form>
  );
}
