// The words feedback uses for the codes of the domain, in Dutch and English (plain language: the
// recipients are submitters and respondents, not staff).
import type { AgendaOutcome, HandlingOption, Locale, PublicationKind } from '@app/workflow';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

/** The handling options (instrumentenkoffer), with what each means. */
export const HANDLING_OPTION_WORDS: Labels<HandlingOption> = {
  agenda_lobby: {
    nl: 'agendering, lobby en beleidsbeïnvloeding: het onderwerp onder de aandacht brengen van beleid en politiek',
    en: 'agenda-setting, lobbying and influencing policy: bringing the subject to the attention of policy makers and politics',
  },
  knowledge_sharing: {
    nl: 'kennisdeling, inspiratie en ondersteuning van de praktijk',
    en: 'sharing knowledge, inspiration and support for practice',
  },
  data_research: {
    nl: 'gegevens verzamelen en onderzoek doen',
    en: 'collecting data and doing research',
  },
  professional_development: {
    nl: 'professionalisering en vakontwikkeling van professionals en bestuurders',
    en: 'building the craft of professionals and directors',
  },
  funding_experiment: {
    nl: 'financiering, subsidie en ruimte om te experimenteren',
    en: 'funding, subsidies and room to experiment',
  },
  policy_framework: {
    nl: 'beleidskaders, wetten en richtlijnen',
    en: 'policy frameworks, laws and guidelines',
  },
};

export const AGENDA_OUTCOME_WORDS: Labels<AgendaOutcome> = {
  commitment: { nl: 'de tafel heeft een toezegging gedaan', en: 'the table made a commitment' },
  decision: { nl: 'er is een besluit genomen', en: 'a decision was taken' },
  referred_on: {
    nl: 'het knelpunt is doorverwezen naar een plek waar het beter past',
    en: 'the bottleneck was referred on to a better place for it',
  },
  declined: { nl: 'de tafel heeft het knelpunt niet opgepakt', en: 'the table did not take it up' },
  no_result: {
    nl: 'het gesprek heeft (nog) geen resultaat opgeleverd',
    en: 'the discussion has not produced a result (yet)',
  },
};

export const PUBLICATION_KIND_WORDS: Labels<PublicationKind> = {
  interview: { nl: 'een interview', en: 'an interview' },
  podcast: { nl: 'een podcast', en: 'a podcast' },
  blikvanger: { nl: 'een Blikvanger (digitale poster)', en: 'a Blikvanger (digital poster)' },
  newsletter: { nl: 'een bericht in de nieuwsbrief', en: 'an item in the newsletter' },
};

/** A moment written out as a date in Dutch time: "3 maart 2026" or "3 March 2026". */
export function formatDay(at: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(at);
}
