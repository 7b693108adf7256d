// The lexicon in stemmed form, built once per process with Postgres' own 'dutch' stemmer so that its
// terms match the stored search_vector exactly.
import type { EntityManager } from 'typeorm';
import { COMPOUND_PARTS, LEXICON_CONCEPTS } from './dutch-lexicon';
import { parseTsvectorText, quoteLexeme } from './tsvector-text.parser';

/** One way of naming a concept, as a sequence of stems. */
export interface ConceptVariant {
  conceptId: string;
  stems: readonly string[];
}

export interface LexiconIndex {
  /** Variants keyed by their first stem, longest first. */
  variantsByFirstStem: ReadonlyMap<string, readonly ConceptVariant[]>;
  /** Concepts named by a single stem, for compound parts ("privacy" in "privacyregels"). */
  conceptsBySingleStem: ReadonlyMap<string, readonly string[]>;
  /** The single-stem variants of each concept: a concept is at least as common as each of them. */
  singleStemsByConcept: ReadonlyMap<string, readonly string[]>;
  broader: ReadonlyMap<string, readonly string[]>;
  /** A tsquery per concept that matches any of its variants (stems ANDed, variants ORed). */
  conceptQueries: ReadonlyMap<string, string>;
  /** Known compound parts: plain and stemmed spellings, each mapped to its stem. */
  compoundParts: ReadonlyMap<string, string>;
}

/** Stems a batch of texts with the 'dutch' configuration, in order. */
export async function analyseTexts(db: EntityManager, texts: readonly string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const rows: Array<{ vector: string }> = await db.query(
    `SELECT to_tsvector('dutch', t)::text AS vector FROM unnest($1::text[]) WITH ORDINALITY AS u(t, ord) ORDER BY ord`,
    [texts],
  );
  return rows.map((row) => row.vector);
}

export function buildLexiconIndex(termVectors: ReadonlyMap<string, string>): LexiconIndex {
  const stemsOf = (term: string): string[] =>
    parseTsvectorText(termVectors.get(term) ?? '')
      .map((token) => token.lexeme)
      // Hyphenated words also yield their parts; the parts alone are the sequence we match.
      .filter((lexeme, _i, all) => !lexeme.includes('-') || all.length === 1);

  const variantsByFirstStem = new Map<string, ConceptVariant[]>();
  const conceptsBySingleStem = new Map<string, string[]>();
  const broader = new Map<string, readonly string[]>();
  const conceptQueries = new Map<string, string>();
  const compoundParts = new Map<string, string>();

  for (const concept of LEXICON_CONCEPTS) {
    if (concept.broader) broader.set(concept.id, concept.broader);
    const alternatives = new Set<string>();
    for (const term of concept.terms) {
      const stems = stemsOf(term);
      const words = term.split(/\s+/).length;
      // A phrase that loses all but one word to the stop-word list ("voor de klas" -> "klas") would
      // match far too much; such phrases are left out.
      if (stems.length === 0 || (words > 1 && stems.length < 2)) continue;
      const variant: ConceptVariant = { conceptId: concept.id, stems };
      const list = variantsByFirstStem.get(stems[0]) ?? [];
      if (!list.some((v) => v.conceptId === concept.id && v.stems.join(' ') === stems.join(' ')))
        list.push(variant);
      variantsByFirstStem.set(stems[0], list);
      alternatives.add(
        stems.length === 1 ? quoteLexeme(stems[0]) : `(${stems.map(quoteLexeme).join(' & ')})`,
      );
      if (stems.length === 1) {
        const concepts = conceptsBySingleStem.get(stems[0]) ?? [];
        if (!concepts.includes(concept.id)) concepts.push(concept.id);
        conceptsBySingleStem.set(stems[0], concepts);
        if (words === 1 && stems[0].length >= 3) {
          compoundParts.set(stems[0], stems[0]);
          compoundParts.set(term.toLowerCase(), stems[0]);
        }
      }
    }
    if (alternatives.size > 0) conceptQueries.set(concept.id, [...alternatives].join(' | '));
  }
  for (const list of variantsByFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const singleStemsByConcept = new Map<string, string[]>();
  for (const [stem, concepts] of conceptsBySingleStem) {
    for (const conceptId of concepts)
      singleStemsByConcept.set(conceptId, [...(singleStemsByConcept.get(conceptId) ?? []), stem]);
  }
  for (const part of COMPOUND_PARTS) {
    const stems = stemsOf(part);
    if (stems.length !== 1) continue;
    compoundParts.set(stems[0], stems[0]);
    compoundParts.set(part, stems[0]);
  }
  return {
    variantsByFirstStem,
    conceptsBySingleStem,
    singleStemsByConcept,
    broader,
    conceptQueries,
    compoundParts,
  };
}

export function lexiconTerms(): string[] {
  return [...new Set([...LEXICON_CONCEPTS.flatMap((concept) => concept.terms), ...COMPOUND_PARTS])];
}

let cached: Promise<LexiconIndex> | null = null;

/** The index, stemmed on first use; the stemmer is Postgres', which every database here shares. */
export function loadLexiconIndex(db: EntityManager): Promise<LexiconIndex> {
  if (!cached) {
    const terms = lexiconTerms();
    cached = analyseTexts(db, terms).then(
      (vectors) => buildLexiconIndex(new Map(terms.map((term, i) => [term, vectors[i]]))),
      (error: unknown) => {
        cached = null;
        throw error;
      },
    );
  }
  return cached;
}
