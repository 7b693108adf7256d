// The agenda vocabulary (step 6, Agenderen) as the API's contract types it, and the lists of codes the
// screens offer, in the order an item goes through them.
import {
  agendaItemSummaryDtoStatusValues,
  allowedAgendaMoveDtoRequiresValues,
  moveAgendaItemDtoOutcomeValues,
  type components,
} from '../api/schema';
import type { I18n } from '../i18n/i18n-context';
import nl from '../i18n/nl.json';

export type AgendaItem = components['schemas']['AgendaItemSummaryDto'];
export type AgendaItemDetail = components['schemas']['AgendaItemDetailDto'];
export type AgendaEvent = components['schemas']['AgendaItemEventDto'];
export type AgendaDocument = components['schemas']['AgendaItemDocumentDto'];
export type AllowedMove = components['schemas']['AllowedAgendaMoveDto'];
export type StaleItem = components['schemas']['StaleAgendaItemDto'];
export type AgendaStatus = AgendaItem['status'];
export type AgendaOutcome = NonNullable<AgendaItem['outcome']>;
export type MoveField = AllowedMove['requires'][number];

/** Who works with agenda items: a liaison at their own tables, advisers and admins at every table. */
export const AGENDA_ROLES = ['liaison', 'adviser', 'admin'] as const;

/** proposed → submitted → scheduled → discussed → outcome → follow_up → closed. */
export const AGENDA_STATUSES = agendaItemSummaryDtoStatusValues;
export const AGENDA_OUTCOMES = moveAgendaItemDtoOutcomeValues;
/** What a move may record besides its note, in the order the form shows them. */
export const MOVE_FIELDS = allowedAgendaMoveDtoRequiresValues;

type Action = keyof typeof nl.agenda.actions;

function isKnownAction(action: string): action is Action {
  return action in nl.agenda.actions;
}

/** The words for a move (the API names it by an action code); the code itself for one we do not know. */
export function moveLabel(t: I18n['t'], move: Pick<AllowedMove, 'action'>): string {
  return isKnownAction(move.action) ? t(`agenda.actions.${move.action}`) : move.action.replace(/_/g, ' ');
}

/** A link the API stored as http(s); anything else is shown as text only, never followed. */
export function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
