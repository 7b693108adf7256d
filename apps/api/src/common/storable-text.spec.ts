import { describe, expect, it } from '@jest/globals';
import { isStorableText } from './storable-text';

describe('isStorableText', () => {
  it('accepts any text Postgres stores as sent: other scripts, emoji, combining marks, controls', () => {
    for (const text of [
      '',
      'Utrecht',
      'مدرسة',
      '👨‍👩‍👧‍👦',
      'e\u0301',
      '\u202eomgekeerd',
      'tab\tregel\n',
      '\u0001',
    ]) {
      expect(isStorableText(text)).toBe(true);
    }
  });

  it('refuses NUL and unpaired halves of a surrogate pair', () => {
    for (const text of ['\u0000', 'a\u0000b', '\ud800', 'x\ud83d', '\udc00y', '\ude00\ud83d']) {
      expect(isStorableText(text)).toBe(false);
    }
  });

  it('leaves values that are not text to the other rules', () => {
    expect(isStorableText(12)).toBe(true);
    expect(isStorableText(null)).toBe(true);
  });
});
