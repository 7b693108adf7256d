// The mail with which a member signs in: no password, just a link that works once, for a short while.
import type { Locale } from '@app/workflow';
import { validityText } from './link-validity';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface MagicLinkInput {
  locale: Locale;
  /** The personal sign-in link; whoever has it signs in as the member. */
  url: string;
  validMinutes: number;
}

const TEXTS: Record<
  Locale,
  {
    subject: string;
    greeting: string;
    intro: string;
    button: string;
    note: (validity: string) => string;
    what: string;
    notYou: string;
    signOff: readonly string[];
    footer: string;
  }
> = {
  nl: {
    subject: 'Je inloglink voor Signaalroute',
    greeting: 'Hallo,',
    intro: 'Je hebt gevraagd om in te loggen bij Signaalroute. Dat doe je met deze link:',
    button: 'Inloggen',
    note: (validity) =>
      `De link werkt één keer en is ${validity} geldig. Deel hem niet: wie de link heeft, kan als jou inloggen.`,
    what: 'Als je bent ingelogd, zie je je eigen signalen en hoe het ermee staat.',
    notYou: 'Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat iemand met dit adres wilde inloggen bij Signaalroute.',
  },
  en: {
    subject: 'Your sign-in link for Signaalroute',
    greeting: 'Hello,',
    intro: 'You asked to sign in to Signaalroute. Use this link to do so:',
    button: 'Sign in',
    note: (validity) =>
      `The link works once and is valid for ${validity}. Do not share it: anyone who has the link can sign in as you.`,
    what: 'Once signed in, you see your own signals and how they are doing.',
    notYou: 'Did you not ask for this? Then you can ignore this e-mail.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because someone wanted to sign in to Signaalroute with this address.',
  },
};

export function composeMagicLink(input: MagicLinkInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject,
    greeting: t.greeting,
    blocks: [
      { kind: 'paragraph', text: t.intro },
      {
        kind: 'link',
        label: t.button,
        url: input.url,
        note: t.note(validityText(input.validMinutes, locale)),
      },
      { kind: 'paragraph', text: t.what },
      { kind: 'paragraph', text: t.notYou },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
