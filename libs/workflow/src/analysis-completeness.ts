// What a submitted analysis must contain: a verdict on every cause area, an explanation wherever a cause
// area plays a role, a root-cause summary and a proposed handling option. Drafts may lack any of it.
import { CAUSE_AREAS, HANDLING_OPTIONS, type CauseArea } from './vocabulary';

export interface AnalysisContent {
  causeAreas: Record<CauseArea, { playsRole: boolean | null; explanation: string }>;
  rootCauseSummary: string;
  recommendations: string;
  proposedHandlingOption: string | null;
}

export type MissingReason = 'verdict' | 'explanation' | 'required';

export interface MissingField {
  /** The request field, e.g. `causeAreas.funding.explanation`. */
  field: string;
  reason: MissingReason;
}

/** Every field a submission still lacks, in the order of the form; empty when it may be submitted. */
export function missingForSubmission(content: AnalysisContent): MissingField[] {
  const missing: MissingField[] = [];
  for (const area of CAUSE_AREAS) {
    const finding = content.causeAreas[area];
    if (finding.playsRole === null) {
      missing.push({ field: `causeAreas.${area}.playsRole`, reason: 'verdict' });
    } else if (finding.playsRole && finding.explanation.trim() === '') {
      missing.push({ field: `causeAreas.${area}.explanation`, reason: 'explanation' });
    }
  }
  if (content.rootCauseSummary.trim() === '') missing.push({ field: 'rootCauseSummary', reason: 'required' });
  if (!(HANDLING_OPTIONS as readonly (string | null)[]).includes(content.proposedHandlingOption)) {
    missing.push({ field: 'proposedHandlingOption', reason: 'required' });
  }
  return missing;
}
