// The first draft of a case's feedback, in plain Dutch and English, answering the three questions of
// step 7: what happened with the signal, which steps were taken, what the agenda-setting achieved.
// Pure: the preparer gathers the facts; the adviser edits the result before it is sent. It names no
// submitter, respondent, child or family: only what the case itself went through.
import type { AgendaOutcome, AgendaStatus, HandlingOption, Locale, PublicationKind } from '@app/workflow';
import {
  AGENDA_OUTCOME_WORDS,
  HANDLING_OPTION_WORDS,
  PUBLICATION_KIND_WORDS,
  formatDay,
} from './feedback-labels';

export interface FeedbackFacts {
  /** Only a title an adviser wrote or confirmed; null otherwise (a submitter's own words stay inside). */
  caseTitle: string | null;
  /** Signals linked to the case. */
  signalCount: number;
  /** The latest targeted call's tally, if one was held. */
  tally: { respondents: number; recognising: number } | null;
  /** Members who said "I recognise this" outside a call. */
  endorsements: number;
  /** Recognition conversations with network partners. */
  conversations: number;
  handlingOption: HandlingOption | null;
  /** When the case first reached each step after recognition (from the step history). */
  reached: Partial<Record<'deepening' | 'sharing' | 'agenda' | 'feedback', Date>>;
  submittedAnalyses: number;
  /** Published publications about the case. */
  publications: readonly { kind: PublicationKind; title: string; publishedAt: Date | null }[];
  agendaItems: readonly {
    table: string;
    status: AgendaStatus;
    outcome: AgendaOutcome | null;
    outcomeNote: string | null;
  }[];
}

export interface FeedbackTexts {
  whatHappenedNl: string;
  whatHappenedEn: string;
  stepsTakenNl: string;
  stepsTakenEn: string;
  achievedNl: string;
  achievedEn: string;
}

export function composeFeedbackTexts(facts: FeedbackFacts): FeedbackTexts {
  return {
    whatHappenedNl: whatHappened(facts, 'nl'),
    whatHappenedEn: whatHappened(facts, 'en'),
    stepsTakenNl: stepsTaken(facts, 'nl'),
    stepsTakenEn: stepsTaken(facts, 'en'),
    achievedNl: achieved(facts, 'nl'),
    achievedEn: achieved(facts, 'en'),
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** How many recognised the bottleneck: the tally's recognising respondents plus endorsements. */
export function recognisedBy(facts: FeedbackFacts): number {
  return (facts.tally?.recognising ?? 0) + facts.endorsements;
}

function whatHappened(facts: FeedbackFacts, locale: Locale): string {
  const lines: string[] = [];
  const recognising = recognisedBy(facts);
  if (locale === 'nl') {
    const subject = facts.caseTitle ? `Het knelpunt "${facts.caseTitle}"` : 'Dit knelpunt';
    lines.push(
      facts.signalCount > 1
        ? `${subject} kwam bij ons binnen via ${facts.signalCount} meldingen. We hebben ze samengebracht in één dossier en samen opgepakt.`
        : `${subject} kwam bij ons binnen via een melding. We hebben het als dossier opgepakt.`,
    );
    if (recognising > 0) {
      const of = facts.tally ? ` (van de ${facts.tally.respondents} die reageerden op onze vraag)` : '';
      lines.push(
        `${plural(recognising, 'persoon', 'mensen')} uit het netwerk ${recognising === 1 ? 'herkende' : 'herkenden'} het knelpunt${of}.`,
      );
    } else if (facts.tally) {
      lines.push(
        `We vroegen het netwerk of het knelpunt herkend wordt; ${facts.tally.respondents} reageerden.`,
      );
    }
    if (facts.conversations > 0)
      lines.push(
        `We spraken erover met netwerkpartners in ${plural(facts.conversations, 'gesprek', 'gesprekken')}.`,
      );
    if (facts.handlingOption)
      lines.push(`We kozen voor deze aanpak: ${HANDLING_OPTION_WORDS[facts.handlingOption].nl}.`);
  } else {
    const subject = facts.caseTitle ? `The bottleneck "${facts.caseTitle}"` : 'This bottleneck';
    lines.push(
      facts.signalCount > 1
        ? `${subject} reached us through ${facts.signalCount} signals. We brought them together in one case and took them up together.`
        : `${subject} reached us through one signal. We took it up as a case.`,
    );
    if (recognising > 0) {
      const of = facts.tally ? ` (of the ${facts.tally.respondents} who answered our question)` : '';
      lines.push(`${plural(recognising, 'person', 'people')} in the network recognised the bottleneck${of}.`);
    } else if (facts.tally) {
      lines.push(
        `We asked the network whether it recognises the bottleneck; ${facts.tally.respondents} answered.`,
      );
    }
    if (facts.conversations > 0)
      lines.push(
        `We discussed it with network partners in ${plural(facts.conversations, 'conversation', 'conversations')}.`,
      );
    if (facts.handlingOption)
      lines.push(`We chose this approach: ${HANDLING_OPTION_WORDS[facts.handlingOption].en}.`);
  }
  return lines.join('\n');
}

function stepsTaken(facts: FeedbackFacts, locale: Locale): string {
  const nl = locale === 'nl';
  const on = (at: Date | undefined) => (at ? ` (${nl ? 'vanaf' : 'from'} ${formatDay(at, locale)})` : '');
  const steps: string[] = [];
  const asked = facts.tally ? facts.tally.respondents : 0;
  steps.push(
    nl
      ? `Toetsen: we gingen na of anderen het knelpunt herkennen${asked > 0 ? ` (${plural(asked, 'reactie', 'reacties')} op onze vraag aan het netwerk)` : ''}.`
      : `Testing: we checked whether others recognise the bottleneck${asked > 0 ? ` (${plural(asked, 'answer', 'answers')} to our question to the network)` : ''}.`,
  );
  if (facts.reached.deepening || facts.submittedAnalyses > 0) {
    const analyses =
      facts.submittedAnalyses > 0
        ? nl
          ? `; ${plural(facts.submittedAnalyses, 'analyse', 'analyses')} afgerond`
          : `; ${plural(facts.submittedAnalyses, 'analysis', 'analyses')} completed`
        : '';
    steps.push(
      nl
        ? `Verdiepen: experts zochten naar de oorzaken${on(facts.reached.deepening)}${analyses}.`
        : `Deepening: experts looked for the causes${on(facts.reached.deepening)}${analyses}.`,
    );
  }
  if (facts.reached.sharing || facts.publications.length > 0) {
    const shared = facts.publications.map((p) =>
      nl
        ? `${PUBLICATION_KIND_WORDS[p.kind].nl} "${p.title}"${p.publishedAt ? ` (${formatDay(p.publishedAt, 'nl')})` : ''}`
        : `${PUBLICATION_KIND_WORDS[p.kind].en} "${p.title}"${p.publishedAt ? ` (${formatDay(p.publishedAt, 'en')})` : ''}`,
    );
    steps.push(
      nl
        ? `Delen: we deelden wat we leerden met het netwerk${shared.length > 0 ? `: ${shared.join('; ')}` : ''}.`
        : `Sharing: we shared what we learned with the network${shared.length > 0 ? `: ${shared.join('; ')}` : ''}.`,
    );
  }
  if (facts.agendaItems.length > 0) {
    const tables = facts.agendaItems.map((item) => item.table).join(', ');
    steps.push(
      nl
        ? `Agenderen: we brachten het knelpunt in bij ${tables}${on(facts.reached.agenda)}.`
        : `Agenda-setting: we brought the bottleneck to ${tables}${on(facts.reached.agenda)}.`,
    );
  }
  steps.push(
    nl
      ? 'Terugkoppelen: met dit bericht laten we je weten wat er is gebeurd.'
      : 'Reporting back: with this message we let you know what happened.',
  );
  return steps.map((step) => `- ${step}`).join('\n');
}

function achieved(facts: FeedbackFacts, locale: Locale): string {
  const nl = locale === 'nl';
  if (facts.agendaItems.length === 0) {
    return nl
      ? 'Het knelpunt is niet bij een landelijke tafel ingebracht.'
      : 'The bottleneck was not brought to a national table.';
  }
  const lines = facts.agendaItems.map((item) => {
    const outcome = item.outcome
      ? AGENDA_OUTCOME_WORDS[item.outcome][locale]
      : nl
        ? 'er is nog geen uitkomst'
        : 'there is no outcome yet';
    const note = item.outcomeNote?.trim() ? ` ${item.outcomeNote.trim()}` : '';
    return `- ${item.table}: ${outcome}.${note}`;
  });
  const intro = nl
    ? `We brachten het knelpunt in bij ${plural(facts.agendaItems.length, 'landelijke tafel', 'landelijke tafels')}. Dit is wat het opleverde:`
    : `We brought the bottleneck to ${plural(facts.agendaItems.length, 'national table', 'national tables')}. This is what it achieved:`;
  return [intro, ...lines].join('\n');
}
