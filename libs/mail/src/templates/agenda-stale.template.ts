// Tells the liaison and the case's adviser that an agenda item has not moved for weeks, so someone asks
// the table where it stands (or records a new status).
import type { AgendaStatus, Locale } from '@app/workflow';
import { formatCalendarDate } from './calendar-date';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface AgendaStaleInput {
  locale: Locale;
  recipientName: string;
  reference: string;
  caseTitle: string;
  tableName: string;
  status: AgendaStatus;
  /** The Dutch calendar date of the last move, `YYYY-MM-DD`. */
  movedOn: string;
  weeks: number;
  /** The planned meeting, when there is one. */
  meetingDate: string | null;
  itemUrl: string;
}

interface Texts {
  subject: (reference: string, table: string) => string;
  greeting: (name: string) => string;
  intro: (table: string, weeks: number, date: string) => string;
  referenceLabel: string;
  titleLabel: string;
  tableLabel: string;
  statusLabel: string;
  movedLabel: string;
  meetingLabel: string;
  statuses: Record<AgendaStatus, string>;
  next: string;
  button: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: (reference, table) => `Stilgevallen: ${reference} bij ${table}`,
    greeting: (name) => `Hallo ${name},`,
    intro: (table, weeks, date) =>
      `Het agendapunt bij ${table} is al ${weeks} ${weeks === 1 ? 'week' : 'weken'} niet verder gekomen (laatste stap op ${date}).`,
    referenceLabel: 'Kenmerk',
    titleLabel: 'Knelpunt',
    tableLabel: 'Tafel',
    statusLabel: 'Stand',
    movedLabel: 'Laatste stap',
    meetingLabel: 'Vergadering',
    statuses: {
      proposed: 'voorgesteld',
      submitted: 'ingediend',
      scheduled: 'geagendeerd',
      discussed: 'besproken',
      outcome: 'uitkomst bekend',
      follow_up: 'wordt nagegaan',
      closed: 'afgesloten',
    },
    next: 'Vraag bij de tafel na hoe het ervoor staat en leg de volgende stap vast.',
    button: 'Open het agendapunt',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer:
      'Je krijgt deze e-mail omdat je dit agendapunt volgt als liaison van deze tafel of als netwerkadviseur.',
  },
  en: {
    subject: (reference, table) => `Stalled: ${reference} at ${table}`,
    greeting: (name) => `Hello ${name},`,
    intro: (table, weeks, date) =>
      `The agenda item at ${table} has not moved for ${weeks} ${weeks === 1 ? 'week' : 'weeks'} (last step on ${date}).`,
    referenceLabel: 'Reference',
    titleLabel: 'Case',
    tableLabel: 'Table',
    statusLabel: 'Status',
    movedLabel: 'Last step',
    meetingLabel: 'Meeting',
    statuses: {
      proposed: 'proposed',
      submitted: 'submitted',
      scheduled: 'scheduled',
      discussed: 'discussed',
      outcome: 'outcome known',
      follow_up: 'being followed up',
      closed: 'closed',
    },
    next: 'Please ask the table where it stands and record the next step.',
    button: 'Open the agenda item',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer:
      'You receive this e-mail because you follow this agenda item as liaison of this table or as network adviser.',
  },
};

export function composeAgendaStale(input: AgendaStaleInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  const moved = formatCalendarDate(input.movedOn, locale);
  return renderMail({
    locale,
    subject: t.subject(input.reference, input.tableName),
    greeting: t.greeting(input.recipientName),
    blocks: [
      { kind: 'paragraph', text: t.intro(input.tableName, input.weeks, moved) },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          { label: t.titleLabel, value: input.caseTitle },
          { label: t.tableLabel, value: input.tableName },
          { label: t.statusLabel, value: t.statuses[input.status] },
          { label: t.movedLabel, value: moved },
          ...(input.meetingDate
            ? [{ label: t.meetingLabel, value: formatCalendarDate(input.meetingDate, locale) }]
            : []),
        ],
      },
      { kind: 'paragraph', text: t.next },
      { kind: 'link', label: t.button, url: input.itemUrl },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
