import { describe, expect, it } from '@jest/globals';
import { composeFeedbackTexts, type FeedbackFacts } from './feedback-text';

const BASE: FeedbackFacts = {
  caseTitle: 'Voorschool zonder lokaal',
  signalCount: 3,
  tally: { respondents: 40, recognising: 31 },
  endorsements: 4,
  conversations: 1,
  handlingOption: 'funding_experiment',
  reached: {
    deepening: new Date('2026-03-02T10:00:00Z'),
    sharing: new Date('2026-04-06T10:00:00Z'),
    agenda: new Date('2026-05-11T10:00:00Z'),
  },
  submittedAnalyses: 2,
  publications: [
    { kind: 'podcast', title: 'Wie betaalt het lokaal?', publishedAt: new Date('2026-04-20T08:00:00Z') },
  ],
  agendaItems: [
    {
      table: 'OZK-tafel',
      status: 'outcome',
      outcome: 'commitment',
      outcomeNote: 'Het ministerie onderzoekt een gezamenlijk budget.',
    },
    { table: 'VNG', status: 'closed', outcome: 'referred_on', outcomeNote: null },
  ],
};

describe('composeFeedbackTexts', () => {
  it('answers the three questions in Dutch from what the case went through', () => {
    const texts = composeFeedbackTexts(BASE);
    expect(texts.whatHappenedNl).toContain(
      'Het knelpunt "Voorschool zonder lokaal" kwam bij ons binnen via 3 meldingen',
    );
    expect(texts.whatHappenedNl).toContain(
      '35 mensen uit het netwerk herkenden het knelpunt (van de 40 die reageerden',
    );
    expect(texts.whatHappenedNl).toContain('1 gesprek');
    expect(texts.whatHappenedNl).toContain('financiering, subsidie en ruimte om te experimenteren');
    expect(texts.stepsTakenNl.split('\n')).toEqual([
      '- Toetsen: we gingen na of anderen het knelpunt herkennen (40 reacties op onze vraag aan het netwerk).',
      '- Verdiepen: experts zochten naar de oorzaken (vanaf 2 maart 2026); 2 analyses afgerond.',
      '- Delen: we deelden wat we leerden met het netwerk: een podcast "Wie betaalt het lokaal?" (20 april 2026).',
      '- Agenderen: we brachten het knelpunt in bij OZK-tafel, VNG (vanaf 11 mei 2026).',
      '- Terugkoppelen: met dit bericht laten we je weten wat er is gebeurd.',
    ]);
    expect(texts.achievedNl.split('\n')).toEqual([
      'We brachten het knelpunt in bij 2 landelijke tafels. Dit is wat het opleverde:',
      '- OZK-tafel: de tafel heeft een toezegging gedaan. Het ministerie onderzoekt een gezamenlijk budget.',
      '- VNG: het knelpunt is doorverwezen naar een plek waar het beter past.',
    ]);
  });

  it('writes the same in English', () => {
    const texts = composeFeedbackTexts(BASE);
    expect(texts.whatHappenedEn).toContain('reached us through 3 signals');
    expect(texts.whatHappenedEn).toContain(
      '35 people in the network recognised the bottleneck (of the 40 who answered',
    );
    expect(texts.stepsTakenEn).toContain(
      '- Deepening: experts looked for the causes (from 2 March 2026); 2 analyses completed.',
    );
    expect(texts.achievedEn).toContain('- OZK-tafel: the table made a commitment. Het ministerie onderzoekt');
  });

  it('says plainly when the case never reached a table, and leaves out steps it skipped', () => {
    const texts = composeFeedbackTexts({
      ...BASE,
      caseTitle: null,
      signalCount: 1,
      tally: null,
      endorsements: 0,
      conversations: 0,
      handlingOption: null,
      reached: { sharing: new Date('2026-04-06T10:00:00Z') },
      submittedAnalyses: 0,
      publications: [],
      agendaItems: [],
    });
    expect(texts.whatHappenedNl).toBe(
      'Dit knelpunt kwam bij ons binnen via een melding. We hebben het als dossier opgepakt.',
    );
    expect(texts.stepsTakenNl).not.toContain('Verdiepen');
    expect(texts.stepsTakenNl).not.toContain('Agenderen');
    expect(texts.stepsTakenNl).toContain('- Delen: we deelden wat we leerden met het netwerk.');
    expect(texts.achievedNl).toBe('Het knelpunt is niet bij een landelijke tafel ingebracht.');
    expect(texts.achievedEn).toBe('The bottleneck was not brought to a national table.');
  });
});
