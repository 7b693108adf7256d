// Tells the adviser, the day after the due date, that an expert's analysis has not come in, so they can
// follow up or agree on a new date (which plans new reminders).
import type { Locale } from '@app/workflow';
import { formatCalendarDate } from './calendar-date';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface AnalysisOverdueInput {
  locale: Locale;
  recipientName: string;
  reference: string;
  caseTitle: string;
  /** The expert's display name, or an external expert's name. */
  expertName: string;
  dueOn: string;
  caseUrl: string;
}

interface Texts {
  subject: (reference: string) => string;
  greeting: (name: string) => string;
  intro: (expert: string, date: string) => string;
  referenceLabel: string;
  titleLabel: string;
  expertLabel: string;
  dueLabel: string;
  next: string;
  button: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: (reference) => `Analyse te laat: ${reference}`,
    greeting: (name) => `Hallo ${name},`,
    intro: (expert, date) =>
      `De analyse van ${expert} voor dit knelpunt was op ${date} nodig en is nog niet ingediend.`,
    referenceLabel: 'Kenmerk',
    titleLabel: 'Knelpunt',
    expertLabel: 'Expert',
    dueLabel: 'Was nodig op',
    next: 'Neem contact op met de expert, of spreek een nieuwe datum af en zet die bij het knelpunt. De expert krijgt dan opnieuw herinneringen.',
    button: 'Open het knelpunt',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail als netwerkadviseur die deze expert aan het knelpunt heeft toegewezen.',
  },
  en: {
    subject: (reference) => `Analysis overdue: ${reference}`,
    greeting: (name) => `Hello ${name},`,
    intro: (expert, date) =>
      `The analysis by ${expert} for this case was due on ${date} and has not been submitted yet.`,
    referenceLabel: 'Reference',
    titleLabel: 'Case',
    expertLabel: 'Expert',
    dueLabel: 'Was due on',
    next: 'Contact the expert, or agree on a new date and set it on the case. The expert then gets new reminders.',
    button: 'Open the case',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail as the network adviser who assigned this expert to the case.',
  },
};

export function composeAnalysisOverdue(input: AnalysisOverdueInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  const date = formatCalendarDate(input.dueOn, locale);
  return renderMail({
    locale,
    subject: t.subject(input.reference),
    greeting: t.greeting(input.recipientName),
    blocks: [
      { kind: 'paragraph', text: t.intro(input.expertName, date) },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          { label: t.titleLabel, value: input.caseTitle },
          { label: t.expertLabel, value: input.expertName },
          { label: t.dueLabel, value: date },
        ],
      },
      { kind: 'paragraph', text: t.next },
      { kind: 'link', label: t.button, url: input.caseUrl },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
