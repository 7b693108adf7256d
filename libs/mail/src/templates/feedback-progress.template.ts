// A short progress update for a submitter while their bottleneck waits at a national table (step 6):
// where it is, and that they will hear the outcome. Sent every few weeks until no table is still busy.
import type { Locale } from '@app/workflow';
import { formatCalendarDate } from './calendar-date';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

/** The agenda statuses between "submitted" and "outcome": the table has it, no outcome yet. */
export type WaitingAgendaStatus = 'submitted' | 'scheduled' | 'discussed';

export interface FeedbackProgressInput {
  locale: Locale;
  /** The submitter's own signal reference (SR-…). */
  signalReference: string;
  /** The case's reviewed title, or null. */
  caseTitle: string | null;
  tables: readonly { name: string; status: WaitingAgendaStatus; meetingDate: string | null }[];
}

interface Texts {
  subject: (reference: string) => string;
  greeting: string;
  intro: string;
  referenceLabel: string;
  caseLabel: string;
  status: Record<WaitingAgendaStatus, (date: string | null) => string>;
  next: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: (reference) => `Stand van zaken: je melding ${reference} ligt bij een landelijke tafel`,
    greeting: 'Hallo,',
    intro:
      'Het knelpunt dat je meldde, ligt nu bij een of meer landelijke tafels. Dat kost tijd, daarom laten we je tussendoor weten hoe het ervoor staat.',
    referenceLabel: 'Je melding',
    caseLabel: 'Knelpunt',
    status: {
      submitted: () => 'ingediend, wacht op een plek op de agenda',
      scheduled: (date) => (date ? `op de agenda van ${date}` : 'op de agenda gezet'),
      discussed: () => 'besproken, we wachten op de uitkomst',
    },
    next: 'Zodra er een uitkomst is, hoor je van ons wat het heeft opgeleverd.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer:
      'Je krijgt deze e-mail omdat je dit knelpunt hebt gemeld en toestemming gaf om contact met je op te nemen.',
  },
  en: {
    subject: (reference) => `Progress: your signal ${reference} is with a national table`,
    greeting: 'Hello,',
    intro:
      'The bottleneck you reported is now with one or more national tables. That takes time, so we let you know how it stands in the meantime.',
    referenceLabel: 'Your signal',
    caseLabel: 'Bottleneck',
    status: {
      submitted: () => 'submitted, waiting for a place on the agenda',
      scheduled: (date) => (date ? `on the agenda of ${date}` : 'put on the agenda'),
      discussed: () => 'discussed, we are waiting for the outcome',
    },
    next: 'As soon as there is an outcome, we will let you know what it achieved.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer:
      'You receive this e-mail because you reported this bottleneck and agreed to be contacted about it.',
  },
};

export function composeFeedbackProgress(input: FeedbackProgressInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject(input.signalReference),
    greeting: t.greeting,
    blocks: [
      { kind: 'paragraph', text: t.intro },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.signalReference },
          ...(input.caseTitle ? [{ label: t.caseLabel, value: input.caseTitle }] : []),
          ...input.tables.map((table) => ({
            label: table.name,
            value: t.status[table.status](
              table.meetingDate ? formatCalendarDate(table.meetingDate, locale) : null,
            ),
          })),
        ],
      },
      { kind: 'paragraph', text: t.next },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
