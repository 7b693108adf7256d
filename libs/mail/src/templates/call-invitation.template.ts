// The mail a member of a targeted call's audience gets: the question, why the network asks, until when,
// and a personal link to answer. The link answers for this member only.
import type { Locale } from '@app/workflow';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface CallInvitationInput {
  locale: Locale;
  displayName: string;
  /** The question the adviser asks the network: staff text, escaped by the layout. */
  question: string;
  /** Why the network is asked (always told). */
  reason: string;
  /** The bottleneck the call is about, as advisers titled it; null when no reviewed title exists. */
  caseTitle: string | null;
  closesAt: Date;
  answerUrl: string;
}

interface Texts {
  subject: string;
  greeting: (name: string) => string;
  intro: string;
  caseLabel: string;
  questionLabel: string;
  reasonLabel: string;
  closesLabel: string;
  button: string;
  note: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: 'Herken jij dit knelpunt? Een vraag van het netwerk',
    greeting: (name) => `Hallo ${name},`,
    intro:
      'Het netwerk wil weten of meer mensen dit knelpunt herkennen, hoe dringend het is en wat er nodig is. Jouw antwoord telt mee.',
    caseLabel: 'Knelpunt',
    questionLabel: 'Vraag',
    reasonLabel: 'Waarom we dit vragen',
    closesLabel: 'Antwoorden kan tot',
    button: 'Geef je antwoord',
    note: 'Deze link is persoonlijk: met de link geef je antwoord namens jezelf. Je kunt je antwoord aanpassen tot de oproep sluit.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat je lid bent van het netwerk en je profiel bij deze oproep past.',
  },
  en: {
    subject: 'Do you recognise this bottleneck? A question from the network',
    greeting: (name) => `Hello ${name},`,
    intro:
      'The network wants to know whether more people recognise this bottleneck, how urgent it is and what is needed. Your answer counts.',
    caseLabel: 'Bottleneck',
    questionLabel: 'Question',
    reasonLabel: 'Why we ask',
    closesLabel: 'You can answer until',
    button: 'Give your answer',
    note: 'This link is personal: with it you answer for yourself. You can change your answer until the call closes.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer:
      'You receive this e-mail because you are a member of the network and your profile fits this call.',
  },
};

export function composeCallInvitation(input: CallInvitationInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject,
    greeting: t.greeting(input.displayName),
    blocks: [
      { kind: 'paragraph', text: t.intro },
      {
        kind: 'details',
        rows: [
          ...(input.caseTitle ? [{ label: t.caseLabel, value: input.caseTitle }] : []),
          { label: t.questionLabel, value: input.question },
          { label: t.reasonLabel, value: input.reason },
          { label: t.closesLabel, value: formatDateTime(input.closesAt, locale) },
        ],
      },
      { kind: 'link', label: t.button, url: input.answerUrl, note: t.note },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}

/** Dates in mail are Dutch time, written out: "1 december 2026 om 17:00". */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
