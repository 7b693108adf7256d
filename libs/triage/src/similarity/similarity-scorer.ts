// Scores a candidate against the query: cosine similarity of rarity-weighted feature vectors, plus a
// small share for overlapping domains, then calibrated (a logistic curve fitted on the practice
// signals) so that the score reads as the chance that both are about the same bottleneck.
import type { Domain } from '@app/workflow';
import type { FeatureVector } from './text-features';

export interface RarityModel {
  /** Weight of a feature by how rare it is among all signals. */
  weightOf(key: string): number;
}

/** Inverse document frequency; features whose frequency is unknown are treated as rare. */
export function rarityModel(
  total: number,
  documentFrequency: ReadonlyMap<string, number>,
  unknownFrequency: number,
): RarityModel {
  const idf = (df: number): number => Math.max(0, Math.log((total + 1) / (df + 0.5)));
  const unknown = idf(unknownFrequency);
  return {
    weightOf: (key) => {
      const df = documentFrequency.get(key);
      return df === undefined ? unknown : idf(df);
    },
  };
}

export interface WeightedVector {
  weights: Map<string, number>;
  norm: number;
}

export function weighVector(vector: FeatureVector, rarity: RarityModel): WeightedVector {
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [key, tf] of vector) {
    const weight = tf * rarity.weightOf(key);
    if (weight <= 0) continue;
    weights.set(key, weight);
    sum += weight * weight;
  }
  return { weights, norm: Math.sqrt(sum) };
}

export function cosineSimilarity(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, weight] of small.weights) dot += weight * (large.weights.get(key) ?? 0);
  return Math.min(1, dot / (a.norm * b.norm));
}

/** Shared domains over all domains named; 0 when either side names none. */
export function domainOverlap(a: readonly Domain[], b: readonly Domain[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const domain of left) if (right.has(domain)) shared += 1;
  return shared / new Set([...left, ...right]).size;
}

export interface ScoreShares {
  /** Share of domain overlap. */
  domainShare: number;
  /** Share of pg_trgm title similarity (spelling-level likeness of the titles). */
  titleTrigramShare: number;
}

/** Text similarity with small shares of domain overlap and title trigram similarity, in [0, 1]. */
export function combineScores(
  text: number,
  domains: number,
  titleTrigram: number,
  shares: ScoreShares,
): number {
  const textShare = 1 - shares.domainShare - shares.titleTrigramShare;
  const combined = textShare * text + shares.domainShare * domains + shares.titleTrigramShare * titleTrigram;
  return Math.min(1, Math.max(0, combined));
}

/** Maps a combined score to the chance that both signals are about the same bottleneck. */
export interface ScoreCalibration {
  slope: number;
  intercept: number;
}

/** The reported score: calibrated when a calibration is given, rounded to 3 decimals. */
export function reportedScore(combined: number, calibration: ScoreCalibration | null): number {
  const score = calibration
    ? 1 / (1 + Math.exp(-(calibration.slope * combined + calibration.intercept)))
    : combined;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
