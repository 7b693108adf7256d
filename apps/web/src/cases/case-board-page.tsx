// `/knelpunten`: the case board, one column per step; finished cases folded away below.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { LinkButton } from '../ui/link-button';
import { Select } from '../ui/select';
import { TextInputField } from '../ui/text-input-field';
import { Field } from '../ui/field';
import { CaseColumn } from './case-column';
import { DOMAINS, DONE_STEPS, HANDLING_OPTIONS, OPEN_STEPS, readFilters } from './case-filters';

export function CaseBoardPage() {
  const { t } = useI18n();
  usePageTitle(t('board.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('board.heading')}</Heading>
      <StaffOnly roles={['adviser', 'admin', 'expert', 'liaison']}>{() => <CaseBoard />}</StaffOnly>
    </div>
  );
}

function CaseBoard() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const [q, setQ] = useState(filters.q ?? '');
  const [domain, setDomain] = useState<string>(filters.domain ?? '');
  const [region, setRegion] = useState(filters.region ?? '');
  const [handlingOption, setHandlingOption] = useState<string>(filters.handlingOption ?? '');

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (q.trim()) next.set('q', q.trim());
    if (domain) next.set('domain', domain);
    if (region.trim()) next.set('region', region.trim());
    if (handlingOption) next.set('handlingOption', handlingOption);
    setSearch(next);
  };

  const reset = () => {
    setQ('');
    setDomain('');
    setRegion('');
    setHandlingOption('');
    setSearch(new URLSearchParams());
  };

  return (
    <>
      <form role="search" aria-label={t('board.filters')} className="sr-filters" onSubmit={apply}>
        <TextInputField
          id="case-q"
          label={t('board.search')}
          type="search"
          maxLength={200}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Field id="case-domain" label={t('board.domain')}>
          {(control) => (
            <Select {...control} value={domain} onChange={(e) => setDomain(e.target.value)}>
              <option value="">{t('board.all')}</option>
              {DOMAINS.map((d) => (
                <option key={d} value={d}>
                  {t(`domains.${d}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <TextInputField
          id="case-region"
          label={t('board.region')}
          maxLength={100}
          value={region}
          onChange={(e) => setRegion(e.target.value)}
        />
        <Field id="case-option" label={t('board.handlingOption')}>
          {(control) => (
            <Select {...control} value={handlingOption} onChange={(e) => setHandlingOption(e.target.value)}>
              <option value="">{t('board.all')}</option>
              {HANDLING_OPTIONS.map((o) => (
                <option key={o} value={o}>
                  {t(`handlingOptions.${o}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="sr-filters__actions">
          <Button type="submit" appearance="primary-action-button">
            {t('board.apply')}
          </Button>
          <LinkButton onClick={reset}>{t('board.reset')}</LinkButton>
        </div>
      </form>
      <div className="sr-board">
        {OPEN_STEPS.map((step) => (
          <section key={step} className="sr-board__column" aria-labelledby={`column-${step}`}>
            <Heading level={2} id={`column-${step}`}>
              {t(`caseSteps.${step}`)}
            </Heading>
            <CaseColumn step={step} filters={filters} />
          </section>
        ))}
      </div>
      {DONE_STEPS.map((step) => (
        <details key={step} className="sr-details sr-board__done">
          <summary>{t(`caseSteps.${step}`)}</summary>
          <CaseColumn step={step} filters={filters} />
        </details>
      ))}
    </>
  );
}
