import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemMessage } from '../staff/problem-message';
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
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const handlingOption = HANDLING_OPTIONS.find((o) => o === option);
    if (!handlingOption) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await api.PATCH('/api/cases/{id}', {
        params: { path: { id: detail.id } },
        body: { handlingOption, expectedVersion: detail.version },
      });
      if (data) {
        setOutcome({ type: 'ok', message: t('staff.saved') });
        onChanged(data);
        return;
      }
      setOutcome({ type: 'error', message: problemMessage(t, response.status, error) });
      if (response.status === 409) onConflict();
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sr-inline-form" onSubmit={(event) => void save(event)}>
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
