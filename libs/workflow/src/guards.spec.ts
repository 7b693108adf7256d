import { describe, expect, it } from '@jest/globals';
import { GUARDS, isGuardName, runGuards, type CaseFacts, type GuardName } from './guards';

const PASSING: CaseFacts = {
  handlingOption: 'policy_framework',
  submittedAnalyses: 1,
  agendaItems: 1,
  agendaItemsWithoutOutcome: 0,
  feedbackRecipientsPending: 0,
  feedbackPrepared: true,
};

describe('GUARDS', () => {
  it('has exactly the four guards the table uses', () => {
    expect(Object.keys(GUARDS).sort()).toEqual([
      'agendaItemsHaveOutcome',
      'analysisSubmitted',
      'feedbackDelivered',
      'handlingOptionChosen',
    ]);
  });

  it('all pass on a case that is ready', () => {
    for (const guard of Object.keys(GUARDS) as GuardName[]) expect(GUARDS[guard](PASSING)).toBeNull();
  });

  describe('handlingOptionChosen', () => {
    it.each([
      'agenda_lobby',
      'knowledge_sharing',
      'data_research',
      'professional_development',
      'funding_experiment',
      'policy_framework',
    ])('passes for %s', (handlingOption) => {
      expect(GUARDS.handlingOptionChosen({ ...PASSING, handlingOption })).toBeNull();
    });

    it.each([null, '', 'lobby', 'AGENDA_LOBBY', 'toString'])('fails for %p', (handlingOption) => {
      expect(GUARDS.handlingOptionChosen({ ...PASSING, handlingOption })).toBe(
        'A handling option must be chosen first.',
      );
    });
  });

  describe('analysisSubmitted', () => {
    it('passes with one or more submitted analyses', () => {
      expect(GUARDS.analysisSubmitted({ ...PASSING, submittedAnalyses: 1 })).toBeNull();
      expect(GUARDS.analysisSubmitted({ ...PASSING, submittedAnalyses: 4 })).toBeNull();
    });

    it('fails without a submitted analysis', () => {
      expect(GUARDS.analysisSubmitted({ ...PASSING, submittedAnalyses: 0 })).toBe(
        'At least one expert analysis must be submitted first.',
      );
    });
  });

  describe('agendaItemsHaveOutcome', () => {
    it('passes when every agenda item has an outcome', () => {
      expect(
        GUARDS.agendaItemsHaveOutcome({ ...PASSING, agendaItems: 3, agendaItemsWithoutOutcome: 0 }),
      ).toBeNull();
    });

    it('fails while an agenda item has no outcome', () => {
      expect(
        GUARDS.agendaItemsHaveOutcome({ ...PASSING, agendaItems: 3, agendaItemsWithoutOutcome: 1 }),
      ).toBe('1 agenda item(s) have no outcome yet.');
    });

    it('fails when the case was never put on any table', () => {
      expect(
        GUARDS.agendaItemsHaveOutcome({ ...PASSING, agendaItems: 0, agendaItemsWithoutOutcome: 0 }),
      ).toBe('The case has no agenda items yet.');
    });
  });

  describe('feedbackDelivered', () => {
    it('passes when feedback was sent and reached everyone', () => {
      expect(
        GUARDS.feedbackDelivered({ ...PASSING, feedbackPrepared: true, feedbackRecipientsPending: 0 }),
      ).toBeNull();
    });

    it('fails while recipients are still waiting', () => {
      expect(
        GUARDS.feedbackDelivered({ ...PASSING, feedbackPrepared: true, feedbackRecipientsPending: 2 }),
      ).toBe('Feedback has not reached 2 recipient(s) yet.');
    });

    it('fails when no feedback was prepared, even with nobody pending', () => {
      expect(
        GUARDS.feedbackDelivered({ ...PASSING, feedbackPrepared: false, feedbackRecipientsPending: 0 }),
      ).toBe('Feedback has not been prepared and sent yet.');
    });
  });
});

describe('runGuards', () => {
  it('returns nothing when no guards are named or all pass', () => {
    expect(runGuards([], PASSING)).toEqual([]);
    expect(runGuards(['analysisSubmitted', 'handlingOptionChosen'], PASSING)).toEqual([]);
  });

  it('returns every failure, in the order the guards are named', () => {
    const facts: CaseFacts = { ...PASSING, handlingOption: null, submittedAnalyses: 0 };
    expect(runGuards(['handlingOptionChosen', 'analysisSubmitted', 'feedbackDelivered'], facts)).toEqual([
      { guard: 'handlingOptionChosen', reason: 'A handling option must be chosen first.' },
      { guard: 'analysisSubmitted', reason: 'At least one expert analysis must be submitted first.' },
    ]);
    expect(runGuards(['analysisSubmitted', 'handlingOptionChosen'], facts).map((f) => f.guard)).toEqual([
      'analysisSubmitted',
      'handlingOptionChosen',
    ]);
  });

  it('fails closed on an unknown guard instead of throwing', () => {
    for (const name of ['noSuchGuard', 'toString', 'constructor']) {
      expect(runGuards([name as GuardName], PASSING)).toEqual([
        { guard: name, reason: `Unknown guard "${name}".` },
      ]);
    }
  });
});

describe('isGuardName', () => {
  it('knows the defined guards and nothing inherited', () => {
    expect(isGuardName('feedbackDelivered')).toBe(true);
    expect(isGuardName('noSuchGuard')).toBe(false);
    expect(isGuardName('toString')).toBe(false);
    expect(isGuardName('__proto__')).toBe(false);
  });
});
