import { AGENDA_OUTCOMES, AGENDA_STATUSES, type AgendaOutcome, type AgendaStatus } from '@app/workflow';
import { CodeField, DateField, IntField, TextField } from '../../common/fields.decorator';

/** Which fields each move needs is in libs/workflow/src/agenda-item-moves.ts (422 when they do not fit). */
export class MoveAgendaItemDto {
  @CodeField(AGENDA_STATUSES, { description: 'The status to move the item to' })
  to!: AgendaStatus;

  @TextField({ description: 'What happened; kept with the change', max: 5000 })
  note!: string;

  @DateField({ description: 'The meeting date (to schedule or reschedule)', optional: true })
  meetingDate?: string;

  @CodeField(AGENDA_OUTCOMES, {
    description: 'What the table answered (to record the outcome)',
    optional: true,
  })
  outcome?: AgendaOutcome;

  @TextField({ description: 'The outcome in a few words', max: 5000, optional: true })
  outcomeNote?: string;

  @DateField({
    description: 'When to check a commitment (to plan a follow-up; today or later)',
    optional: true,
  })
  followUpOn?: string;

  @IntField({
    description: 'The item version you saw (409 when it changed meanwhile)',
    min: 1,
    max: 2_147_483_647,
  })
  expectedVersion!: number;
}
