// The feedback of a case (step 7) as a mail: what happened with the signal, which steps were taken,
// what the agenda-setting achieved, and at the end one question, "did this help?", with three links.
// Submitters and call respondents get the same message with their own opening and footer.
import type { FeedbackRecipientKind, Helpfulness, Locale } from '@app/workflow';
import { renderMail, resolveLocale, type MailBlock, type RenderedMail } from './mail-layout';

export interface FeedbackMailInput {
  locale: Locale;
  kind: FeedbackRecipientKind;
  /** The case's reviewed title; null when no adviser reviewed it (a submitter's words stay inside). */
  caseTitle: string | null;
  /** The adviser's texts in the recipient's language; lines starting with "- " become a list. */
  whatHappened: string;
  stepsTaken: string;
  achieved: string;
  /** One personal link per answer to "did this help?". */
  answerUrls: Record<Helpfulness, string>;
}

interface Texts {
  subject: Record<FeedbackRecipientKind, string>;
  greeting: string;
  intro: Record<FeedbackRecipientKind, string>;
  caseLabel: string;
  whatHappened: string;
  stepsTaken: string;
  achieved: string;
  question: string;
  questionNote: string;
  answers: Record<Helpfulness, string>;
  signOff: readonly string[];
  footer: Record<FeedbackRecipientKind, string>;
}

const TEXTS: Record<Locale, Texts> = {
  nl: {
    subject: {
      submitter: 'Terugkoppeling: wat er met je melding is gebeurd',
      respondent: 'Terugkoppeling: wat er is gebeurd met het knelpunt waarop je reageerde',
    },
    greeting: 'Hallo,',
    intro: {
      submitter:
        'Je hebt een knelpunt bij ons gemeld. We beloofden je te laten weten wat ermee is gebeurd: hier is onze terugkoppeling.',
      respondent:
        'Je hebt gereageerd op onze vraag aan het netwerk over dit knelpunt. Dank je wel! Hier lees je wat er daarna mee is gebeurd.',
    },
    caseLabel: 'Knelpunt',
    whatHappened: 'Wat is er met de melding gebeurd?',
    stepsTaken: 'Welke stappen zijn gezet?',
    achieved: 'Wat heeft het agenderen opgeleverd?',
    question: 'Heeft dit geholpen?',
    questionNote: 'Kies een antwoord; je kunt daarna nog een toelichting geven.',
    answers: { yes: 'Ja, dit heeft geholpen', partly: 'Gedeeltelijk', no: 'Nee, dit heeft niet geholpen' },
    signOff: ['Met vriendelijke groet,', 'Signaalroute'],
    footer: {
      submitter:
        'Je krijgt deze e-mail omdat je dit knelpunt hebt gemeld en toestemming gaf om contact met je op te nemen.',
      respondent: 'Je krijgt deze e-mail omdat je hebt gereageerd op onze vraag over dit knelpunt.',
    },
  },
  en: {
    subject: {
      submitter: 'Feedback: what happened with your signal',
      respondent: 'Feedback: what happened with the bottleneck you responded to',
    },
    greeting: 'Hello,',
    intro: {
      submitter:
        'You reported a bottleneck to us. We promised to let you know what happened with it: here is our feedback.',
      respondent:
        'You answered our question to the network about this bottleneck. Thank you! Here you can read what happened next.',
    },
    caseLabel: 'Bottleneck',
    whatHappened: 'What happened with the signal?',
    stepsTaken: 'Which steps were taken?',
    achieved: 'What did the agenda-setting achieve?',
    question: 'Did this help?',
    questionNote: 'Choose an answer; you can add a comment afterwards.',
    answers: { yes: 'Yes, this helped', partly: 'Partly', no: 'No, this did not help' },
    signOff: ['Kind regards,', 'Signaalroute'],
    footer: {
      submitter:
        'You receive this e-mail because you reported this bottleneck and agreed to be contacted about it.',
      respondent: 'You receive this e-mail because you answered our question about this bottleneck.',
    },
  },
};

const ANSWER_ORDER: readonly Helpfulness[] = ['yes', 'partly', 'no'];

/** The three texts of a feedback message as stored (both languages). */
export interface FeedbackMessageTexts {
  whatHappenedNl: string;
  whatHappenedEn: string;
  stepsTakenNl: string;
  stepsTakenEn: string;
  achievedNl: string;
  achievedEn: string;
}

/** The three texts in one language. */
export function feedbackTextsIn(
  message: FeedbackMessageTexts,
  locale: Locale,
): Pick<FeedbackMailInput, 'whatHappened' | 'stepsTaken' | 'achieved'> {
  return locale === 'en'
    ? { whatHappened: message.whatHappenedEn, stepsTaken: message.stepsTakenEn, achieved: message.achievedEn }
    : {
        whatHappened: message.whatHappenedNl,
        stepsTaken: message.stepsTakenNl,
        achieved: message.achievedNl,
      };
}

/** The "did this help?" links of one recipient: the web app's answer page with the answer preset. */
export function feedbackAnswerUrls(publicUrl: string, token: string): Record<Helpfulness, string> {
  const base = `${publicUrl.replace(/\/$/, '')}/feedback/${encodeURIComponent(token)}`;
  return { yes: `${base}?answer=yes`, partly: `${base}?answer=partly`, no: `${base}?answer=no` };
}

export function composeFeedback(input: FeedbackMailInput): RenderedMail {
  const locale = resolveLocale(input.locale);
  const t = TEXTS[locale];
  return renderMail({
    locale,
    subject: t.subject[input.kind],
    greeting: t.greeting,
    blocks: [
      { kind: 'paragraph', text: t.intro[input.kind] },
      ...(input.caseTitle
        ? [{ kind: 'details', rows: [{ label: t.caseLabel, value: input.caseTitle }] } as const]
        : []),
      { kind: 'heading', text: t.whatHappened },
      ...textBlocks(input.whatHappened),
      { kind: 'heading', text: t.stepsTaken },
      ...textBlocks(input.stepsTaken),
      { kind: 'heading', text: t.achieved },
      ...textBlocks(input.achieved),
      { kind: 'heading', text: t.question },
      { kind: 'paragraph', text: t.questionNote },
      ...ANSWER_ORDER.map((answer): MailBlock => ({
        kind: 'link',
        label: t.answers[answer],
        url: input.answerUrls[answer],
      })),
    ],
    signOff: t.signOff,
    footer: t.footer[input.kind],
  });
}

/** Plain text as mail blocks: each line a paragraph, consecutive "- " lines one list. */
export function textBlocks(text: string): MailBlock[] {
  const blocks: MailBlock[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) blocks.push({ kind: 'steps', items: list });
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('- ')) {
      list.push(line.slice(2).trim());
      continue;
    }
    flush();
    if (line) blocks.push({ kind: 'paragraph', text: line });
  }
  flush();
  return blocks;
}
