// When the expert and the adviser hear about an analysis that is due. Due dates are calendar dates in
// Dutch time; every mail goes out at 09:00 there, the start of a working day, summer or winter.

/** The moment mails about a due date go out, Dutch time. */
export const DEEPENING_MAIL_HOUR = 9;

/** How long an external expert's private link keeps working after the due date. */
export const EXTERNAL_LINK_DAYS_AFTER_DUE = 30;

const ZONE = 'Europe/Amsterdam';
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DeepeningMilestones {
  /** The reminder some days before the due date; null when that setting is 0 (the due-date one suffices). */
  remindBefore: Date | null;
  /** The reminder on the due date itself. */
  remindDue: Date;
  /** The notice to the adviser, the day after the due date. */
  overdue: Date;
}

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Today's date in the Netherlands, `YYYY-MM-DD`. */
export function dutchToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The moment it is `hour`:00 on `date` in the Netherlands. */
export function dutchTime(date: string, hour: number): Date {
  const [year, month, day] = parts(date);
  const asUtc = Date.UTC(year, month - 1, day, hour);
  // The offset at that moment (+1 or +2 hours); clock changes happen at night, never near the hour used.
  return new Date(asUtc - offsetMinutes(new Date(asUtc)) * 60_000);
}

export function deepeningMilestones(dueOn: string, daysBefore: number): DeepeningMilestones {
  return {
    remindBefore: daysBefore > 0 ? dutchTime(addDays(dueOn, -daysBefore), DEEPENING_MAIL_HOUR) : null,
    remindDue: dutchTime(dueOn, DEEPENING_MAIL_HOUR),
    overdue: dutchTime(addDays(dueOn, 1), DEEPENING_MAIL_HOUR),
  };
}

/** The link works through the whole 30th day after the due date, Dutch time. */
export function externalLinkExpiresAt(dueOn: string): Date {
  return dutchTime(addDays(dueOn, EXTERNAL_LINK_DAYS_AFTER_DUE + 1), 0);
}

/** Past the due date (Dutch time) without a submitted analysis. */
export function isOverdue(dueOn: string | null, submitted: boolean, now: Date = new Date()): boolean {
  return dueOn !== null && !submitted && dueOn < dutchToday(now);
}

function parts(date: string): [number, number, number] {
  const match = CALENDAR_DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Minutes the Dutch clock is ahead of UTC at `moment`. */
function offsetMinutes(moment: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(moment)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
