// The mail a submitter gets right after sending a signal (a bottleneck or a good example): thanks, the
// reference, the private tracking link and what happens next, in plain language.
import type { Locale } from '@app/workflow';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface AcknowledgementInput {
  locale: Locale;
  /** Readable reference, e.g. SR-2026-000123. */
  reference: string;
  /** The signal's title as the submitter typed it: user text, escaped by the layout. */
  title: string;
  /** The personal tracking link; whoever has it can follow the signal. */
  trackingUrl: string;
}

interface AcknowledgementTexts {
  subject: (reference: string) => string;
  greeting: string;
  thanks: string;
  referenceLabel: string;
  titleLabel: string;
  trackingIntro: string;
  trackingButton: string;
  trackingPrivate: string;
  nextHeading: string;
  nextSteps: readonly string[];
  questions: (reference: string) => string;
  signOff: readonly string[];
  footer: string;
}

// Dutch in plain language (B1), addressed as "je"; English mirrors it.
const TEXTS: Record<Locale, AcknowledgementTexts> = {
  nl: {
    subject: (reference) => `Bedankt voor je signaal (${reference})`,
    greeting: 'Hallo,',
    thanks: 'Bedankt voor je signaal. We hebben het goed ontvangen.',
    referenceLabel: 'Kenmerk',
    titleLabel: 'Onderwerp',
    trackingIntro: 'Met deze persoonlijke link zie je wat er met je signaal gebeurt:',
    trackingButton: 'Bekijk je signaal',
    trackingPrivate:
      'Deze link is alleen voor jou. Deel hem niet met anderen: iedereen die de link heeft, kan je signaal bekijken.',
    nextHeading: 'Wat gebeurt er nu?',
    nextSteps: [
      'Het netwerk verzamelt signalen over wat niet goed gaat, en over wat juist wel werkt.',
      'Een netwerkadviseur bekijkt je signaal en kijkt of anderen hetzelfde ervaren.',
      'Je hoort van ons wat er met je signaal is gebeurd. Dat kan even duren, want we pakken signalen over hetzelfde onderwerp samen op.',
    ],
    questions: (reference) =>
      `Wil je iets aanvullen of heb je een vraag? Beantwoord dan deze e-mail en noem je kenmerk ${reference}.`,
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat je een signaal hebt gestuurd via Signaalroute.',
  },
  en: {
    subject: (reference) => `Thank you for your signal (${reference})`,
    greeting: 'Hello,',
    thanks: 'Thank you for your signal. We have received it.',
    referenceLabel: 'Reference',
    titleLabel: 'Subject',
    trackingIntro: 'With this personal link you can see what happens with your signal:',
    trackingButton: 'View your signal',
    trackingPrivate:
      'This link is for you only. Do not share it: anyone who has the link can view your signal.',
    nextHeading: 'What happens next?',
    nextSteps: [
      'The network collects signals about what does not work well, and about what does work.',
      'A network adviser looks at your signal and checks whether others experience the same.',
      'You will hear from us what happened with your signal. This can take a while, because we handle signals about the same subject together.',
    ],
    questions: (reference) =>
      `Would you like to add something or do you have a question? Reply to this e-mail and mention your reference ${reference}.`,
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because you sent a signal through Signaalroute.',
  },
};

export function composeAcknowledgement(input: AcknowledgementInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject(input.reference),
    greeting: t.greeting,
    blocks: [
      { kind: 'paragraph', text: t.thanks },
      {
        kind: 'details',
        rows: [
          { label: t.referenceLabel, value: input.reference },
          { label: t.titleLabel, value: input.title },
        ],
      },
      { kind: 'paragraph', text: t.trackingIntro },
      { kind: 'link', label: t.trackingButton, url: input.trackingUrl, note: t.trackingPrivate },
      { kind: 'heading', text: t.nextHeading },
      { kind: 'steps', items: t.nextSteps },
      { kind: 'paragraph', text: t.questions(input.reference) },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
