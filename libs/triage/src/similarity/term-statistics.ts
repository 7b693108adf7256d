// How many signals contain a term: rare terms are counted through the GIN index (stopping at a cap),
// common ones are taken from the planner's statistics for the tsvector column, so a term that matches
// nearly every row never costs a scan.
import type { EntityManager } from 'typeorm';

/** A feature as something the index can answer: a tsquery, plus the single lexemes it ORs over. */
export interface TermUnit {
  key: string;
  query: string;
  lexemes: readonly string[];
}

export interface TermFrequency {
  /** Estimated number of signals containing the term, for weighting. */
  documents: number;
  /** A safe upper bound, for deciding whether the index may be asked for all its matches. */
  upperBound: number;
}

export interface TermStatistics {
  total: number;
  frequencies: Map<string, TermFrequency>;
}

function alternativesOf(unit: TermUnit): number {
  return unit.query.split(' | ').length;
}

/** Below this many rows the table is counted outright; above it the planner's estimate serves. */
const EXACT_TOTAL_LIMIT = 50_000;

interface PlannerRow {
  reltuples: number | null;
  min_freq: number | null;
  elems: string[] | null;
  freqs: number[] | null;
}

async function plannerStatistics(
  db: EntityManager,
  lexemes: readonly string[],
): Promise<{ total: number; minFrequency: number | null; frequency: Map<string, number> }> {
  const rows: PlannerRow[] = await db.query(
    `SELECT c.reltuples::float8 AS reltuples,
            s.most_common_elem_freqs[cardinality(s.most_common_elems::text::text[]) + 1]::float8 AS min_freq,
            ARRAY(SELECT e FROM unnest(s.most_common_elems::text::text[]) AS e WHERE e = ANY($1::text[])) AS elems,
            ARRAY(SELECT f::float8 FROM unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS x(e, f)
                  WHERE x.e = ANY($1::text[])) AS freqs
       FROM pg_class c
       LEFT JOIN pg_stats s
         ON s.schemaname = current_schema() AND s.tablename = 'signals' AND s.attname = 'search_vector'
      WHERE c.oid = 'signals'::regclass`,
    [lexemes],
  );
  const row = rows[0];
  const frequency = new Map<string, number>();
  (row?.elems ?? []).forEach((elem, i) => frequency.set(elem, row?.freqs?.[i] ?? 0));
  let total = Math.max(0, Math.round(row?.reltuples ?? 0));
  if (total < EXACT_TOTAL_LIMIT) {
    // Small or never analysed: an exact count is cheap and keeps results deterministic.
    const counted: Array<{ n: number }> = await db.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM signals LIMIT $1) AS rows`,
      [EXACT_TOTAL_LIMIT],
    );
    total = Math.max(total, counted[0]?.n ?? 0);
  }
  return { total, minFrequency: row?.min_freq ?? null, frequency };
}

export async function loadTermStatistics(
  db: EntityManager,
  units: readonly TermUnit[],
  countCap: number,
): Promise<TermStatistics> {
  const lexemes = [...new Set(units.flatMap((unit) => unit.lexemes))];
  const planner = await plannerStatistics(db, lexemes);
  const total = planner.total;
  const frequencies = new Map<string, TermFrequency>();

  const toCount: TermUnit[] = [];
  for (const unit of units) {
    const known = Math.max(0, ...unit.lexemes.map((lexeme) => (planner.frequency.get(lexeme) ?? 0) * total));
    if (known < countCap) {
      toCount.push(unit);
      continue;
    }
    // The planner samples rows, so its figure is an estimate; a concept ORs several terms and may
    // match many more rows than its most common one.
    const single = alternativesOf(unit) === 1;
    frequencies.set(unit.key, {
      documents: known,
      upperBound: single ? Math.min(total, 1.25 * known) : total,
    });
  }
  if (toCount.length > 0) {
    const rows: Array<{ ord: number; hits: number }> = await db.query(
      `SELECT u.ord::int AS ord,
              (SELECT count(*) FROM (SELECT 1 FROM signals s WHERE s.search_vector @@ u.q LIMIT $2) AS hit)::int AS hits
         FROM unnest($1::tsquery[]) WITH ORDINALITY AS u(q, ord)`,
      [toCount.map((unit) => unit.query), countCap],
    );
    for (const row of rows) {
      const unit = toCount[row.ord - 1];
      if (row.hits < countCap) {
        frequencies.set(unit.key, { documents: row.hits, upperBound: row.hits });
        continue;
      }
      // More than the cap: below the rarest common term if the planner lists common terms at all.
      const ceiling =
        planner.minFrequency !== null
          ? Math.min(total, Math.max(countCap, planner.minFrequency * total) * alternativesOf(unit))
          : total;
      frequencies.set(unit.key, { documents: Math.sqrt(countCap * ceiling), upperBound: ceiling });
    }
  }
  return { total, frequencies };
}
