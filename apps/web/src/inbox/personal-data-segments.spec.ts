import { describe, expect, it } from '@jest/globals';
import { personalDataSegments } from './personal-data-segments';

describe('marking personal data in a text', () => {
  const text = 'Bel 06-12345678 of mail ouder@voorbeeld.nl graag.';

  it('cuts the text at the offsets, end exclusive, and keeps every character', () => {
    const segments = personalDataSegments(text, [
      { kind: 'email', start: 24, end: 42 },
      { kind: 'phone', start: 4, end: 15 },
    ]);
    expect(segments).toEqual([
      { text: 'Bel ' },
      { text: '06-12345678', kind: 'phone' },
      { text: ' of mail ' },
      { text: 'ouder@voorbeeld.nl', kind: 'email' },
      { text: ' graag.' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('gives the whole text as one piece without findings', () => {
    expect(personalDataSegments(text, [])).toEqual([{ text }]);
  });

  it('clips overlapping and out-of-range findings instead of repeating or losing text', () => {
    const segments = personalDataSegments('abcdef', [
      { kind: 'bsn', start: 1, end: 4 },
      { kind: 'phone', start: 3, end: 99 },
    ]);
    expect(segments).toEqual([{ text: 'a' }, { text: 'bcd', kind: 'bsn' }, { text: 'ef', kind: 'phone' }]);
  });
});
