// An analysis to read (the adviser's case page, or the expert's own once it can no longer change):
// per cause area whether it plays a role and why, then the root cause, recommendations and proposal.
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { CAUSE_AREAS } from './analysis-draft';

type Content = Pick<
  components['schemas']['CaseAnalysisDto'],
  'causeAreas' | 'rootCauseSummary' | 'recommendations' | 'proposedHandlingOption'
>;

export function AnalysisView({ analysis }: { analysis: Content }) {
  const { t } = useI18n();
  const verdict = (playsRole: boolean | null | undefined) =>
    playsRole === true
      ? t('analysis.view.playsRole')
      : playsRole === false
        ? t('analysis.view.playsNoRole')
        : t('analysis.view.undecided');
  return (
    <dl className="sr-analysis">
      {CAUSE_AREAS.map((area) => {
        const finding = analysis.causeAreas[area];
        return (
          <div key={area} className="sr-analysis__item">
            <dt>{t(`analysis.causeAreas.${area}.label`)}</dt>
            <dd>
              <strong>{verdict(finding.playsRole)}</strong>
              {finding.explanation && <span className="sr-description"> {finding.explanation}</span>}
            </dd>
          </div>
        );
      })}
      <div className="sr-analysis__item">
        <dt>{t('analysis.form.rootCause')}</dt>
        <dd className="sr-description">{analysis.rootCauseSummary || '–'}</dd>
      </div>
      <div className="sr-analysis__item">
        <dt>{t('analysis.form.recommendations')}</dt>
        <dd className="sr-description">{analysis.recommendations || '–'}</dd>
      </div>
      <div className="sr-analysis__item">
        <dt>{t('analysis.form.proposedOption')}</dt>
        <dd>
          {analysis.proposedHandlingOption ? t(`handlingOptions.${analysis.proposedHandlingOption}`) : '–'}
        </dd>
      </div>
    </dl>
  );
}
