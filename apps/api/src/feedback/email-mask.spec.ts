import { describe, expect, it } from '@jest/globals';
import { maskEmail } from './email-mask';

describe('maskEmail', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('jansen@school.nl')).toBe('j***@school.nl');
    expect(maskEmail('a@b.nl')).toBe('a***@b.nl');
  });

  it('gives null for what is not an address', () => {
    expect(maskEmail('none:7d3f3c1e-0000-4000-8000-000000000000')).toBeNull();
    expect(maskEmail('')).toBeNull();
    expect(maskEmail('@school.nl')).toBeNull();
    expect(maskEmail('jansen@')).toBeNull();
  });
});
