// The adviser's notice that a targeted call closed: the tally in a few lines and the recommendation,
// with a link to the case's recognition panel where the decision is taken.
import type { Locale, RecognitionRecommendation } from '@app/workflow';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface RecognitionTallyInput {
  locale: Locale;
  displayName: string;
  caseReference: string;
  caseTitle: string;
  respondents: number;
  /** 0..1 */
  shareRecognising: number;
  domainsRecognising: number;
  regionsRecognising: number;
  recommendation: RecognitionRecommendation;
  caseUrl: string;
}

interface Texts {
  subject: (reference: string) => string;
  greeting: (name: string) => string;
  intro: string;
  rows: {
    case: string;
    respondents: string;
    share: string;
    domains: string;
    regions: string;
    advice: string;
  };
  recommendations: Record<RecognitionRecommendation, string>;
  decide: string;
  button: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: (reference) => `Oproep gesloten: de telling voor ${reference}`,
    greeting: (name) => `Hallo ${name},`,
    intro: 'De oproep over dit knelpunt is gesloten en de antwoorden zijn geteld.',
    rows: {
      case: 'Knelpunt',
      respondents: 'Antwoorden',
      share: 'Herkent het (helemaal of deels)',
      domains: 'Domeinen die het herkennen',
      regions: 'Regio’s die het herkennen',
      advice: 'Advies',
    },
    recommendations: {
      broad: 'breed herkend',
      partial: 'deels herkend',
      isolated: 'op zichzelf staand',
    },
    decide: 'Bekijk de antwoorden en besluit: verdiepen, meteen agenderen, of archiveren als niet herkend.',
    button: 'Open het knelpunt',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat je deze oproep hebt uitgezet.',
  },
  en: {
    subject: (reference) => `Call closed: the tally for ${reference}`,
    greeting: (name) => `Hello ${name},`,
    intro: 'The call about this bottleneck has closed and the answers have been counted.',
    rows: {
      case: 'Bottleneck',
      respondents: 'Answers',
      share: 'Recognise it (fully or partly)',
      domains: 'Domains recognising it',
      regions: 'Regions recognising it',
      advice: 'Recommendation',
    },
    recommendations: { broad: 'broadly recognised', partial: 'partly recognised', isolated: 'isolated' },
    decide:
      'Look at the answers and decide: deepen, put on the agenda straight away, or archive as not recognised.',
    button: 'Open the case',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because you put out this call.',
  },
};

export function composeRecognitionTally(input: RecognitionTallyInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject(input.caseReference),
    greeting: t.greeting(input.displayName),
    blocks: [
      { kind: 'paragraph', text: t.intro },
      {
        kind: 'details',
        rows: [
          { label: t.rows.case, value: `${input.caseReference} ${input.caseTitle}` },
          { label: t.rows.respondents, value: String(input.respondents) },
          { label: t.rows.share, value: `${Math.round(input.shareRecognising * 100)}%` },
          { label: t.rows.domains, value: String(input.domainsRecognising) },
          { label: t.rows.regions, value: String(input.regionsRecognising) },
          { label: t.rows.advice, value: t.recommendations[input.recommendation] },
        ],
      },
      { kind: 'paragraph', text: t.decide },
      { kind: 'link', label: t.button, url: input.caseUrl },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
