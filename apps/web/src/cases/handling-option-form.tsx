import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage } from '../staff/outcome-message';
import { useStaffChange } from '../staff/use-staff-change';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { HANDLING_OPTIONS } from './case-filters';

type CaseDetail = components['schemas']['CaseDetailDto'];

interface Props {
  detail: CaseDetail;
  onChanged: (detail: CaseDetail) => void;
  onConflict: () => void;
}

/** The adviser chooses the case's handling option (instrumentenkoffer); some steps wait for it. */
export function HandlingOptionForm({ detail, onChanged, onConflict }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [option, setOption] = useState<string>(detail.handlingOption ?? '');
  const { busy, outcome, setOutcome, send } = useStaffChange(onConflict);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const handlingOption = HANDLING_OPTIONS.find((o) => o === option);
    if (!handlingOption) return;
    void send(
      () =>
        api.PATCH('/api/cases/{id}', {
          params: { path: { id: detail.id } },
          body: { handlingOption, expectedVersion: detail.version },
        }),
      (data) => {
        setOutcome({ type: 'ok', message: t('staff.saved') });
        onChanged(data);
      },
    );
  };

  return (
    <form className="sr-inline-form" onSubmit={save}>
      <Field id="handling-option" label={t('case.handlingOption')}>
        {(control) => (
          <Select {...control} value={option} onChange={(event) => setOption(event.target.value)}>
            <option value="">{t('case.chooseOption')}</option>
            {HANDLING_OPTIONS.map((o) => (
              <option key={o} value={o}>
                {t(`handlingOptions.${o}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" appearance="secondary-action-button" disabled={busy || !option}>
        {t('case.saveOption')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
