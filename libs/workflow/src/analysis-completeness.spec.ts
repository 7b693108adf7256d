import { describe, expect, it } from '@jest/globals';
import { missingForSubmission, type AnalysisContent } from './analysis-completeness';

const complete: AnalysisContent = {
  causeAreas: {
    legislation: { playsRole: false, explanation: '' },
    steering_accountability: { playsRole: true, explanation: 'Verantwoording per domein.' },
    funding: { playsRole: true, explanation: 'Twee geldstromen.' },
    decision_making: { playsRole: false, explanation: '' },
    communication: { playsRole: false, explanation: 'Speelt niet.' },
  },
  rootCauseSummary: 'De financiering is per domein geregeld.',
  recommendations: '',
  proposedHandlingOption: 'funding_experiment',
};

describe('missingForSubmission', () => {
  it('accepts a complete analysis; recommendations are optional', () => {
    expect(missingForSubmission(complete)).toEqual([]);
  });

  it('lists every missing field at once, in the order of the form', () => {
    const draft: AnalysisContent = {
      ...complete,
      causeAreas: {
        ...complete.causeAreas,
        legislation: { playsRole: null, explanation: '' },
        funding: { playsRole: true, explanation: '   ' },
      },
      rootCauseSummary: ' ',
      proposedHandlingOption: null,
    };
    expect(missingForSubmission(draft)).toEqual([
      { field: 'causeAreas.legislation.playsRole', reason: 'verdict' },
      { field: 'causeAreas.funding.explanation', reason: 'explanation' },
      { field: 'rootCauseSummary', reason: 'required' },
      { field: 'proposedHandlingOption', reason: 'required' },
    ]);
  });

  it('refuses a handling option that is not one of the six', () => {
    expect(missingForSubmission({ ...complete, proposedHandlingOption: 'something_else' })).toEqual([
      { field: 'proposedHandlingOption', reason: 'required' },
    ]);
  });
});
