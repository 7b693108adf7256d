// The knobs of the similar-signal search in one place. The values were chosen by leave-one-out runs
// over the practice signals (scripts/similarity-measure.ts), not on the held-out probes.
import type { ScoreCalibration } from './similarity-scorer';
import type { FeatureWeights } from './text-features';

export interface SimilaritySettings {
  features: FeatureWeights;
  /** Document frequency assumed for a candidate's words the query does not share (only their norm). */
  unknownDocumentFrequency: number;
  /** Share of the final score that comes from domain overlap. */
  domainShare: number;
  /** Share that comes from pg_trgm similarity of the titles; the rest is text similarity. */
  titleTrigramShare: number;
  /**
   * Logistic calibration of the combined score, fitted on leave-one-out pairs of the practice signals
   * (`npm run similarity:measure -- --calibrate`); null reports the uncalibrated score.
   */
  calibration: ScoreCalibration | null;
  /** Candidates fetched from the index and reranked. */
  poolSize: number;
  /** At most this many query features are looked up in the index. */
  maxQueryFeatures: number;
  /** Candidate generation skips features whose matches would push the total past this many rows. */
  candidateRowBudget: number;
  /** When rare features find too few candidates, common ones are tried on this many recent signals. */
  fallbackWindow: number;
  /** Document counts above this are not counted exactly; planner statistics estimate them. */
  countCap: number;
}

export const DEFAULT_SIMILARITY_SETTINGS: SimilaritySettings = {
  features: { title: 1.5, compoundPart: 0.5, concept: 1, broaderConcept: 0.4 },
  unknownDocumentFrequency: 4,
  domainShare: 0.1,
  titleTrigramShare: 0.05,
  calibration: { slope: 20.8, intercept: -5.75 },
  poolSize: 200,
  maxQueryFeatures: 48,
  candidateRowBudget: 4_000,
  fallbackWindow: 10_000,
  countCap: 200,
};
