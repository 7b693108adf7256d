// Someone without an account answered a public call: their answer counts once they confirm their
// e-mail address with this link, so nobody can answer in another person's name.
import type { Locale } from '@app/workflow';
import { validityText } from './link-validity';
import { renderMail, resolveLocale, type RenderedMail } from './mail-layout';

export interface AnswerConfirmationInput {
  locale: Locale;
  question: string;
  confirmUrl: string;
  validMinutes: number;
}

interface Texts {
  subject: string;
  intro: string;
  questionLabel: string;
  button: string;
  note: (validity: string) => string;
  notYou: string;
  signOff: readonly string[];
  footer: string;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: 'Bevestig je antwoord op de oproep',
    intro:
      'Je hebt een oproep van het netwerk beantwoord. Bevestig je e-mailadres, dan telt je antwoord mee.',
    questionLabel: 'Vraag',
    button: 'Bevestig je antwoord',
    note: (validity) => `De link is ${validity} geldig.`,
    notYou: 'Heb je niets ingevuld? Dan kun je deze e-mail negeren; er wordt niets opgeslagen.',
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: 'Je krijgt deze e-mail omdat dit adres is ingevuld bij een antwoord op een oproep.',
  },
  en: {
    subject: 'Confirm your answer to the call',
    intro: 'You answered a call from the network. Confirm your e-mail address and your answer counts.',
    questionLabel: 'Question',
    button: 'Confirm your answer',
    note: (validity) => `The link is valid for ${validity}.`,
    notYou: 'Did you not fill anything in? Then you can ignore this e-mail; nothing is kept.',
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: 'You receive this e-mail because this address was entered with an answer to a call.',
  },
};

export function composeAnswerConfirmation(input: AnswerConfirmationInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject,
    greeting: locale === 'nl' ? 'Hallo,' : 'Hello,',
    blocks: [
      { kind: 'paragraph', text: t.intro },
      { kind: 'details', rows: [{ label: t.questionLabel, value: input.question }] },
      {
        kind: 'link',
        label: t.button,
        url: input.confirmUrl,
        note: t.note(validityText(input.validMinutes, locale)),
      },
      { kind: 'paragraph', text: t.notYou },
    ],
    signOff: t.signOff,
    footer: t.footer,
  });
}
