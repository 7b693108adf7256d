// What an expert works with: the case (without who reported it), their analysis form, and every saved
// version, newest first. Loaded and saved through the signed-in API or the external expert's private link alike.
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { formatDueDate, formatMoment } from '../deepening/dates';
import { useLoad, type LoadState } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import type { AnalysisWorkspace } from './analysis-draft';
import { AnalysisForm, type SendAnalysis } from './analysis-form';
import { AnalysisView } from './analysis-view';

interface Props {
  /** Memoised on what it depends on: a new function loads again. */
  request: () => Promise<{ data?: AnalysisWorkspace; response: Response }>;
  send: SendAnalysis;
  /** The message for an unknown analysis or link (404). */
  notFound: string;
}

export function AnalysisWorkspacePanel({ request, send, notFound }: Props) {
  const { state, reload } = useLoad(request, notFound);
  // A save answers with the new workspace; shown at once, until the analysis is loaded again.
  const [saved, setSaved] = useState<{ over: LoadState<AnalysisWorkspace>; data: AnalysisWorkspace }>();
  // While loading again after a conflict, the form goes, so it comes back with what was saved elsewhere.
  const [reloadingFrom, setReloadingFrom] = useState<LoadState<AnalysisWorkspace>>();
  const shown: LoadState<AnalysisWorkspace> =
    reloadingFrom === state
      ? { status: 'loading' }
      : saved?.over === state
        ? { status: 'ready', data: saved.data }
        : state;

  return (
    <LoadView state={shown}>
      {(workspace) => (
        <WorkspaceContent
          workspace={workspace}
          send={send}
          notFound={notFound}
          onSaved={(data) => setSaved({ over: state, data })}
          onReload={() => {
            setReloadingFrom(state);
            reload();
          }}
        />
      )}
    </LoadView>
  );
}

interface ContentProps {
  workspace: AnalysisWorkspace;
  send: SendAnalysis;
  notFound: string;
  onSaved: (workspace: AnalysisWorkspace) => void;
  onReload: () => void;
}

function WorkspaceContent({ workspace, send, notFound, onSaved, onReload }: ContentProps) {
  const { t, language } = useI18n();
  const { analysis, editable } = workspace;
  return (
    <>
      <CaseContext workspace={workspace} />

      <section aria-labelledby="analysis-form-heading" className="sr-section">
        <Heading level={2} id="analysis-form-heading">
          {t('analysis.form.heading')}
        </Heading>
        {analysis.status === 'submitted' && analysis.submittedAt && (
          <Alert type="ok">
            {t('analysis.form.submittedNote', { date: formatMoment(analysis.submittedAt, language) })}
          </Alert>
        )}
        {analysis.status === 'draft' && analysis.updatedAt && (
          <Paragraph>
            {t('analysis.form.draftNote', { date: formatMoment(analysis.updatedAt, language) })}
          </Paragraph>
        )}
        {editable ? (
          <>
            <Paragraph>{t('analysis.form.intro')}</Paragraph>
            <AnalysisForm
              workspace={workspace}
              send={send}
              onSaved={onSaved}
              onReload={onReload}
              notFound={notFound}
            />
          </>
        ) : (
          <>
            <Alert type="info">{t('analysis.form.readOnly')}</Alert>
            <AnalysisView analysis={analysis} />
          </>
        )}
      </section>

      <section aria-labelledby="analysis-versions-heading" className="sr-section">
        <Heading level={2} id="analysis-versions-heading">
          {t('analysis.versions.heading')}
        </Heading>
        {analysis.versions.length === 0 ? (
          <Paragraph>{t('analysis.versions.none')}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list sr-versions">
            {[...analysis.versions].reverse().map((version) => (
              <li key={version.version} className="utrecht-unordered-list__item">
                {t('analysis.versions.item', {
                  version: version.version,
                  status: t(`analysis.versions.status.${version.status}`),
                  date: formatMoment(version.savedAt, language),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The case as the expert may see it: no submitter, no contact details. */
function CaseContext({ workspace }: { workspace: AnalysisWorkspace }) {
  const { t, language } = useI18n();
  const { case: detail, assignment } = workspace;
  return (
    <section aria-labelledby="analysis-case-heading" className="sr-section">
      <Heading level={2} id="analysis-case-heading">
        {t('analysis.context.heading', { title: detail.title })}
      </Heading>
      <dl className="sr-fact-list">
        <dt>{t('common.reference')}</dt>
        <dd>{detail.reference}</dd>
        <dt>{t('case.step')}</dt>
        <dd>{t(`caseSteps.${detail.step}`)}</dd>
        <dt>{t('analysis.context.domains')}</dt>
        <dd>{detail.domains.map((d) => t(`domains.${d}`)).join(', ') || '–'}</dd>
        <dt>{t('analysis.context.dueOn')}</dt>
        <dd>
          {assignment.dueOn ? formatDueDate(assignment.dueOn, language) : t('assignments.noDueDate')}
          {assignment.overdue && (
            <>
              {' '}
              <strong className="sr-overdue">{t('assignments.overdue')}</strong>
            </>
          )}
        </dd>
      </dl>
      <Paragraph className="sr-description">{detail.summary || t('case.noSummary')}</Paragraph>
      <Heading level={3}>{t('analysis.context.signals')}</Heading>
      <Paragraph className="sr-meta">{t('analysis.context.privacy')}</Paragraph>
      {detail.signals.length === 0 ? (
        <Paragraph>{t('case.noSignals')}</Paragraph>
      ) : (
        <ul className="sr-card-list">
          {detail.signals.map((signal, index) => (
            <li key={index} className="sr-card">
              <Paragraph>
                <strong>{signal.title}</strong>
              </Paragraph>
              <Paragraph className="sr-description">{signal.description}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
