// When a liaison hears about an agenda item: some days before its meeting (to record what happened),
// the day after the meeting if it is still not recorded as discussed, on the follow-up date, and when the
// item has not moved for some weeks. Dates are Dutch calendar dates; mails go out at 09:00 Dutch time.
import { DEEPENING_MAIL_HOUR, addDays, dutchTime } from './deepening-schedule';

/** The same working-day start as every other reminder. */
export const AGENDA_MAIL_HOUR = DEEPENING_MAIL_HOUR;

const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface AgendaReminderSettings {
  /** The liaison is reminded this many days before the meeting (0: on the day itself). */
  meetingReminderDaysBefore: number;
  /** An item that has not moved for this many weeks is stale. */
  staleAfterWeeks: number;
}

export const DEFAULT_AGENDA_REMINDERS: AgendaReminderSettings = {
  meetingReminderDaysBefore: 3,
  staleAfterWeeks: 4,
};

export interface MeetingMoments {
  /** Before the meeting: "record what happened". */
  reminder: Date;
  /** The day after the meeting, when the item is still not discussed. */
  passed: Date;
}

export function meetingMoments(meetingDate: string, daysBefore: number): MeetingMoments {
  return {
    reminder: dutchTime(addDays(meetingDate, -Math.max(0, daysBefore)), AGENDA_MAIL_HOUR),
    passed: dutchTime(addDays(meetingDate, 1), AGENDA_MAIL_HOUR),
  };
}

export function followUpMoment(followUpOn: string): Date {
  return dutchTime(followUpOn, AGENDA_MAIL_HOUR);
}

/** The moment an item that last moved at `movedAt` becomes stale. */
export function staleMoment(movedAt: Date, weeks: number): Date {
  return new Date(movedAt.getTime() + weeks * WEEK_MS);
}

export function isStale(movedAt: Date, weeks: number, now: Date = new Date()): boolean {
  return staleMoment(movedAt, weeks).getTime() <= now.getTime();
}
