// The mail with a link to choose a new password, sent when someone asks for it for a staff account.
import type { Locale } from '@app/workflow';
import { validityText } from './link-validity';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface PasswordResetInput {
  locale: Locale;
  /** The personal link that sets a new password; whoever has it can take the account. */
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
    notYou: string;
    signOff: readonly string[];
    footer: string;
  }
> = {
  nl: {
    subject: 'Nieuw wachtwoord voor Signaalroute',
    greeting: 'Hallo,',
    intro: 'Je hebt gevraagd om een nieuw wachtwoord voor Signaalroute. Kies het met deze link:',
    button: 'Kies een nieuw wachtwoord',
    note: (validity) =>
      `De link werkt één keer en is ${validity} geldig. Als je een nieuw wachtwoord kiest, word je op al je apparaten uitgelogd.`,
    notYou:
      'Heb je dit niet zelf gevraagd? Dan kun je deze e-mail negeren: je wachtwoord blijft zoals het is.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat iemand een nieuw wachtwoord heeft aangevraagd voor dit adres.',
  },
  en: {
    subject: 'New password for Signaalroute',
    greeting: 'Hello,',
    intro: 'You asked for a new password for Signaalroute. Choose it with this link:',
    button: 'Choose a new password',
    note: (validity) =>
      `The link works once and is valid for ${validity}. When you choose a new password, you are signed out on all your devices.`,
    notYou: 'Did you not ask for this? Then you can ignore this e-mail: your password stays as it is.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because someone asked for a new password for this address.',
  },
};

export function composePasswordReset(input: PasswordResetInput): RenderedMail {
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
      { kind: 'paragraph', text: t.notYou },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
