// Suggests earlier signals (or their cases) that are about the same bottleneck as a new text.
// Candidates come from the GIN index on the stored search_vector (bounded, rare terms first); they are
// then reranked in memory on words, compound parts and lexicon concepts weighted by rarity.
import type { EntityManager } from 'typeorm';
import type { Domain } from '@app/workflow';
import type { SimilarSuggestion } from '@app/persistence';
import { fetchCandidates, planCandidateTerms } from './similarity/candidate-query';
import { loadLexiconIndex, type LexiconIndex } from './similarity/lexicon-index';
import { DEFAULT_SIMILARITY_SETTINGS, type SimilaritySettings } from './similarity/similarity-settings';
import { rarityModel } from './similarity/similarity-scorer';
import { rankSuggestions } from './similarity/suggestion-ranking';
import { loadTermStatistics, type TermUnit } from './similarity/term-statistics';
import { FeatureExtractor, type FeatureVector } from './similarity/text-features';
import { parseTsvectorText, quoteLexeme } from './similarity/tsvector-text.parser';

export interface SimilarityQuery {
  excludeSignalId?: string;
  title: string;
  description: string;
  domains: Domain[];
}

/** Text typed into a form can be anything; more than this says nothing more about the bottleneck. */
const MAX_TEXT_LENGTH = 20_000;

export async function findSimilarSignals(
  db: EntityManager,
  query: SimilarityQuery,
  limit = 5,
): Promise<SimilarSuggestion[]> {
  return searchSimilarSignals(db, query, limit, DEFAULT_SIMILARITY_SETTINGS);
}

function cleanText(text: unknown): string {
  // Postgres text cannot hold NUL characters.
  return typeof text === 'string'
    ? text.split(String.fromCharCode(0)).join(' ').slice(0, MAX_TEXT_LENGTH)
    : '';
}

function termUnit(key: string, index: LexiconIndex): TermUnit | null {
  if (key.startsWith('w:')) {
    const lexeme = key.slice(2);
    return { key, query: quoteLexeme(lexeme), lexemes: [lexeme] };
  }
  const conceptId = key.slice(2);
  const query = index.conceptQueries.get(conceptId);
  return query ? { key, query, lexemes: index.singleStemsByConcept.get(conceptId) ?? [] } : null;
}

/** The query's strongest features, title words first when a long text must be cut. */
function strongestFeatures(vector: FeatureVector, max: number): string[] {
  return [...vector.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([key]) => key);
}

/** The same search with explicit settings; the measurement script uses it to compare choices. */
export async function searchSimilarSignals(
  db: EntityManager,
  query: SimilarityQuery,
  limit: number,
  settings: SimilaritySettings,
): Promise<SimilarSuggestion[]> {
  if (!Number.isFinite(limit) || limit < 1) return [];
  const title = cleanText(query.title);
  const description = cleanText(query.description);
  if (title.trim() === '' && description.trim() === '') return [];
  const domains = Array.isArray(query.domains) ? query.domains : [];

  const index = await loadLexiconIndex(db);
  const analysed: Array<{ vector: string }> = await db.query(
    `SELECT (setweight(to_tsvector('dutch', $1), 'A') || setweight(to_tsvector('dutch', $2), 'B'))::text AS vector`,
    [title, description],
  );
  const queryTokens = parseTsvectorText(analysed[0]?.vector ?? '');
  if (queryTokens.length === 0) return [];

  const initial = new FeatureExtractor(index, settings.features).extract(queryTokens);
  const units = strongestFeatures(initial, settings.maxQueryFeatures)
    .map((key) => termUnit(key, index))
    .filter((unit): unit is TermUnit => unit !== null);
  const statistics = await loadTermStatistics(db, units, settings.countCap);
  const documentFrequency = new Map([...statistics.frequencies].map(([key, f]) => [key, f.documents]));
  const rarity = rarityModel(statistics.total, documentFrequency, settings.unknownDocumentFrequency);

  const plan = planCandidateTerms(
    units.map((unit) => ({
      query: unit.query,
      weight: (initial.get(unit.key) ?? 0) * rarity.weightOf(unit.key),
      upperBound: statistics.frequencies.get(unit.key)?.upperBound ?? statistics.total,
    })),
    statistics.total,
    settings.candidateRowBudget,
  );
  const candidates = await fetchCandidates(
    db,
    plan,
    title,
    query.excludeSignalId,
    settings.poolSize,
    settings.fallbackWindow,
  );
  if (candidates.length === 0) return [];

  return rankSuggestions({ queryTokens, domains, candidates, index, rarity, settings }, limit);
}
