// Reminds a table's liaison about an agenda item: some days before its meeting (to record afterwards
// what happened), the day after the meeting when it is still not recorded as discussed, and on the
// follow-up date (to check whether the table kept its commitment).
import type { AgendaOutcome, Locale } from '@app/workflow';
import { formatCalendarDate } from './calendar-date';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export type AgendaReminderMoment = 'meeting_before' | 'meeting_passed' | 'follow_up';

export interface AgendaReminderInput {
  locale: Locale;
  recipientName: string;
  reference: string;
  caseTitle: string;
  tableName: string;
  moment: AgendaReminderMoment;
  /** The meeting date (meeting moments) or the follow-up date (follow_up), `YYYY-MM-DD`. */
  date: string;
  /** What the table answered, for a follow-up. */
  outcome: AgendaOutcome | null;
  itemUrl: string;
}

interface Texts {
  subject: Record<AgendaReminderMoment, (reference: string, table: string, date: string) => string>;
  greeting: (name: string) => string;
  intro: Record<AgendaReminderMoment, (table: string, date: string) => string>;
  referenceLabel: string;
  titleLabel: string;
  tableLabel: string;
  dateLabel: Record<AgendaReminderMoment, string>;
  outcomeLabel: string;
  outcomes: Record<AgendaOutcome, string>;
  button: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: {
      meeting_before: (reference, table, date) =>
        `Binnenkort aan tafel: ${reference} bij ${table} op ${date}`,
      meeting_passed: (reference, table) => `Hoe ging het? ${reference} bij ${table}`,
      follow_up: (reference, table) => `Vinger aan de pols: toezegging over ${reference} bij ${table}`,
    },
    greeting: (name) => `Hallo ${name},`,
    intro: {
      meeting_before: (table, date) =>
        `Dit knelpunt staat op ${date} op de agenda van ${table}. Leg na afloop vast wat er is besproken en wat de uitkomst is.`,
      meeting_passed: (table, date) =>
        `Dit knelpunt stond op ${date} op de agenda van ${table}, maar er is nog niet vastgelegd dat het besproken is. Wil je vastleggen wat er gebeurde, of een nieuwe datum als het is uitgesteld?`,
      follow_up: (table) =>
        `Vandaag is het moment om bij ${table} na te gaan wat er met de uitkomst is gedaan. Leg vast wat je hoort en sluit het agendapunt als het klaar is.`,
    },
    referenceLabel: 'Kenmerk',
    titleLabel: 'Knelpunt',
    tableLabel: 'Tafel',
    dateLabel: {
      meeting_before: 'Vergadering',
      meeting_passed: 'Vergadering',
      follow_up: 'Nagaan op',
    },
    outcomeLabel: 'Uitkomst',
    outcomes: {
      commitment: 'toezegging',
      decision: 'besluit',
      referred_on: 'doorverwezen',
      declined: 'afgewezen',
      no_result: 'geen resultaat',
    },
    button: 'Open het agendapunt',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer:
      'Je krijgt deze e-mail omdat je dit agendapunt volgt als liaison van deze tafel of als netwerkadviseur.',
  },
  en: {
    subject: {
      meeting_before: (reference, table, date) => `Coming up: ${reference} at ${table} on ${date}`,
      meeting_passed: (reference, table) => `How did it go? ${reference} at ${table}`,
      follow_up: (reference, table) => `Follow-up: the commitment on ${reference} at ${table}`,
    },
    greeting: (name) => `Hello ${name},`,
    intro: {
      meeting_before: (table, date) =>
        `This case is on the agenda of ${table} on ${date}. Afterwards, please record what was discussed and what came of it.`,
      meeting_passed: (table, date) =>
        `This case was on the agenda of ${table} on ${date}, but it has not been recorded as discussed yet. Please record what happened, or a new date if it was postponed.`,
      follow_up: (table) =>
        `Today is the day to check with ${table} what was done with the outcome. Record what you hear and close the agenda item when it is done.`,
    },
    referenceLabel: 'Reference',
    titleLabel: 'Case',
    tableLabel: 'Table',
    dateLabel: {
      meeting_before: 'Meeting',
      meeting_passed: 'Meeting',
      follow_up: 'Check on',
    },
    outcomeLabel: 'Outcome',
    outcomes: {
      commitment: 'commitment',
      decision: 'decision',
      referred_on: 'referred on',
      declined: 'declined',
      no_result: 'no result',
    },
    button: 'Open the agenda item',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer:
      'You receive this e-mail because you follow this agenda item as liaison of this table or as network adviser.',
  },
};

export function composeAgendaReminder(input: AgendaReminderInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  const date = formatCalendarDate(input.date, locale);
  return renderMail({
    locale,
    subject: t.subject[input.moment](input.reference, input.tableName, date),
    greeting: t.greeting(input.recipientName),
    blocks: [
      { kind: 'paragraph', text: t.intro[input.moment](input.tableName, date) },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          { label: t.titleLabel, value: input.caseTitle },
          { label: t.tableLabel, value: input.tableName },
          { label: t.dateLabel[input.moment], value: date },
          ...(input.outcome ? [{ label: t.outcomeLabel, value: t.outcomes[input.outcome] }] : []),
        ],
      },
      { kind: 'link', label: t.button, url: input.itemUrl },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
