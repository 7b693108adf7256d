// The figures of a recognition check (a closed call's tally, or an open call's answers so far): how
// many recognise it, how broadly (per domain and region), how urgent, and what is needed.
import type { components } from '../api/schema';
import { DOMAINS } from '../calls/call-types';
import { formatShare } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { Paragraph } from '../ui/paragraph';

export type Figures = components['schemas']['RecognitionFiguresDto'];
export type Recommendation = components['schemas']['RecognitionTallyDto']['recommendation'];
type Thresholds = components['schemas']['RecognitionThresholdsDto'];

const URGENCIES = ['low', 'medium', 'high'] as const;

export function RecognitionFigures({ figures }: { figures: Figures }) {
  const { t, language } = useI18n();
  const domainName = (code: string) => {
    const domain = DOMAINS.find((d) => d === code);
    return domain ? t(`domains.${domain}`) : code;
  };
  const byDomain = Object.entries(figures.byDomain).sort(([, a], [, b]) => b - a);
  const byRegion = Object.entries(figures.byRegion).sort(([, a], [, b]) => b - a);

  return (
    <div className="sr-figures">
      <dl className="sr-fact-list">
        <dt>{t('recognition.figures.respondents')}</dt>
        <dd>{figures.respondents}</dd>
        <dt>{t('recognition.figures.recognised')}</dt>
        <dd>{figures.recognised}</dd>
        <dt>{t('recognition.figures.partly')}</dt>
        <dd>{figures.partly}</dd>
        <dt>{t('recognition.figures.notRecognised')}</dt>
        <dd>{figures.notRecognised}</dd>
        <dt>{t('recognition.figures.endorsements')}</dt>
        <dd>{figures.endorsements}</dd>
        <dt>{t('recognition.figures.share')}</dt>
        <dd>{formatShare(figures.shareRecognising, language)}</dd>
        <dt>{t('recognition.figures.domains')}</dt>
        <dd>{figures.domainsRecognising}</dd>
        <dt>{t('recognition.figures.regions')}</dt>
        <dd>{figures.regionsRecognising}</dd>
        <dt>{t('recognition.figures.organisations')}</dt>
        <dd>{figures.organisationsRecognising}</dd>
      </dl>

      <div className="sr-figure-tables">
        <CountTable
          caption={t('recognition.byDomain')}
          header={t('recognition.domain')}
          rows={byDomain.map(([code, count]) => [domainName(code), count])}
        />
        <CountTable
          caption={t('recognition.byRegion')}
          header={t('recognition.region')}
          rows={byRegion.map(([region, count]) => [region, count])}
        />
        <CountTable
          caption={t('recognition.urgency')}
          header={t('recognition.urgencyLevel')}
          rows={URGENCIES.map((u) => [t(`urgencies.${u}`), figures.urgency[u]])}
        />
      </div>

      <Paragraph>
        <strong>{t('recognition.needsThemes')}</strong>
      </Paragraph>
      {figures.needsThemes.length === 0 ? (
        <Paragraph>{t('recognition.noThemes')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {figures.needsThemes.map((theme) => (
            <li key={theme.term} className="utrecht-unordered-list__item">
              {t('recognition.needsTheme', { term: theme.term, count: theme.answers })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CountTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string;
  rows: readonly (readonly [string, number])[];
}) {
  const { t } = useI18n();
  return (
    <table className="sr-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          <th scope="col" className="sr-table__number">
            {t('recognition.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2}>{t('recognition.none')}</td>
          </tr>
        ) : (
          rows.map(([name, count]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="sr-table__number">{count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** The recommendation in words, what it suggests, and (for a tally) the thresholds it used. */
export function RecommendationText({
  recommendation,
  thresholds,
  provisional = false,
}: {
  recommendation: Recommendation;
  thresholds?: Thresholds;
  provisional?: boolean;
}) {
  const { t, language } = useI18n();
  const words = t(`recognition.recommendations.${recommendation}`);
  return (
    <div className={`sr-recommendation sr-recommendation--${recommendation}`}>
      <Paragraph>
        <strong>
          {provisional
            ? t('recognition.liveRecommendation', { recommendation: words })
            : t('recognition.recommendation', { recommendation: words })}
        </strong>
      </Paragraph>
      <Paragraph>{t(`recognition.recommendationAdvice.${recommendation}`)}</Paragraph>
      {thresholds && (
        <Paragraph className="sr-meta">
          {t('recognition.thresholdsUsed', {
            minRespondents: thresholds.minRespondents,
            broadShare: formatShare(thresholds.broadShare, language),
            broadMinDomains: thresholds.broadMinDomains,
            broadMinRegions: thresholds.broadMinRegions,
            partialShare: formatShare(thresholds.partialShare, language),
          })}
        </Paragraph>
      )}
    </div>
  );
}
