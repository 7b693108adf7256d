// Candidate generation over the GIN index on the stored search_vector. The query's most telling
// features are ORed and their matches ranked by the rarity of what they share; the rows this touches
// are bounded by a budget. Features too common for that are only used in pairs, as a fallback over
// the most recent signals that stops at the first matches instead of ranking them all.
import type { EntityManager } from 'typeorm';
import type { Domain } from '@app/workflow';

export interface CandidateTerm {
  query: string;
  weight: number;
}

/** A feature as a candidate-generation term: its weight and how many rows it may match. */
export interface TermChoice extends CandidateTerm {
  /** Matching rows at most (an estimate for very common terms). */
  upperBound: number;
}

export interface CandidatePlan {
  /** ORed and ranked; together they match at most the row budget. */
  ranked: CandidateTerm[];
  /** Pairs of common features (both must match), used only when `ranked` finds too few rows. */
  fallback: CandidateTerm[];
}

export interface CandidateRow {
  id: string;
  caseId: string | null;
  domains: Domain[];
  vector: string;
  /** pg_trgm similarity of the candidate's title to the query's title, in [0, 1]. */
  titleSimilarity: number;
}

/** Common features are tried in pairs among this many of the strongest. */
const PAIR_SOURCES = 5;

export function planCandidateTerms(
  choices: readonly TermChoice[],
  totalRows: number,
  rowBudget: number,
): CandidatePlan {
  const ordered = [...choices].filter((choice) => choice.weight > 0).sort((a, b) => b.weight - a.weight);
  if (totalRows <= rowBudget)
    return { ranked: ordered.map(({ query, weight }) => ({ query, weight })), fallback: [] };
  const ranked: CandidateTerm[] = [];
  const common: TermChoice[] = [];
  let budget = rowBudget;
  for (const choice of ordered) {
    if (choice.upperBound <= budget) {
      budget -= choice.upperBound;
      ranked.push({ query: choice.query, weight: choice.weight });
    } else if (common.length < PAIR_SOURCES) {
      common.push(choice);
    }
  }
  const fallback: CandidateTerm[] = [];
  for (let i = 0; i < common.length; i += 1) {
    for (let j = i + 1; j < common.length; j += 1) {
      fallback.push({
        query: `(${common[i].query}) & (${common[j].query})`,
        weight: common[i].weight + common[j].weight,
      });
    }
  }
  return { ranked, fallback };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  case_id: string | null;
  domains: Domain[];
  vector: string;
  title_similarity: number;
}

/** Titles spelled alike (pg_trgm, GIN index on title) join the pool: a net for words the stemmer splits apart. */
const TITLE_NEIGHBOURS = 20;

const anyOf = (terms: readonly CandidateTerm[]): string => terms.map((term) => `(${term.query})`).join(' | ');

export async function fetchCandidates(
  db: EntityManager,
  plan: CandidatePlan,
  title: string,
  excludeSignalId: string | undefined,
  poolSize: number,
  fallbackWindow: number,
): Promise<CandidateRow[]> {
  // An id that is not a uuid cannot name a stored signal, so there is nothing to exclude.
  const exclude = excludeSignalId && UUID.test(excludeSignalId) ? excludeSignalId : null;
  const rows: Row[] = [];
  if (plan.ranked.length > 0) {
    rows.push(
      ...((await db.query(
        `SELECT s.id, s.case_id, s.domains, s.search_vector::text AS vector, similarity(s.title, $6) AS title_similarity
           FROM signals s
          WHERE s.search_vector @@ $1::tsquery
            AND ($2::uuid IS NULL OR s.id <> $2::uuid)
          ORDER BY (SELECT sum(t.w) FROM unnest($3::tsquery[], $4::float8[]) AS t(q, w) WHERE s.search_vector @@ t.q) DESC,
                   s.created_at DESC, s.id
          LIMIT $5`,
        [
          anyOf(plan.ranked),
          exclude,
          plan.ranked.map((term) => term.query),
          plan.ranked.map((term) => term.weight),
          poolSize,
          title,
        ],
      )) as Row[]),
    );
  }
  if (rows.length < poolSize && plan.fallback.length > 0) {
    // Only the most recent signals, and no ranking: bounded work however common the pairs are.
    rows.push(
      ...((await db.query(
        `SELECT r.id, r.case_id, r.domains, r.search_vector::text AS vector, similarity(r.title, $6) AS title_similarity
           FROM (SELECT s.id, s.case_id, s.domains, s.search_vector, s.title
                   FROM signals s
                  ORDER BY s.created_at DESC
                  LIMIT $5) AS r
          WHERE r.search_vector @@ $1::tsquery
            AND ($2::uuid IS NULL OR r.id <> $2::uuid)
            AND r.id <> ALL($3::uuid[])
          LIMIT $4`,
        [
          anyOf(plan.fallback),
          exclude,
          rows.map((row) => row.id),
          poolSize - rows.length,
          fallbackWindow,
          title,
        ],
      )) as Row[]),
    );
  }
  if (title.trim() !== '') {
    rows.push(
      ...((await db.query(
        `SELECT s.id, s.case_id, s.domains, s.search_vector::text AS vector, similarity(s.title, $1) AS title_similarity
           FROM signals s
          WHERE s.title % $1
            AND ($2::uuid IS NULL OR s.id <> $2::uuid)
            AND s.id <> ALL($3::uuid[])
          ORDER BY s.title <-> $1
          LIMIT $4`,
        [title, exclude, rows.map((row) => row.id), TITLE_NEIGHBOURS],
      )) as Row[]),
    );
  }
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    domains: row.domains,
    vector: row.vector,
    titleSimilarity: Number(row.title_similarity) || 0,
  }));
}
