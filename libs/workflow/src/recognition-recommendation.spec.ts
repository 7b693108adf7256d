import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_RECOGNITION_THRESHOLDS as T,
  recommendRecognition,
  thresholdProblems,
  type RecognitionBreadth,
} from './recognition-recommendation';

const broad: RecognitionBreadth = {
  respondents: 10,
  recognising: 7,
  domainsRecognising: 3,
  regionsRecognising: 2,
};

describe('recommendRecognition', () => {
  it('calls a bottleneck broadly recognised when enough people across domains and regions recognise it', () => {
    expect(recommendRecognition(broad, T)).toBe('broad');
  });

  it.each([
    ['too few respondents', { ...broad, respondents: 4, recognising: 4 }],
    ['one domain only', { ...broad, domainsRecognising: 1 }],
    ['one region only', { ...broad, regionsRecognising: 1 }],
    ['a share below the broad threshold', { ...broad, recognising: 5 }],
  ])('is only partial with %s', (_label, breadth) => {
    expect(recommendRecognition(breadth, T)).toBe('partial');
  });

  it('calls it isolated when few recognise it, or nobody answered', () => {
    expect(recommendRecognition({ ...broad, recognising: 2 }, T)).toBe('isolated');
    expect(
      recommendRecognition(
        { respondents: 0, recognising: 0, domainsRecognising: 0, regionsRecognising: 0 },
        T,
      ),
    ).toBe('isolated');
  });

  it('follows the thresholds it is given', () => {
    expect(recommendRecognition(broad, { ...T, broadShare: 0.8 })).toBe('partial');
    expect(recommendRecognition({ ...broad, recognising: 2 }, { ...T, partialShare: 0.2 })).toBe('partial');
  });

  it('refuses thresholds where partial asks more than broad', () => {
    expect(thresholdProblems({ ...T, partialShare: 0.9 })).toHaveLength(1);
    expect(thresholdProblems(T)).toEqual([]);
  });
});
