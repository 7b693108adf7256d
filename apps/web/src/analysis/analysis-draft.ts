// An expert's analysis while it is filled in: a finding per cause area (does it play a role, and how),
// the root cause in short, recommendations and a proposed handling option; where it starts from (the
// saved analysis) and the body a save sends. The API decides what is complete; the form only shows it.
import type { FormErrors } from '../api/form-errors';
import { readProblem } from '../api/api-problem';
import type { components } from '../api/schema';
import { HANDLING_OPTIONS } from '../cases/case-filters';

export type AnalysisWorkspace = components['schemas']['AnalysisWorkspaceDto'];
export type SavedAnalysis = components['schemas']['AnalysisDto'];
export type SaveAnalysis = components['schemas']['SaveAnalysisDto'];
export type CauseArea = keyof components['schemas']['CauseAreasDto'];
export type ProposedOption = NonNullable<SaveAnalysis['proposedHandlingOption']>;

/** In the order of the form (and of the API's list of missing fields). */
export const CAUSE_AREAS: readonly CauseArea[] = [
  'legislation',
  'steering_accountability',
  'funding',
  'decision_making',
  'communication',
];

export const PROPOSED_OPTIONS: readonly ProposedOption[] = HANDLING_OPTIONS;

export interface Finding {
  playsRole: boolean | null;
  explanation: string;
}

export interface AnalysisDraft {
  causeAreas: Record<CauseArea, Finding>;
  rootCauseSummary: string;
  recommendations: string;
  proposedHandlingOption: ProposedOption | '';
}

/** The fields of the form by the API's names for them, in form order. */
export type AnalysisField =
  | `causeAreas.${CauseArea}.playsRole`
  | `causeAreas.${CauseArea}.explanation`
  | 'rootCauseSummary'
  | 'recommendations'
  | 'proposedHandlingOption';

export const ANALYSIS_FIELDS: readonly AnalysisField[] = [
  ...CAUSE_AREAS.flatMap(
    (area) => [`causeAreas.${area}.playsRole`, `causeAreas.${area}.explanation`] as const,
  ),
  'rootCauseSummary',
  'recommendations',
  'proposedHandlingOption',
];

/** The id of a cause area's "yes" radio button: where the error summary takes the reader. */
export function playsRoleId(area: CauseArea): string {
  return `analysis-${area}-yes`;
}

export function explanationId(area: CauseArea): string {
  return `analysis-${area}-explanation`;
}

/** The control an error summary entry links to. */
export function analysisTargetId(field: AnalysisField): string {
  const [, area, part] = field.split('.') as [string, CauseArea | undefined, string | undefined];
  if (area && part === 'playsRole') return playsRoleId(area);
  if (area) return explanationId(area);
  return `analysis-${field}`;
}

export function draftFromAnalysis(analysis: SavedAnalysis): AnalysisDraft {
  const causeAreas = {} as Record<CauseArea, Finding>;
  for (const area of CAUSE_AREAS) {
    const finding = analysis.causeAreas[area];
    causeAreas[area] = { playsRole: finding.playsRole ?? null, explanation: finding.explanation };
  }
  return {
    causeAreas,
    rootCauseSummary: analysis.rootCauseSummary,
    recommendations: analysis.recommendations,
    proposedHandlingOption: analysis.proposedHandlingOption ?? '',
  };
}

/** What a save sends: the whole analysis, as a draft or submitted, with the version it was based on. */
export function toSaveBody(draft: AnalysisDraft, submit: boolean, expectedVersion: number): SaveAnalysis {
  const causeAreas = {} as SaveAnalysis['causeAreas'];
  for (const area of CAUSE_AREAS) {
    const finding = draft.causeAreas[area];
    causeAreas[area] = { playsRole: finding.playsRole, explanation: finding.explanation.trim() };
  }
  return {
    causeAreas,
    rootCauseSummary: draft.rootCauseSummary.trim(),
    recommendations: draft.recommendations.trim(),
    proposedHandlingOption: draft.proposedHandlingOption || null,
    submit,
    expectedVersion,
  };
}

function isAnalysisField(field: string): field is AnalysisField {
  return (ANALYSIS_FIELDS as readonly string[]).includes(field);
}

/** A refused save read into messages per field (422 analysis_incomplete, 400 validation); the rest apart. */
export function toAnalysisErrors(status: number, body: unknown, fallback: string): FormErrors<AnalysisField> {
  const problem = readProblem(status, body);
  const errors: FormErrors<AnalysisField> = { byField: {}, other: [] };
  for (const { field, message } of problem.fieldProblems) {
    if (isAnalysisField(field)) errors.byField[field] ??= message;
    else errors.other.push(message);
  }
  if (problem.fieldProblems.length === 0) errors.other.push(problem.message ?? fallback);
  return errors;
}
