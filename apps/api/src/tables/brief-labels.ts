// The codes a meeting brief shows, in words (Dutch and English), as domain.md names them.
import type { AgendaStatus, Domain, HandlingOption, Locale, RecognitionRecommendation } from '@app/workflow';

type Labels<K extends string> = Record<K, Record<Locale, string>>;

export const DOMAIN_LABELS: Labels<Domain> = {
  education: { nl: 'onderwijs', en: 'education' },
  childcare: { nl: 'kinderopvang', en: 'childcare' },
  youth_care: { nl: 'jeugdhulp', en: 'youth care' },
  care: { nl: 'zorg', en: 'care' },
  welfare: { nl: 'welzijn', en: 'welfare' },
  municipality: { nl: 'gemeente', en: 'municipality' },
};

export const HANDLING_OPTION_LABELS: Labels<HandlingOption> = {
  agenda_lobby: {
    nl: 'Agendering, lobby en beleidsbeïnvloeding',
    en: 'Agenda-setting, lobbying and policy influence',
  },
  knowledge_sharing: {
    nl: 'Kennisdeling, inspiratie en uitvoeringsondersteuning',
    en: 'Knowledge sharing, inspiration and implementation support',
  },
  data_research: { nl: 'Dataverzameling en onderzoek', en: 'Data collection and research' },
  professional_development: {
    nl: 'Professionalisering en vakontwikkeling',
    en: 'Professional development',
  },
  funding_experiment: {
    nl: 'Financiering, subsidiëring en experimenteerruimte',
    en: 'Funding, subsidies and room to experiment',
  },
  policy_framework: {
    nl: 'Beleidskaders, wetten en richtlijnen',
    en: 'Policy frameworks, laws and guidelines',
  },
};

export const AGENDA_STATUS_LABELS: Labels<AgendaStatus> = {
  proposed: { nl: 'voorgesteld', en: 'proposed' },
  submitted: { nl: 'ingediend', en: 'submitted' },
  scheduled: { nl: 'geagendeerd', en: 'scheduled' },
  discussed: { nl: 'besproken', en: 'discussed' },
  outcome: { nl: 'uitkomst bekend', en: 'outcome known' },
  follow_up: { nl: 'wordt nagegaan', en: 'being followed up' },
  closed: { nl: 'afgesloten', en: 'closed' },
};

export const RECOMMENDATION_LABELS: Labels<RecognitionRecommendation> = {
  broad: { nl: 'breed herkend', en: 'broadly recognised' },
  partial: { nl: 'deels herkend', en: 'partly recognised' },
  isolated: { nl: 'op zichzelf staand', en: 'isolated' },
};
