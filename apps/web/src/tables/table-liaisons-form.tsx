// Who brings cases to a table: its liaisons, chosen from the active liaison accounts. Saving replaces
// the list; a liaison then sees exactly the cases with an item at one of their tables.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage } from '../staff/outcome-message';
import { useStaffChange } from '../staff/use-staff-change';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { Paragraph } from '../ui/paragraph';
import type { LiaisonAccount, NationalTable } from './table-types';

interface Props {
  table: NationalTable;
  /** The active liaison accounts. */
  accounts: readonly LiaisonAccount[];
  onSaved: (table: NationalTable) => void;
}

export function TableLiaisonsForm({ table, accounts, onSaved }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [chosen, setChosen] = useState<string[]>(() => table.liaisons.map((l) => l.userId));
  const { busy, outcome, send } = useStaffChange(() => undefined);
  // A liaison of the table whose account is no longer listed stays offered, so it can be taken off.
  const options = [
    ...accounts.map((account) => ({ id: account.id, name: account.displayName, email: account.email })),
    ...table.liaisons
      .filter((l) => !accounts.some((account) => account.id === l.userId))
      .map((l) => ({ id: l.userId, name: l.displayName, email: undefined })),
  ];
  const groupId = `table-${table.id}-liaisons`;

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send(
      () =>
        api.PUT('/api/tables/{id}/liaisons', {
          params: { path: { id: table.id } },
          body: { userIds: chosen },
        }),
      // The page says it was saved: the table is shown again with its new liaisons.
      onSaved,
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={save}>
      <ChoiceGroup
        id={groupId}
        legend={t('tables.liaisons.legend', { table: table.name })}
        help={t('tables.liaisons.help')}
      >
        {options.length === 0 ? (
          <Paragraph>{t('tables.liaisons.noAccounts')}</Paragraph>
        ) : (
          <div className="sr-options">
            {options.map((option) => (
              <ChoiceField
                key={option.id}
                id={`${groupId}-${option.id}`}
                type="checkbox"
                name={groupId}
                value={option.id}
                label={option.email ? `${option.name} (${option.email})` : option.name}
                checked={chosen.includes(option.id)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked
                      ? [...current.filter((id) => id !== option.id), option.id]
                      : current.filter((id) => id !== option.id),
                  )
                }
              />
            ))}
          </div>
        )}
      </ChoiceGroup>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t('tables.liaisons.save')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
