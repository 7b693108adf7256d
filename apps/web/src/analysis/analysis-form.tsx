// The expert's analysis form, the same for staff experts (signed in) and external experts (private
// link): a finding per cause area, the root cause, recommendations and a proposed handling option.
// "Concept opslaan" keeps a draft however incomplete; "Indienen" asks the API, which names every field
// still missing (422), shown at the field and in the summary. Each save sends the version it was based
// on, so a save elsewhere meanwhile (409) is noticed rather than overwritten.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { readProblem } from '../api/api-problem';
import { useFormErrors } from '../api/use-form-errors';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { Alert } from '../ui/alert';
import { ChoiceField } from '../ui/choice-field';
import { ChoiceGroup } from '../ui/choice-group';
import { Field } from '../ui/field';
import { FormErrorSummary } from '../ui/form-error-summary';
import { Heading } from '../ui/heading';
import { OptionalLabel } from '../ui/optional-label';
import { Paragraph } from '../ui/paragraph';
import { Select } from '../ui/select';
import { Textarea } from '../ui/textarea';
import {
  ANALYSIS_FIELDS,
  CAUSE_AREAS,
  PROPOSED_OPTIONS,
  analysisTargetId,
  draftFromAnalysis,
  explanationId,
  playsRoleId,
  toAnalysisErrors,
  toSaveBody,
  type AnalysisDraft,
  type AnalysisWorkspace,
  type CauseArea,
  type Finding,
  type SaveAnalysis,
} from './analysis-draft';

export interface SendAnalysis {
  (body: SaveAnalysis): Promise<{ data?: AnalysisWorkspace; error?: unknown; response: Response }>;
}

interface Props {
  workspace: AnalysisWorkspace;
  send: SendAnalysis;
  /** The API's answer to a save: the analysis with its new version and versions list. */
  onSaved: (workspace: AnalysisWorkspace) => void;
  /** Load the analysis again (after a conflict). */
  onReload: () => void;
  /** What to say when the analysis is gone meanwhile (404), e.g. an expired link. */
  notFound: string;
}

interface Conflict {
  message: string;
}

export function AnalysisForm({ workspace, send, onSaved, onReload, notFound }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<AnalysisDraft>(() => draftFromAnalysis(workspace.analysis));
  const { errors, summary, fail, failWith, clear } = useFormErrors(ANALYSIS_FIELDS, analysisTargetId);
  const [outcome, setOutcome] = useState<Outcome>();
  const [conflict, setConflict] = useState<Conflict>();
  const [sending, setSending] = useState<'draft' | 'submit'>();
  const submitted = workspace.analysis.status === 'submitted';

  const updateFinding = (area: CauseArea, change: Partial<Finding>) =>
    setDraft((current) => ({
      ...current,
      causeAreas: { ...current.causeAreas, [area]: { ...current.causeAreas[area], ...change } },
    }));

  const update = <K extends Exclude<keyof AnalysisDraft, 'causeAreas'>>(field: K, value: AnalysisDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const save = async (submit: boolean) => {
    if (sending) return;
    setSending(submit ? 'submit' : 'draft');
    setOutcome(undefined);
    setConflict(undefined);
    try {
      const { data, error, response } = await send(toSaveBody(draft, submit, workspace.analysis.version));
      if (data) {
        clear();
        const version = data.analysis.version;
        setOutcome({
          type: 'ok',
          message: submit
            ? t('analysis.form.submitted', { version })
            : t('analysis.form.draftSaved', { version }),
        });
        onSaved(data);
        return;
      }
      if (response.status === 409) {
        clear();
        const problem = readProblem(response.status, error);
        const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null;
        setConflict({
          message:
            code === 'version_conflict'
              ? t('analysis.form.conflict')
              : (problem.message ?? t('analysis.form.conflict')),
        });
        return;
      }
      if (response.status === 404) {
        failWith(notFound);
        return;
      }
      fail(toAnalysisErrors(response.status, error, t('common.unexpectedError')));
    } catch {
      failWith(t('common.networkError'));
    } finally {
      setSending(undefined);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(true);
  };

  const { byField } = errors;

  return (
    <form noValidate className="sr-form sr-analysis-form" onSubmit={onSubmit}>
      <FormErrorSummary items={summary} />
      {conflict && (
        <Alert type="warning" role="alert">
          <Paragraph>{conflict.message}</Paragraph>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('analysis.form.reload')}
          </Button>
        </Alert>
      )}

      {CAUSE_AREAS.map((area) => (
        <div key={area} className="sr-cause-area">
          <Heading level={3} id={`analysis-${area}-heading`}>
            {t(`analysis.causeAreas.${area}.label`)}
          </Heading>
          <Paragraph id={`analysis-${area}-about`}>{t(`analysis.causeAreas.${area}.help`)}</Paragraph>
          <ChoiceGroup
            id={`analysis-${area}-playsRole`}
            legend={t(`analysis.causeAreas.${area}.question`)}
            error={byField[`causeAreas.${area}.playsRole`]}
            role="radiogroup"
          >
            <ChoiceField
              id={playsRoleId(area)}
              type="radio"
              name={`${area}-playsRole`}
              value="yes"
              label={t('analysis.form.yes')}
              checked={draft.causeAreas[area].playsRole === true}
              onChange={() => updateFinding(area, { playsRole: true })}
            />
            <ChoiceField
              id={`analysis-${area}-no`}
              type="radio"
              name={`${area}-playsRole`}
              value="no"
              label={t('analysis.form.no')}
              checked={draft.causeAreas[area].playsRole === false}
              onChange={() => updateFinding(area, { playsRole: false })}
            />
          </ChoiceGroup>
          <Field
            id={explanationId(area)}
            label={t(`analysis.causeAreas.${area}.explanation`)}
            help={t('analysis.form.explanationHelp')}
            error={byField[`causeAreas.${area}.explanation`]}
          >
            {(control) => (
              <Textarea
                {...control}
                name={`${area}-explanation`}
                required={draft.causeAreas[area].playsRole === true}
                rows={4}
                maxLength={5000}
                value={draft.causeAreas[area].explanation}
                onChange={(event) => updateFinding(area, { explanation: event.target.value })}
              />
            )}
          </Field>
        </div>
      ))}

      <Heading level={3}>{t('analysis.form.conclusion')}</Heading>
      <Field
        id="analysis-rootCauseSummary"
        label={t('analysis.form.rootCause')}
        help={t('analysis.form.rootCauseHelp')}
        error={byField.rootCauseSummary}
      >
        {(control) => (
          <Textarea
            {...control}
            name="rootCauseSummary"
            required
            rows={5}
            maxLength={10000}
            value={draft.rootCauseSummary}
            onChange={(event) => update('rootCauseSummary', event.target.value)}
          />
        )}
      </Field>
      <Field
        id="analysis-recommendations"
        label={<OptionalLabel>{t('analysis.form.recommendations')}</OptionalLabel>}
        help={t('analysis.form.recommendationsHelp')}
        error={byField.recommendations}
      >
        {(control) => (
          <Textarea
            {...control}
            name="recommendations"
            rows={5}
            maxLength={10000}
            value={draft.recommendations}
            onChange={(event) => update('recommendations', event.target.value)}
          />
        )}
      </Field>
      <Field
        id="analysis-proposedHandlingOption"
        label={t('analysis.form.proposedOption')}
        help={t('analysis.form.proposedOptionHelp')}
        error={byField.proposedHandlingOption}
      >
        {(control) => (
          <Select
            {...control}
            name="proposedHandlingOption"
            value={draft.proposedHandlingOption}
            onChange={(event) =>
              update(
                'proposedHandlingOption',
                PROPOSED_OPTIONS.find((option) => option === event.target.value) ?? '',
              )
            }
          >
            <option value="">{t('analysis.form.chooseOption')}</option>
            {PROPOSED_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {t(`handlingOptions.${option}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>

      {submitted && <Paragraph>{t('analysis.form.resubmitNote')}</Paragraph>}
      <OutcomeMessage outcome={outcome} />
      <div className="sr-actions sr-form__actions">
        {/* A submitted analysis changes only by submitting again: no draft over it. */}
        {!submitted && (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={sending === 'draft'}
            disabled={!!sending}
            onClick={() => void save(false)}
          >
            {sending === 'draft' ? t('analysis.form.saving') : t('analysis.form.saveDraft')}
          </Button>
        )}
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={sending === 'submit'}
          disabled={!!sending}
        >
          {sending === 'submit'
            ? t('analysis.form.saving')
            : submitted
              ? t('analysis.form.resubmit')
              : t('analysis.form.submit')}
        </Button>
      </div>
    </form>
  );
}
