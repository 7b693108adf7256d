// The meeting brief of a table opens as a page of its own, served by the API (HTML to read or print,
// or a PDF), so these are plain links: the browser sends the session cookie along with them.
import { useI18n } from '../i18n/i18n-context';

interface Props {
  table: { id: string; name: string };
  /** Only the cases of this theme (opgave). */
  themeId?: string;
}

export function briefUrl(tableId: string, format: 'html' | 'pdf', themeId?: string): string {
  const query = new URLSearchParams({ format });
  if (themeId) query.set('themeId', themeId);
  return `/api/tables/${encodeURIComponent(tableId)}/brief?${query.toString()}`;
}

export function BriefLinks({ table, themeId }: Props) {
  const { t } = useI18n();
  return (
    <ul className="sr-plain-list">
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={briefUrl(table.id, 'html', themeId)}>
          {t('tables.brief.html', { table: table.name })}
        </a>
      </li>
      <li>
        <a className="utrecht-link utrecht-link--html-a" href={briefUrl(table.id, 'pdf', themeId)}>
          {t('tables.brief.pdf', { table: table.name })}
        </a>
      </li>
    </ul>
  );
}
