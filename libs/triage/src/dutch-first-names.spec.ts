import { describe, expect, it } from '@jest/globals';
import { DUTCH_FIRST_NAMES, firstNameKey, isDutchFirstName } from './dutch-first-names';
import { loadPracticeSignals } from './fixtures/practice-signals.fixture';

describe('the curated list of Dutch first names', () => {
  it('holds a few hundred names, each once, each written as a name', () => {
    expect(DUTCH_FIRST_NAMES.length).toBeGreaterThan(300);
    const keys = DUTCH_FIRST_NAMES.map(firstNameKey);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(DUTCH_FIRST_NAMES.filter((name) => !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(name))).toEqual([]);
  });

  it("has today's most given names and their parents' and grandparents' names", () => {
    for (const name of ['Emma', 'Noah', 'Julia', 'Liam', 'Mohammed', 'Fatima', 'Sanne', 'Henk', 'Zeynep']) {
      expect(isDutchFirstName(name)).toBe(true);
    }
  });

  it('ignores diacritics but needs the capital', () => {
    expect(isDutchFirstName('Zoe')).toBe(true);
    expect(isDutchFirstName('Zoë')).toBe(true);
    expect(isDutchFirstName('emma')).toBe(false);
  });

  it('leaves out names that are ordinary Dutch words at the start of a sentence', () => {
    for (const word of [
      'Ben',
      'Wil',
      'Job',
      'Lot',
      'Lieve',
      'Storm',
      'Lente',
      'Zomer',
      'Hoop',
      'Mark',
      'Kind',
    ]) {
      expect(isDutchFirstName(word)).toBe(false);
    }
  });

  it('matches no capitalised word of the 119 practice signals', () => {
    const hits = loadPracticeSignals().flatMap((signal) =>
      (`${signal.title} ${signal.description}`.match(/\p{L}+/gu) ?? []).filter(isDutchFirstName),
    );
    expect(hits).toEqual([]);
  });
});
