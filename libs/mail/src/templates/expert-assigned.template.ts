// The mail an expert gets when an adviser assigns them to a case: which case, by when, what is asked,
// and the way in. A staff expert signs in; an external expert gets a private link that expires. It names
// no submitter: the case holds none.
import type { Locale } from '@app/workflow';
import { formatCalendarDate } from './calendar-date';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

/** How the expert reaches the analysis: signed in, or through a private link (external experts). */
export type ExpertAccess =
  { kind: 'staff'; url: string } | { kind: 'external'; url: string; validUntil: string };

export interface ExpertAssignedInput {
  locale: Locale;
  recipientName: string;
  reference: string;
  /** Null when the title is still a submitter's own words and the mail leaves the organisation. */
  caseTitle: string | null;
  dueOn: string;
  access: ExpertAccess;
}

interface Texts {
  subject: (reference: string) => string;
  greeting: (name: string) => string;
  intro: string;
  referenceLabel: string;
  titleLabel: string;
  dueLabel: string;
  askedHeading: string;
  asked: readonly string[];
  drafts: string;
  staffButton: string;
  staffNote: string;
  externalButton: string;
  externalNote: (validUntil: string) => string;
  privacy: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: (reference) => `Gevraagd als expert: analyse van knelpunt ${reference}`,
    greeting: (name) => `Hallo ${name},`,
    intro:
      'Je bent gevraagd om als expert de oorzaken van een knelpunt te analyseren. Het netwerk hoort graag hoe jij ernaar kijkt.',
    referenceLabel: 'Kenmerk',
    titleLabel: 'Knelpunt',
    dueLabel: 'Graag klaar op',
    askedHeading: 'Wat vragen we?',
    asked: [
      'Kijk per oorzaakgebied of het een rol speelt: wet- en regelgeving, sturing en verantwoording, financiering, besluitvorming en organisatie, en communicatie. Licht toe waar het een rol speelt.',
      'Vat de onderliggende oorzaak samen en geef je aanbevelingen.',
      'Stel een handelingsoptie voor uit het instrumentenkoffer.',
    ],
    drafts:
      'Je kunt tussendoor opslaan als concept. Ook na het indienen kun je je analyse nog aanpassen: dien hem dan opnieuw in.',
    staffButton: 'Open je analyse',
    staffNote: 'Log in met je Signaalroute-account.',
    externalButton: 'Open het knelpunt',
    externalNote: (validUntil) =>
      `Deze link is persoonlijk en werkt tot en met ${validUntil}. Deel hem niet: wie de link heeft, kan je analyse bekijken en wijzigen.`,
    privacy:
      'De signalen bij dit knelpunt staan er zonder namen van melders. Gebruik wat je leest alleen voor deze analyse.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer:
      'Je krijgt deze e-mail omdat een netwerkadviseur je als expert aan dit knelpunt heeft toegewezen.',
  },
  en: {
    subject: (reference) => `Asked as an expert: analysis of case ${reference}`,
    greeting: (name) => `Hello ${name},`,
    intro:
      'You are asked, as an expert, to analyse the causes of a bottleneck. The network would like to hear how you see it.',
    referenceLabel: 'Reference',
    titleLabel: 'Case',
    dueLabel: 'Please finish by',
    askedHeading: 'What do we ask?',
    asked: [
      'For each cause area, say whether it plays a role: legislation, steering and accountability, funding, decision-making and organisation, and communication. Explain where it does.',
      'Summarise the underlying cause and give your recommendations.',
      'Propose a handling option from the toolkit (instrumentenkoffer).',
    ],
    drafts:
      'You can save a draft along the way. After submitting you can still change your analysis: just submit it again.',
    staffButton: 'Open your analysis',
    staffNote: 'Sign in with your Signaalroute account.',
    externalButton: 'Open the case',
    externalNote: (validUntil) =>
      `This link is personal and works until ${validUntil} inclusive. Do not share it: anyone who has the link can view and change your analysis.`,
    privacy:
      'The signals of this case are shown without the names of who sent them. Use what you read for this analysis only.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because a network adviser assigned you as an expert to this case.',
  },
};

export function composeExpertAssigned(input: ExpertAssignedInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  const access = input.access;
  return renderMail({
    locale,
    subject: t.subject(input.reference),
    greeting: t.greeting(input.recipientName),
    blocks: [
      { kind: 'paragraph', text: t.intro },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          ...(input.caseTitle ? [{ label: t.titleLabel, value: input.caseTitle }] : []),
          { label: t.dueLabel, value: formatCalendarDate(input.dueOn, locale) },
        ],
      },
      { kind: 'heading', text: t.askedHeading },
      { kind: 'steps', items: t.asked },
      { kind: 'paragraph', text: t.drafts },
      access.kind === 'staff'
        ? { kind: 'link', label: t.staffButton, url: access.url, note: t.staffNote }
        : {
            kind: 'link',
            label: t.externalButton,
            url: access.url,
            note: t.externalNote(formatCalendarDate(access.validUntil, locale)),
          },
      { kind: 'paragraph', text: t.privacy },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
