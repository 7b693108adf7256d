// The jobs an assignment plans: the mail to the expert now, and the reminders and overdue notice at
// 09:00 Dutch time around the due date. A later outbox row for the same job moves its delayed job
// (JobQueues.schedule), so moving the due date replans all of them.
import { outboxJob, type OutboxJob } from '@app/queue';
import { deepeningMilestones } from '@app/workflow';

type MilestoneJob = 'deepening.remind-before' | 'deepening.remind-due' | 'deepening.overdue';

export function assignmentCreatedJobs(
  assignmentId: string,
  dueOn: string,
  daysBefore: number,
  now: Date = new Date(),
): OutboxJob[] {
  // A new assignment has no earlier jobs: moments already past are simply skipped (the first mail names the date).
  const reminders = milestoneJobs(assignmentId, dueOn, daysBefore).filter((job) => (job.runAt ?? now) > now);
  return [outboxJob('deepening.notify', { assignmentId }), ...reminders];
}

/**
 * After a due date moved, every milestone is written again. One already past runs at once: otherwise a
 * job planned for the old date would still fire later, about a date that no longer holds.
 */
export function dueDateMovedJobs(assignmentId: string, dueOn: string, daysBefore: number): OutboxJob[] {
  return milestoneJobs(assignmentId, dueOn, daysBefore);
}

function milestoneJobs(assignmentId: string, dueOn: string, daysBefore: number): OutboxJob[] {
  const at = deepeningMilestones(dueOn, daysBefore);
  const planned: [MilestoneJob, Date | null][] = [
    ['deepening.remind-before', at.remindBefore],
    ['deepening.remind-due', at.remindDue],
    ['deepening.overdue', at.overdue],
  ];
  return planned.flatMap(([name, runAt]) => (runAt ? [outboxJob(name, { assignmentId }, runAt)] : []));
}
