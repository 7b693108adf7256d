// The cases a publication may be about: those in sharing or later. The case list filters on one step,
// so each shareable step is asked for; cases the publication already names are kept in the choice.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { Paragraph } from '../ui/paragraph';
import { SHAREABLE_STEPS, type CaseStep } from './publication-types';

export interface CaseOption {
  id: string;
  reference: string;
  title: string;
  step: CaseStep;
}

export const CASES_ID = 'publication-caseIds';

export function caseOptionId(caseId: string): string {
  return `${CASES_ID}-${caseId}`;
}

interface Props {
  value: readonly string[];
  /** Cases already named (an existing publication): shown even when not in the loaded pages. */
  known: readonly CaseOption[];
  error?: string;
  onChange: (caseIds: string[]) => void;
}

const PER_STEP = 100;

export function CaseChoice({ value, known, error, onChange }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(async () => {
    const pages = await Promise.all(
      SHAREABLE_STEPS.map((step) => api.GET('/api/cases', { params: { query: { step, limit: PER_STEP } } })),
    );
    const failed = pages.find((page) => !page.data);
    if (failed) return { data: undefined, response: failed.response };
    return {
      data: pages.flatMap((page) => page.data?.items ?? []),
      response: pages[0]?.response ?? new Response(null, { status: 500 }),
    };
  }, [api]);
  const { state } = useLoad(request);

  const loaded: CaseOption[] = state.status === 'ready' ? state.data : [];
  const options = [...known.filter((c) => !loaded.some((l) => l.id === c.id)), ...loaded].sort((a, b) =>
    a.reference.localeCompare(b.reference),
  );
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));

  return (
    <ChoiceGroup
      id={CASES_ID}
      legend={t('publications.form.cases')}
      help={t('publications.form.casesHelp')}
      error={error}
    >
      {state.status === 'loading' && options.length === 0 && (
        <Paragraph role="status">{t('layout.loading')}</Paragraph>
      )}
      {state.status === 'failed' && <Paragraph role="alert">{t('publications.form.casesFailed')}</Paragraph>}
      {state.status === 'ready' && options.length === 0 && (
        <Paragraph>{t('publications.form.noCases')}</Paragraph>
      )}
      {options.map((option) => (
        <ChoiceField
          key={option.id}
          id={caseOptionId(option.id)}
          type="checkbox"
          name="caseIds"
          value={option.id}
          label={t('publications.caseLine', {
            reference: option.reference,
            title: option.title,
            step: t(`caseSteps.${option.step}`),
          })}
          checked={value.includes(option.id)}
          onChange={(event) => toggle(option.id, event.target.checked)}
        />
      ))}
    </ChoiceGroup>
  );
}
