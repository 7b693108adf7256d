import { DOMAINS, type Domain } from '@app/workflow';
import { DOMAIN_LEXICON } from './domain-lexicon';
import { compilePattern, countMatches, tokenise, type CompiledPattern } from './text-normalise';

/** A domain is suggested once its distinct cues add up to one clear cue (or two weak ones). */
const THRESHOLD = 1;
/** Repetition ranks a domain higher (the signal is about it) but never suggests it on its own. */
const MAX_COUNT_PER_PATTERN = 3;

const COMPILED: ReadonlyArray<readonly [Domain, readonly CompiledPattern[]]> = DOMAINS.map((domain) => [
  domain,
  DOMAIN_LEXICON[domain].map(compilePattern),
]);

interface DomainScore {
  domain: Domain;
  order: number;
  /** Sum of the weights of the distinct cues found. */
  evidence: number;
  /** The same, counting repeated mentions (capped): used for ranking. */
  salience: number;
}

/** The domains a signal is likely about, most likely first; empty when no cue is found. */
export function suggestDomains(title: string, description: string): Domain[] {
  const tokens = tokenise(`${title}\n${description}`);
  return COMPILED.map(([domain, patterns], order) => scoreDomain(domain, order, patterns, tokens))
    .filter((score) => score.evidence >= THRESHOLD)
    .sort((a, b) => b.salience - a.salience || b.evidence - a.evidence || a.order - b.order)
    .map((score) => score.domain);
}

function scoreDomain(
  domain: Domain,
  order: number,
  patterns: readonly CompiledPattern[],
  tokens: readonly string[],
): DomainScore {
  let evidence = 0;
  let salience = 0;
  for (const pattern of patterns) {
    const count = countMatches(pattern, tokens);
    if (count === 0) continue;
    evidence += pattern.source.weight;
    salience += pattern.source.weight * Math.min(count, MAX_COUNT_PER_PATTERN);
  }
  return { domain, order, evidence, salience };
}
