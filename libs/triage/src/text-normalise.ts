// Normalised Dutch text and lexicon patterns matched against it, shared by the triage classifiers.

/** Lower case without accents or apostrophes, so "Coördinator", "IB'er" and "één" match "coordinator", "iber", "een". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´']/g, '');
}

/** The words of a text after normalisation; hyphens split, so "jeugd-ggz" gives "jeugd" and "ggz". */
export function tokenise(text: string): string[] {
  return normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One word of a lexicon pattern. Dutch glues nouns into compounds (basisschool, jeugdhulpverlener,
 * kinderopvangtoeslag), so a stem must be able to match inside a word, not only as a whole word.
 */
type WordMatcher = (token: string) => boolean;

/**
 * A lexicon pattern: words separated by spaces that must occur in a row. Per word: `bso` the exact word,
 * `school*` a word starting with it, `*school` a word ending with it (basisschool), `*opvang*` anywhere in
 * a word. `except` lists whole words that look like a match but mean something else ("zorgen": worries).
 */
export interface LexiconPattern {
  pattern: string;
  weight: number;
  except?: readonly string[];
}

export interface CompiledPattern {
  source: LexiconPattern;
  words: readonly WordMatcher[];
}

export function compilePattern(source: LexiconPattern): CompiledPattern {
  const excluded = new Set(source.except ?? []);
  const words = normaliseText(source.pattern)
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word): WordMatcher => {
      const stem = word.replace(/\*/g, '');
      const open = word.startsWith('*');
      const close = word.endsWith('*');
      const matches: WordMatcher =
        open && close
          ? (token) => token.includes(stem)
          : open
            ? (token) => token.endsWith(stem)
            : close
              ? (token) => token.startsWith(stem)
              : (token) => token === stem;
      return (token) => !excluded.has(token) && matches(token);
    });
  if (words.length === 0) throw new Error(`Empty lexicon pattern: "${source.pattern}"`);
  return { source, words };
}

/** How often the pattern occurs in the tokens (as a run of consecutive tokens). */
export function countMatches(pattern: CompiledPattern, tokens: readonly string[]): number {
  const { words } = pattern;
  let count = 0;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((matches, offset) => matches(tokens[i + offset]))) count++;
  }
  return count;
}
