import { HANDLING_OPTIONS, type HandlingOption } from '@app/workflow';
import { HANDLING_OPTION_LEXICON } from './handling-option-lexicon';
import { compilePattern, countMatches, tokenise, type CompiledPattern } from './text-normalise';

/** One clear cue (or two weak ones) is needed; below that the adviser is better served by no guess. */
const THRESHOLD = 0.5;

const COMPILED: ReadonlyArray<readonly [HandlingOption, readonly CompiledPattern[]]> = HANDLING_OPTIONS.map(
  (option) => [option, HANDLING_OPTION_LEXICON[option].map(compilePattern)],
);

/**
 * The handling option the text points at most, or null when nothing points anywhere. Each distinct cue
 * counts once: repeating "geld" does not make a signal more about money than naming it once.
 * Ties go to the option with the strongest single cue, then to the order of HANDLING_OPTIONS.
 */
export function suggestHandlingOption(title: string, description: string): HandlingOption | null {
  const tokens = tokenise(`${title}\n${description}`);
  let best: { option: HandlingOption; score: number; strongest: number } | null = null;
  for (const [option, patterns] of COMPILED) {
    let score = 0;
    let strongest = 0;
    for (const pattern of patterns) {
      if (countMatches(pattern, tokens) === 0) continue;
      score += pattern.source.weight;
      strongest = Math.max(strongest, pattern.source.weight);
    }
    const better = !best || score > best.score || (score === best.score && strongest > best.strongest);
    if (better) best = { option, score, strongest };
  }
  return best && best.score >= THRESHOLD ? best.option : null;
}
