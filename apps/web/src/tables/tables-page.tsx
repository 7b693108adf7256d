// `/beheer/tafels`: the admin's register of national tables and bodies (step 6): each with its kind,
// role, liaisons, open items and meeting brief; a way to add and change them and to set who their
// liaisons are; and below, the themes (opgaven) cases are grouped under.
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { formatList } from '../i18n/intl-format';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { BriefLinks } from './brief-links';
import { TableForm } from './table-form';
import { TableLiaisonsForm } from './table-liaisons-form';
import type { LiaisonAccount, NationalTable } from './table-types';
import { ThemesSection } from './themes-section';

export function TablesPage() {
  const { t } = useI18n();
  usePageTitle(t('tables.pageTitle'));
  return (
    <div className="sr-wide">
      <Heading level={1}>{t('tables.heading')}</Heading>
      <StaffOnly roles={['admin']}>
        {() => (
          <>
            <Paragraph>{t('tables.intro')}</Paragraph>
            <TableRegister />
            <ThemesSection />
          </>
        )}
      </StaffOnly>
    </div>
  );
}

/** Liaisons are chosen from the active liaison accounts (one page of up to 200 is plenty). */
function useLiaisonAccounts() {
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/users', { params: { query: { role: 'liaison', limit: 200 } } }),
    [api],
  );
  const { state } = useLoad(request);
  return state.status === 'ready' ? state.data.items.filter((account) => account.active) : [];
}

function TableRegister() {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/tables'), [api]);
  const { state, reload } = useLoad(request);
  const accounts = useLiaisonAccounts();
  const [outcome, setOutcome] = useState<Outcome>();
  const saved = (message: string) => {
    setOutcome({ type: 'ok', message });
    reload();
  };

  return (
    <>
      <section aria-labelledby="tables-list-heading" className="sr-section">
        <Heading level={2} id="tables-list-heading">
          {t('tables.listHeading')}
        </Heading>
        <OutcomeMessage outcome={outcome} />
        <LoadView state={state}>
          {(tables) =>
            tables.length === 0 ? (
              <Paragraph>{t('tables.empty')}</Paragraph>
            ) : (
              <ul className="sr-card-list">
                {tables.map((table) => (
                  <TableCard
                    key={`${table.id}-${table.name}-${table.liaisons.map((l) => l.userId).join()}`}
                    table={table}
                    accounts={accounts}
                    onSaved={(data, message) => saved(message ?? t('tables.saved', { table: data.name }))}
                  />
                ))}
              </ul>
            )
          }
        </LoadView>
      </section>
      <section aria-labelledby="table-new-heading" className="sr-section">
        <Heading level={2} id="table-new-heading">
          {t('tables.newHeading')}
        </Heading>
        <TableForm onSaved={(data) => saved(t('tables.created', { table: data.name }))} />
      </section>
    </>
  );
}

interface CardProps {
  table: NationalTable;
  accounts: readonly LiaisonAccount[];
  onSaved: (table: NationalTable, message?: string) => void;
}

function TableCard({ table, accounts, onSaved }: CardProps) {
  const { t, language } = useI18n();
  const headingId = `table-${table.id}-heading`;
  return (
    <li className="sr-card">
      <article aria-labelledby={headingId}>
        <Heading level={3} id={headingId}>
          {table.name}
        </Heading>
        <Paragraph className="sr-meta">
          {t(`tables.kinds.${table.kind}`)} · {table.active ? t('tables.active') : t('tables.inactive')} ·{' '}
          {t('tables.openItems', { count: table.openItems })}
        </Paragraph>
        {table.description && <Paragraph className="sr-description">{table.description}</Paragraph>}
        <Paragraph>
          {table.liaisons.length === 0
            ? t('tables.noLiaisons')
            : t('tables.liaisonList', {
                names: formatList(
                  table.liaisons.map((l) => l.displayName),
                  language,
                ),
              })}
        </Paragraph>
        <BriefLinks table={table} />
        <details className="sr-details">
          <summary>{t('tables.liaisons.edit', { table: table.name })}</summary>
          <TableLiaisonsForm
            table={table}
            accounts={accounts}
            onSaved={(data) => onSaved(data, t('tables.liaisons.saved'))}
          />
        </details>
        <details className="sr-details">
          <summary>{t('tables.edit', { table: table.name })}</summary>
          <TableForm table={table} onSaved={(data) => onSaved(data)} />
        </details>
      </article>
    </li>
  );
}
