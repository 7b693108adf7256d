// Pieces the public insight pages share: the feed link in the page head, the line with kind and date,
// and the cases an insight is about. Everything is rendered as text, never as HTML.
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import type { Insight } from '../publications/publication-types';
import { Paragraph } from '../ui/paragraph';

/** The Atom feed of the newest insights (served by the API). */
export const FEED_PATH = '/api/public/insights.atom';

/** Announces the feed to browsers and feed readers; React places the element in the document head. */
export function FeedLink() {
  const { t } = useI18n();
  return (
    <link rel="alternate" type="application/atom+xml" title={t('insights.feedTitle')} href={FEED_PATH} />
  );
}

/** Only http(s) addresses become links: anything else stays text. */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url);
}

export function InsightMeta({ insight }: { insight: Insight }) {
  const { t, language } = useI18n();
  return (
    <Paragraph className="sr-meta">
      {t('insights.publishedOn', {
        kind: t(`publications.kinds.${insight.kind}`),
        date: formatDate(insight.publishedAt, language),
      })}
    </Paragraph>
  );
}

export function InsightCases({ insight }: { insight: Insight }) {
  const { t } = useI18n();
  if (insight.cases.length === 0) return null;
  return (
    <Paragraph className="sr-insight-cases">
      {t('insights.about')}{' '}
      {insight.cases.map((c, index) => (
        <span key={c.reference}>
          {index > 0 && '; '}
          {c.reference}: {c.title}
        </span>
      ))}
    </Paragraph>
  );
}
