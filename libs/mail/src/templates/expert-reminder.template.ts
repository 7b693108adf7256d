// Reminds an expert whose analysis is not submitted yet: some days before the due date, and on it. An
// external expert's private link is not stored (only its hash), so their reminder points to the first mail.
import type { Locale } from '@app/workflow';
import { formatCalendarDate } from './calendar-date';
import { renderMail, resolveLocale, type MailBlock, type RenderedMail } from './mail-layout';

export type ReminderMoment = 'before' | 'due';

export interface ExpertReminderInput {
  locale: Locale;
  recipientName: string;
  reference: string;
  caseTitle: string | null;
  dueOn: string;
  moment: ReminderMoment;
  /** A staff expert's way in; null for an external expert (see the first mail). */
  analysisUrl: string | null;
}

interface Texts {
  subject: Record<ReminderMoment, (reference: string, date: string) => string>;
  greeting: (name: string) => string;
  intro: Record<ReminderMoment, (date: string) => string>;
  referenceLabel: string;
  titleLabel: string;
  dueLabel: string;
  draftNote: string;
  button: string;
  externalLink: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: {
      before: (reference, date) => `Herinnering: analyse voor ${reference} graag uiterlijk ${date}`,
      due: (reference) => `Vandaag: analyse voor ${reference}`,
    },
    greeting: (name) => `Hallo ${name},`,
    intro: {
      before: (date) => `Je analyse van dit knelpunt is uiterlijk ${date} nodig.`,
      due: () =>
        'Vandaag is de dag waarop je analyse van dit knelpunt klaar zou zijn. Lukt dat niet? Beantwoord dan deze e-mail, dan spreken we een nieuwe datum af.',
    },
    referenceLabel: 'Kenmerk',
    titleLabel: 'Knelpunt',
    dueLabel: 'Graag klaar op',
    draftNote: 'Een opgeslagen concept telt nog niet mee: dien je analyse in als hij klaar is.',
    button: 'Open je analyse',
    externalLink:
      'Gebruik de persoonlijke link uit onze eerste e-mail over dit knelpunt. Ben je die kwijt? Beantwoord dan deze e-mail.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer:
      'Je krijgt deze e-mail omdat je als expert aan dit knelpunt bent toegewezen en je analyse nog niet is ingediend.',
  },
  en: {
    subject: {
      before: (reference, date) => `Reminder: analysis for ${reference} due by ${date}`,
      due: (reference) => `Today: analysis for ${reference}`,
    },
    greeting: (name) => `Hello ${name},`,
    intro: {
      before: (date) => `Your analysis of this case is needed by ${date}.`,
      due: () =>
        'Today is the day your analysis of this case was planned to be ready. Will that not work? Reply to this e-mail and we will agree on a new date.',
    },
    referenceLabel: 'Reference',
    titleLabel: 'Case',
    dueLabel: 'Please finish by',
    draftNote: 'A saved draft does not count yet: submit your analysis when it is ready.',
    button: 'Open your analysis',
    externalLink:
      'Use the personal link from our first e-mail about this case. Lost it? Reply to this e-mail.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer:
      'You receive this e-mail because you were assigned as an expert to this case and have not submitted your analysis yet.',
  },
};

export function composeExpertReminder(input: ExpertReminderInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  const date = formatCalendarDate(input.dueOn, locale);
  const way: MailBlock = input.analysisUrl
    ? { kind: 'link', label: t.button, url: input.analysisUrl }
    : { kind: 'paragraph', text: t.externalLink };
  return renderMail({
    locale,
    subject: t.subject[input.moment](input.reference, date),
    greeting: t.greeting(input.recipientName),
    blocks: [
      { kind: 'paragraph', text: t.intro[input.moment](date) },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          ...(input.caseTitle ? [{ label: t.titleLabel, value: input.caseTitle }] : []),
          { label: t.dueLabel, value: date },
        ],
      },
      { kind: 'paragraph', text: t.draftNote },
      way,
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
