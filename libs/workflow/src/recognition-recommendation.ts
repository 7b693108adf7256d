// What the recognition check (step 3) recommends, from the tally of answers and the thresholds an
// admin set. Pure: the worker gathers the numbers, this decides, and the numbers are stored with it.
import type { RecognitionRecommendation } from './vocabulary';

export interface RecognitionThresholds {
  /** Fewer respondents than this can never be "broadly recognised". */
  minRespondents: number;
  /** Share of respondents who recognise it fully or partly, for "broad". */
  broadShare: number;
  /** Distinct domains and regions among those who recognise it, for "broad". */
  broadMinDomains: number;
  broadMinRegions: number;
  /** Share recognising for "partly recognised"; below it the bottleneck looks isolated. */
  partialShare: number;
}

export const DEFAULT_RECOGNITION_THRESHOLDS: RecognitionThresholds = {
  minRespondents: 5,
  broadShare: 0.6,
  broadMinDomains: 2,
  broadMinRegions: 2,
  partialShare: 0.3,
};

export interface RecognitionBreadth {
  respondents: number;
  /** Respondents who answered recognised or partly. */
  recognising: number;
  domainsRecognising: number;
  regionsRecognising: number;
}

export function shareRecognising(breadth: RecognitionBreadth): number {
  return breadth.respondents === 0 ? 0 : breadth.recognising / breadth.respondents;
}

export function recommendRecognition(
  breadth: RecognitionBreadth,
  thresholds: RecognitionThresholds,
): RecognitionRecommendation {
  const share = shareRecognising(breadth);
  if (
    breadth.respondents >= thresholds.minRespondents &&
    share >= thresholds.broadShare &&
    breadth.domainsRecognising >= thresholds.broadMinDomains &&
    breadth.regionsRecognising >= thresholds.broadMinRegions
  ) {
    return 'broad';
  }
  return breadth.recognising > 0 && share >= thresholds.partialShare ? 'partial' : 'isolated';
}

/** Every problem with a set of thresholds at once; empty when they can be used. */
export function thresholdProblems(t: RecognitionThresholds): string[] {
  const problems: string[] = [];
  if (t.partialShare > t.broadShare) problems.push('partialShare must not exceed broadShare');
  return problems;
}
