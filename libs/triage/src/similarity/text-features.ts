// Turns a stemmed text into weighted features: its words, the known parts of its compound words, and
// the lexicon concepts it names. Weights here are term frequencies; rarity is applied when scoring.
import type { LexiconIndex } from './lexicon-index';
import type { StemToken } from './tsvector-text.parser';

/** Feature key -> weight. Keys are `w:<stem>` for words and `c:<concept id>` for concepts. */
export type FeatureVector = Map<string, number>;

export interface FeatureWeights {
  /** A title word counts this many times a description word. */
  title: number;
  /** A known part of a compound, relative to the word itself. */
  compoundPart: number;
  /** A concept, relative to a word. */
  concept: number;
  /** A broader concept (BSO -> kinderopvang), relative to a word. */
  broaderConcept: number;
}

/** Words further apart than this (stop words in between) do not form a phrase. */
const MAX_PHRASE_GAP = 3;
const MIN_COMPOUND_LENGTH = 7;
const MIN_PART_LENGTH = 3;
/** Parts found only through the other text's words must be longer, to avoid chance overlaps. */
const MIN_BORROWED_PART_LENGTH = 4;
/** Dutch links compound parts with -s- or -e(n)- ("personeelstekort" has none, "lerarentekort" -en-). */
const LINKING_ENDINGS = ['s', 'e', 'en', '-'];
const NO_PARTS: readonly string[] = [];

export function wordKey(stem: string): string {
  return `w:${stem}`;
}

export function conceptKey(conceptId: string): string {
  return `c:${conceptId}`;
}

function add(vector: FeatureVector, key: string, weight: number): void {
  vector.set(key, (vector.get(key) ?? 0) + weight);
}

/** Every head and tail of `stem` that `lookup` knows, as the stems it maps them to. */
function splitCompound(
  stem: string,
  minPart: number,
  lookup: (piece: string) => string | undefined,
): string[] {
  const parts: string[] = [];
  const keep = (part: string | undefined): void => {
    if (part !== undefined && part !== stem && !parts.includes(part)) parts.push(part);
  };
  for (let cut = minPart; cut <= stem.length - MIN_PART_LENGTH; cut += 1) {
    keep(lookup(stem.slice(cut)));
    const head = stem.slice(0, cut);
    let headPart = lookup(head);
    for (let e = 0; headPart === undefined && e < LINKING_ENDINGS.length; e += 1) {
      const ending = LINKING_ENDINGS[e];
      if (head.length - ending.length >= minPart && head.endsWith(ending)) {
        headPart = lookup(head.slice(0, -ending.length));
      }
    }
    keep(headPart);
  }
  return parts;
}

/** Static splits depend only on the lexicon, so they are remembered across searches (bounded). */
const staticSplitCache = new WeakMap<LexiconIndex, Map<string, readonly string[]>>();
const STATIC_SPLIT_CACHE_SIZE = 50_000;

function staticParts(stem: string, index: LexiconIndex): readonly string[] {
  let cache = staticSplitCache.get(index);
  if (!cache) {
    cache = new Map();
    staticSplitCache.set(index, cache);
  }
  const cached = cache.get(stem);
  if (cached) return cached;
  const parts = splitCompound(stem, MIN_PART_LENGTH, (piece) => index.compoundParts.get(piece));
  if (cache.size >= STATIC_SPLIT_CACHE_SIZE) cache.clear();
  const result = parts.length === 0 ? NO_PARTS : parts;
  cache.set(stem, result);
  return result;
}

/**
 * Extracts features for one search. `borrowed` holds the other side's stems, so "privacyregel" here
 * meets "regel" there even when neither is in the lexicon; splits are remembered for the search.
 */
export class FeatureExtractor {
  private readonly borrowedSplits = new Map<string, readonly string[]>();

  constructor(
    private readonly index: LexiconIndex,
    private readonly weights: FeatureWeights,
    private readonly borrowed: ReadonlySet<string> = new Set(),
  ) {}

  compoundParts(stem: string): readonly string[] {
    if (stem.length < MIN_COMPOUND_LENGTH || stem.includes('-')) return NO_PARTS;
    const known = staticParts(stem, this.index);
    if (this.borrowed.size === 0) return known;
    let extra = this.borrowedSplits.get(stem);
    if (!extra) {
      const parts = splitCompound(stem, MIN_BORROWED_PART_LENGTH, (piece) =>
        this.borrowed.has(piece) ? piece : undefined,
      );
      extra = parts.length === 0 ? NO_PARTS : parts;
      this.borrowedSplits.set(stem, extra);
    }
    if (extra.length === 0) return known;
    return [...new Set([...known, ...extra])];
  }

  extract(tokens: readonly StemToken[]): FeatureVector {
    const { index, weights } = this;
    const counts: FeatureVector = new Map();
    const addConcept = (conceptId: string, weight: number): void => {
      add(counts, conceptKey(conceptId), weight * weights.concept);
      for (const broader of index.broader.get(conceptId) ?? NO_PARTS) {
        add(counts, conceptKey(broader), weight * weights.broaderConcept);
      }
    };
    // A concept named twice at the same place ("integraal kindcentrum" and "kindcentrum") counts once.
    const coveredUntil = new Map<string, number>();

    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i];
      const occurrence = token.title ? weights.title : 1;
      const lexeme = token.lexeme;
      if (lexeme.length < 2 && !/\d/.test(lexeme)) continue;
      if (!lexeme.includes('-')) add(counts, wordKey(lexeme), occurrence);

      for (const part of this.compoundParts(lexeme)) {
        add(counts, wordKey(part), occurrence * weights.compoundPart);
        for (const conceptId of index.conceptsBySingleStem.get(part) ?? NO_PARTS) {
          addConcept(conceptId, occurrence * weights.compoundPart);
        }
      }

      for (const variant of index.variantsByFirstStem.get(lexeme) ?? []) {
        if ((coveredUntil.get(variant.conceptId) ?? -1) >= token.position) continue;
        const end = matchesAt(tokens, i, variant.stems);
        if (end === null) continue;
        coveredUntil.set(variant.conceptId, tokens[end].position);
        addConcept(variant.conceptId, occurrence);
      }
    }

    // Sublinear: the fifth "school" says less than the first.
    for (const [key, count] of counts) if (count > 1) counts.set(key, 1 + Math.log(count));
    return counts;
  }
}

function matchesAt(tokens: readonly StemToken[], start: number, stems: readonly string[]): number | null {
  let at = start;
  for (let k = 1; k < stems.length; k += 1) {
    let next = at + 1;
    while (next < tokens.length && tokens[next].position === tokens[at].position) next += 1;
    let found = -1;
    for (
      let j = next;
      j < tokens.length && tokens[j].position - tokens[at].position <= MAX_PHRASE_GAP;
      j += 1
    ) {
      if (tokens[j].lexeme === stems[k]) {
        found = j;
        break;
      }
    }
    if (found < 0) return null;
    at = found;
  }
  return at;
}
