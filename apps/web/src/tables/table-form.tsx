// Add a national table or body to the register, or change one: its name, what kind of body it is, its
// own role (the meeting brief says what is asked of it from there) and whether it takes new items.
import type { FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { useFormSend } from '../staff/use-form-send';
import { ChoiceField } from '../ui/choice-field';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { Select } from '../ui/select';
import { SendButton } from '../ui/send-button';
import { TextareaField } from '../ui/textarea-field';
import { TextInputField } from '../ui/text-input-field';
import { useDraft } from '../ui/use-draft';
import { TABLE_KINDS, type NationalTable, type TableKind } from './table-types';

const FIELDS = ['name', 'kind', 'description', 'active'] as const;
type TableField = (typeof FIELDS)[number];

interface TableDraft {
  name: string;
  kind: TableKind | '';
  description: string;
  active: boolean;
}

const NEW_TABLE: TableDraft = { name: '', kind: '', description: '', active: true };

interface Props {
  /** The table to change; without it the form adds a new one. */
  table?: NationalTable;
  onSaved: (table: NationalTable) => void;
}

export function TableForm({ table, onSaved }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const prefix = table ? `table-${table.id}` : 'table-new';
  const [draft, update, setDraft] = useDraft<TableDraft>(() =>
    table
      ? { name: table.name, kind: table.kind, description: table.description ?? '', active: table.active }
      : NEW_TABLE,
  );
  const { name, kind, description, active } = draft;
  const { errors, summary, sending, send } = useFormSend(FIELDS, (field: TableField) => `${prefix}-${field}`);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const content = { name: name.trim(), description: description.trim(), active };
    void send(
      () =>
        table
          ? api.PATCH('/api/tables/{id}', {
              params: { path: { id: table.id } },
              body: { ...content, kind: kind || undefined },
            })
          : api.POST('/api/tables', {
              // An unchosen kind goes as it is: the API names the field.
              body: { ...content, kind: kind as TableKind },
            }),
      (data) => {
        if (!table) setDraft(NEW_TABLE);
        onSaved(data);
      },
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={submit}>
      <FormErrorSummary items={summary} />
      <TextInputField
        id={`${prefix}-name`}
        label={t('tables.form.name')}
        error={errors.byField.name}
        required
        maxLength={200}
        value={name}
        onChange={(event) => update('name', event.target.value)}
      />
      <Field id={`${prefix}-kind`} label={t('tables.form.kind')} error={errors.byField.kind}>
        {(control) => (
          <Select
            {...control}
            required
            value={kind}
            onChange={(event) => update('kind', TABLE_KINDS.find((k) => k === event.target.value) ?? '')}
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
      <TextareaField
        id={`${prefix}-description`}
        label={<OptionalLabel>{t('tables.form.description')}</OptionalLabel>}
        help={t('tables.form.descriptionHelp')}
        error={errors.byField.description}
        rows={3}
        maxLength={5000}
        value={description}
        onChange={(event) => update('description', event.target.value)}
      />
      <ChoiceField
        id={`${prefix}-active`}
        type="checkbox"
        label={t('tables.form.active')}
        help={t('tables.form.activeHelp')}
        error={errors.byField.active}
        checked={active}
        onChange={(event) => update('active', event.target.checked)}
      />
      <SendButton sending={sending} appearance={table ? 'secondary-action-button' : 'primary-action-button'}>
        {table ? t('tables.form.save') : t('tables.form.create')}
      </SendButton>
    </form>
  );
}
