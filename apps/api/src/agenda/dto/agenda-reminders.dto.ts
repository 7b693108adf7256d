import { IntField } from '../../common/fields.decorator';

/** When liaisons and advisers hear about agenda items. */
export class AgendaRemindersDto {
  @IntField({ description: 'Days before a meeting the liaison is reminded (0: on the day)', min: 0, max: 60 })
  meetingReminderDaysBefore!: number;

  @IntField({ description: 'Weeks without a move after which an item is stale', min: 1, max: 52 })
  staleAfterWeeks!: number;
}
