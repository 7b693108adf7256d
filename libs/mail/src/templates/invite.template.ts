// The mail a new staff member gets when an admin invites them: who invited them for which role, and
// the link that sets their password. The link works once and expires.
import type { Locale, StaffRole } from '@app/workflow';
import { validityText } from './link-validity';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface InviteInput {
  locale: Locale;
  /** The name the admin entered for the new account. */
  displayName: string;
  role: StaffRole;
  /** The personal link that sets the password; whoever has it can take the account. */
  url: string;
  validMinutes: number;
}

interface InviteTexts {
  subject: string;
  greeting: (name: string) => string;
  intro: (role: string) => string;
  roles: Record<StaffRole, string>;
  action: string;
  button: string;
  note: (validity: string) => string;
  notExpected: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, InviteTexts> = {
  nl: {
    subject: 'Je bent uitgenodigd voor Signaalroute',
    greeting: (name) => `Hallo ${name},`,
    intro: (role) => `Je bent uitgenodigd om mee te werken in Signaalroute, als ${role}.`,
    roles: {
      adviser: 'netwerkadviseur',
      expert: 'expert',
      liaison: 'tafel-liaison',
      admin: 'regisseur (beheerder)',
    },
    action: 'Kies met deze link een wachtwoord. Daarna ben je meteen ingelogd.',
    button: 'Kies je wachtwoord',
    note: (validity) =>
      `De link werkt één keer en is ${validity} geldig. Deel hem niet: wie de link heeft, kan je account gebruiken.`,
    notExpected: 'Verwachtte je deze uitnodiging niet? Dan kun je deze e-mail negeren.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat een beheerder van Signaalroute je heeft uitgenodigd.',
  },
  en: {
    subject: 'You are invited to Signaalroute',
    greeting: (name) => `Hello ${name},`,
    intro: (role) => `You are invited to work in Signaalroute, as ${role}.`,
    roles: {
      adviser: 'network adviser',
      expert: 'expert',
      liaison: 'table liaison',
      admin: 'director (administrator)',
    },
    action: 'Choose a password with this link. You are signed in right after.',
    button: 'Choose your password',
    note: (validity) =>
      `The link works once and is valid for ${validity}. Do not share it: anyone who has the link can use your account.`,
    notExpected: 'Did you not expect this invitation? Then you can ignore this e-mail.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because an administrator of Signaalroute invited you.',
  },
};

export function composeInvite(input: InviteInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject,
    greeting: t.greeting(input.displayName),
    blocks: [
      { kind: 'paragraph', text: t.intro(t.roles[input.role]) },
      { kind: 'paragraph', text: t.action },
      {
        kind: 'link',
        label: t.button,
        url: input.url,
        note: t.note(validityText(input.validMinutes, locale)),
      },
      { kind: 'paragraph', text: t.notExpected },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
