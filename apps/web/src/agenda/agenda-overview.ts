// What a liaison looks at first: per table the items by status, the meetings coming up, and what still
// has to be recorded. Pure, so the rules are tested without a screen; `today` is a calendar day
// (YYYY-MM-DD), as meeting and follow-up dates are.
import { AGENDA_STATUSES, type AgendaItem, type AgendaStatus } from './agenda-types';

export interface StatusGroup {
  status: AgendaStatus;
  items: AgendaItem[];
}

/** The items in the order of their way (proposed first); statuses without items are left out. */
export function groupByStatus(items: readonly AgendaItem[]): StatusGroup[] {
  return AGENDA_STATUSES.map((status) => ({
    status,
    items: items.filter((item) => item.status === status),
  })).filter((group) => group.items.length > 0);
}

/** Scheduled meetings from today on, soonest first. */
export function upcomingMeetings(items: readonly AgendaItem[], today: string): AgendaItem[] {
  return items
    .filter((item) => item.status === 'scheduled' && !!item.meetingDate && item.meetingDate >= today)
    .sort((a, b) => (a.meetingDate ?? '').localeCompare(b.meetingDate ?? ''));
}

export type RecordingReason = 'meetingPassed' | 'noOutcome' | 'followUpDue';

export interface ToRecord {
  item: AgendaItem;
  reason: RecordingReason;
}

/** Why an item waits for the liaison to record something, if it does. */
export function recordingReason(item: AgendaItem, today: string): RecordingReason | undefined {
  if (item.status === 'scheduled' && item.meetingDate && item.meetingDate < today) return 'meetingPassed';
  if (item.status === 'discussed') return 'noOutcome';
  if (item.status === 'follow_up' && item.followUpOn && item.followUpOn <= today) return 'followUpDue';
  return undefined;
}

/** Meetings that passed without being recorded, discussions without an outcome, follow-ups now due;
 * the longest waiting first. */
export function needsRecording(items: readonly AgendaItem[], today: string): ToRecord[] {
  const waitingSince = ({ item }: ToRecord) =>
    item.status === 'scheduled'
      ? (item.meetingDate ?? '')
      : item.status === 'follow_up'
        ? (item.followUpOn ?? '')
        : item.movedAt.slice(0, 10);
  return items
    .flatMap((item) => {
      const reason = recordingReason(item, today);
      return reason ? [{ item, reason }] : [];
    })
    .sort((a, b) => waitingSince(a).localeCompare(waitingSince(b)));
}
