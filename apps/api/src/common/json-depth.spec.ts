import { describe, expect, it } from '@jest/globals';
import { nestsDeeperThan } from './json-depth';

const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

describe('nestsDeeperThan', () => {
  it('accepts flat values and bodies up to the limit', () => {
    expect(nestsDeeperThan(undefined, 3)).toBe(false);
    expect(nestsDeeperThan('tekst', 3)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: { b: [1, { c: 2 }] } }, 4)).toBe(false);
    expect(nestsDeeperThan(nested(32), 32)).toBe(false);
  });

  it('refuses a body one level deeper than the limit, in arrays and objects alike', () => {
    expect(nestsDeeperThan({ a: { b: [1, { c: 2 }] } }, 3)).toBe(true);
    expect(nestsDeeperThan(nested(33), 32)).toBe(true);
    expect(nestsDeeperThan(JSON.parse(`${'{"a":'.repeat(33)}1${'}'.repeat(33)}`), 32)).toBe(true);
  });

  it('measures bodies far deeper than the call stack allows without recursing', () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level++) deep = { a: [deep] };
    expect(nestsDeeperThan(deep, 32)).toBe(true);
  });
});
