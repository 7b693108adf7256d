// Reranks the fetched candidates against the query and keeps one suggestion per case.
import type { Domain } from '@app/workflow';
import type { SimilarSuggestion } from '@app/persistence';
import type { CandidateRow } from './candidate-query';
import type { LexiconIndex } from './lexicon-index';
import type { SimilaritySettings } from './similarity-settings';
import {
  combineScores,
  cosineSimilarity,
  domainOverlap,
  reportedScore,
  weighVector,
  type RarityModel,
} from './similarity-scorer';
import { FeatureExtractor } from './text-features';
import { parseTsvectorText, type StemToken } from './tsvector-text.parser';

export interface RankingInput {
  queryTokens: readonly StemToken[];
  domains: readonly Domain[];
  candidates: readonly CandidateRow[];
  index: LexiconIndex;
  rarity: RarityModel;
  settings: SimilaritySettings;
}

interface Best {
  signalId: string;
  caseId: string | null;
  combined: number;
}

export function rankSuggestions(input: RankingInput, limit: number): SimilarSuggestion[] {
  const { queryTokens, domains, candidates, index, rarity, settings } = input;
  const candidateTokens = candidates.map((candidate) => parseTsvectorText(candidate.vector));
  // Each side splits its compounds with the other side's words too ("privacyregel" meets "regel").
  const queryLexemes = new Set(queryTokens.map((token) => token.lexeme));
  const poolLexemes = new Set<string>();
  for (const tokens of candidateTokens) for (const token of tokens) poolLexemes.add(token.lexeme);
  const queryVector = weighVector(
    new FeatureExtractor(index, settings.features, poolLexemes).extract(queryTokens),
    rarity,
  );
  const candidateFeatures = new FeatureExtractor(index, settings.features, queryLexemes);

  const best = new Map<string, Best>();
  candidates.forEach((candidate, i) => {
    const text = cosineSimilarity(
      queryVector,
      weighVector(candidateFeatures.extract(candidateTokens[i]), rarity),
    );
    if (text <= 0) return;
    const combined = combineScores(
      text,
      domainOverlap(domains, candidate.domains),
      candidate.titleSimilarity,
      settings,
    );
    // One entry per case: its best-scoring signal. Signals without a case stand alone.
    const group = candidate.caseId ?? `signal:${candidate.id}`;
    const current = best.get(group);
    if (
      !current ||
      combined > current.combined ||
      (combined === current.combined && candidate.id < current.signalId)
    ) {
      best.set(group, { signalId: candidate.id, caseId: candidate.caseId, combined });
    }
  });
  return [...best.values()]
    .sort((a, b) => b.combined - a.combined || a.signalId.localeCompare(b.signalId))
    .slice(0, Math.floor(limit))
    .map(({ signalId, caseId, combined }) => ({
      signalId,
      caseId,
      score: reportedScore(combined, settings.calibration),
    }));
}
