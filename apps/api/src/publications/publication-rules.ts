// What a publication must hold for its kind, which cases it may be about, and when it may be published.
// Pure, so the rules read in one place and are tested without a database.
import type { LocalizedMessage } from '@app/core';
import type { CaseStep, PublicationKind, PublicationStatus } from '@app/workflow';

/** Cases are shared from step 5 on: in sharing, or later (agenda, feedback, closed). */
export const SHAREABLE_STEPS: readonly CaseStep[] = ['sharing', 'agenda', 'feedback', 'closed'];

/** A Blikvanger is a poster: a short text that starts a conversation. */
export const BLIKVANGER_BODY_MAX = 600;

export interface PublicationContent {
  kind: PublicationKind;
  body: string;
  linkUrl: string | null;
  callToAction: string | null;
}

export interface Problem {
  code: string;
  field?: string;
  message: LocalizedMessage;
}

/** What the kind asks of the content: a podcast its address, a Blikvanger a short text and a call to react. */
export function contentProblems(content: PublicationContent): Problem[] {
  const problems: Problem[] = [];
  if (content.kind === 'podcast' && !content.linkUrl) {
    problems.push({
      code: 'link_required',
      field: 'linkUrl',
      message: {
        nl: 'Een podcast heeft een link nodig waar je hem kunt beluisteren.',
        en: 'A podcast needs a link where it can be listened to.',
      },
    });
  }
  if (content.kind === 'blikvanger') {
    if (!content.callToAction) {
      problems.push({
        code: 'call_to_action_required',
        field: 'callToAction',
        message: {
          nl: 'Een Blikvanger vraagt de lezer om te reageren: vul de oproep in.',
          en: 'A Blikvanger asks the reader to react: fill in the call to action.',
        },
      });
    }
    if (content.body.length > BLIKVANGER_BODY_MAX) {
      problems.push({
        code: 'body_too_long',
        field: 'body',
        message: {
          nl: `Een Blikvanger is een korte tekst: hoogstens ${BLIKVANGER_BODY_MAX} tekens.`,
          en: `A Blikvanger is a short text: at most ${BLIKVANGER_BODY_MAX} characters.`,
        },
      });
    }
  }
  return problems;
}

export interface CaseStepRow {
  id: string;
  reference: string;
  step: CaseStep;
}

export function caseProblems(cases: readonly CaseStepRow[]): Problem[] {
  const early = cases.filter((c) => !SHAREABLE_STEPS.includes(c.step));
  if (early.length === 0) return [];
  const references = early.map((c) => c.reference).join(', ');
  return [
    {
      code: 'case_not_shareable',
      field: 'caseIds',
      message: {
        nl: `Over een knelpunt wordt pas gepubliceerd vanaf de stap Delen: ${references} is nog niet zo ver.`,
        en: `A case is published about from the sharing step on: ${references} is not there yet.`,
      },
    },
  ];
}

export interface PublishState {
  status: PublicationStatus;
  version: number;
  checkedVersion: number | null;
  openFindings: number;
}

/** Why the publication cannot be published now (the status aside: review is checked separately). */
export function publishProblems(state: PublishState): Problem[] {
  const problems: Problem[] = [];
  if (state.checkedVersion !== state.version) {
    problems.push({
      code: 'check_pending',
      message: {
        nl: 'De controle op persoonsgegevens van deze versie is nog niet klaar. Probeer het zo opnieuw.',
        en: 'The personal-data check of this version has not finished yet. Try again in a moment.',
      },
    });
  }
  if (state.openFindings > 0) {
    problems.push({
      code: 'open_findings',
      message: {
        nl: `Er ${state.openFindings === 1 ? 'staat nog 1 bevinding' : `staan nog ${state.openFindings} bevindingen`} open: pas de tekst aan of accepteer ze met een reden.`,
        en: `${state.openFindings} finding(s) are still open: change the text or accept them with a reason.`,
      },
    });
  }
  return problems;
}
