// Tells the adviser that every expert assigned to a case has submitted, and what comes next: choose the
// handling option and move the case on to sharing.
import type { Locale } from '@app/workflow';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface AnalysesCompleteInput {
  locale: Locale;
  recipientName: string;
  reference: string;
  caseTitle: string;
  /** How many analyses are in (one per assigned expert). */
  count: number;
  caseUrl: string;
}

interface Texts {
  subject: (reference: string) => string;
  greeting: (name: string) => string;
  intro: (count: number) => string;
  referenceLabel: string;
  titleLabel: string;
  nextHeading: string;
  nextSteps: readonly string[];
  button: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: (reference) => `Alle analyses binnen: ${reference}`,
    greeting: (name) => `Hallo ${name},`,
    intro: (count) =>
      count === 1
        ? 'De analyse voor dit knelpunt is ingediend.'
        : `Alle ${count} analyses voor dit knelpunt zijn ingediend.`,
    referenceLabel: 'Kenmerk',
    titleLabel: 'Knelpunt',
    nextHeading: 'Wat nu?',
    nextSteps: [
      'Lees de analyses bij het knelpunt.',
      'Kies de handelingsoptie voor het knelpunt.',
      'Zet het knelpunt door naar de stap Delen.',
    ],
    button: 'Open het knelpunt',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail als netwerkadviseur die experts aan dit knelpunt heeft toegewezen.',
  },
  en: {
    subject: (reference) => `All analyses in: ${reference}`,
    greeting: (name) => `Hello ${name},`,
    intro: (count) =>
      count === 1
        ? 'The analysis for this case has been submitted.'
        : `All ${count} analyses for this case have been submitted.`,
    referenceLabel: 'Reference',
    titleLabel: 'Case',
    nextHeading: 'What next?',
    nextSteps: [
      'Read the analyses on the case.',
      'Choose the handling option for the case.',
      'Move the case on to the sharing step.',
    ],
    button: 'Open the case',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail as the network adviser who assigned experts to this case.',
  },
};

export function composeAnalysesComplete(input: AnalysesCompleteInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject(input.reference),
    greeting: t.greeting(input.recipientName),
    blocks: [
      { kind: 'paragraph', text: t.intro(input.count) },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          { label: t.titleLabel, value: input.caseTitle },
        ],
      },
      { kind: 'heading', text: t.nextHeading },
      { kind: 'steps', items: t.nextSteps },
      { kind: 'link', label: t.button, url: input.caseUrl },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
