// The submitted analyses of a case, read only, for the adviser who chooses the handling option: what
// each expert found per cause area and which option they propose. Drafts are only counted: they may
// still change.
import { useCallback } from 'react';
import { AnalysisView } from '../analysis/analysis-view';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { formatMoment } from './dates';

type CaseAnalysis = components['schemas']['CaseAnalysisDto'];

export function CaseAnalyses({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/cases/{id}/analyses', { params: { path: { id: caseId } } }),
    [api, caseId],
  );
  const { state } = useLoad(request);
  return (
    <section aria-labelledby="analyses-heading" className="sr-section">
      <Heading level={2} id="analyses-heading">
        {t('deepening.analyses.heading')}
      </Heading>
      <LoadView state={state}>{(analyses) => <AnalysesList analyses={analyses} />}</LoadView>
    </section>
  );
}

function AnalysesList({ analyses }: { analyses: CaseAnalysis[] }) {
  const { t, language } = useI18n();
  const submitted = analyses.filter((a) => a.status === 'submitted');
  const drafts = analyses.filter((a) => a.status === 'draft');
  const proposals = new Map<string, number>();
  for (const analysis of submitted) {
    if (analysis.proposedHandlingOption) {
      const label = t(`handlingOptions.${analysis.proposedHandlingOption}`);
      proposals.set(label, (proposals.get(label) ?? 0) + 1);
    }
  }
  return (
    <>
      {submitted.length === 0 ? (
        <Paragraph>{t('deepening.analyses.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('deepening.analyses.intro')}</Paragraph>
          <Heading level={3}>{t('deepening.analyses.proposals')}</Heading>
          <ul className="utrecht-unordered-list">
            {[...proposals].map(([label, count]) => (
              <li key={label} className="utrecht-unordered-list__item">
                {t('deepening.analyses.proposal', { option: label, count })}
              </li>
            ))}
          </ul>
        </>
      )}
      {drafts.length > 0 && (
        <Paragraph className="sr-meta">
          {t('deepening.analyses.drafts', { names: drafts.map((d) => d.authorName).join(', ') })}
        </Paragraph>
      )}
      {submitted.map((analysis) => (
        <article
          key={analysis.analysisId}
          className="sr-card"
          aria-labelledby={`analysis-${analysis.analysisId}`}
        >
          <Heading level={3} id={`analysis-${analysis.analysisId}`}>
            {t('deepening.analyses.by', { name: analysis.authorName })}
            {analysis.authorKind === 'external' && ` ${t('deepening.analyses.external')}`}
          </Heading>
          <Paragraph className="sr-meta">
            {analysis.submittedAt
              ? t('deepening.analyses.submittedOn', {
                  date: formatMoment(analysis.submittedAt, language),
                  version: analysis.version,
                })
              : t('deepening.analyses.version', { version: analysis.version })}
          </Paragraph>
          <AnalysisView analysis={analysis} />
        </article>
      ))}
    </>
  );
}
