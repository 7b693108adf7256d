// Mails to an assigned expert: the assignment itself (with an external expert's private link, made here
// so the raw token exists only in that mail) and the reminders before and on the due date. Each mail has
// a dedupe key, so a rerun sends nothing; a moved due date is a new date and reminds again.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { newSecretToken } from '@app/core';
import {
  composeExpertAssigned,
  composeExpertReminder,
  queueMails,
  resolveLocale,
  type ExpertAccess,
  type ReminderMoment,
} from '@app/mail';
import {
  AnalysisEntity,
  CaseAssignmentEntity,
  CaseEntity,
  MailMessageEntity,
  UserEntity,
} from '@app/persistence';
import { EXTERNAL_LINK_DAYS_AFTER_DUE, addDays, type CaseStep, type Locale } from '@app/workflow';

export type ExpertNoticeOutcome =
  'sent' | 'already_sent' | 'gone' | 'no_due_date' | 'case_moved_on' | 'expert_inactive' | 'submitted';

interface Recipient {
  to: string;
  name: string;
  locale: Locale;
}

/** The assignment mail goes out while experts are being asked; reminders only while they can write. */
const NOTIFY_STEPS: readonly CaseStep[] = ['recognition', 'deepening'];

@Injectable()
export class ExpertNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  notify(assignmentId: string): Promise<ExpertNoticeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // Locked: a concurrent run waits, then finds the mail and makes no second link.
      const assignment = await manager.findOne(CaseAssignmentEntity, {
        where: { id: assignmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!assignment) return 'gone';
      if (!assignment.dueOn) return 'no_due_date';
      const dedupeKey = `expert_assigned:${assignment.id}`;
      if (await manager.exists(MailMessageEntity, { where: { dedupeKey } })) return 'already_sent';
      const caseRow = await manager.findOneBy(CaseEntity, { id: assignment.caseId });
      if (!caseRow || !NOTIFY_STEPS.includes(caseRow.step)) return 'case_moved_on';
      const recipient = await this.recipientOf(manager, assignment);
      if (!recipient) return 'expert_inactive';

      let access: ExpertAccess;
      if (assignment.expertId) {
        access = { kind: 'staff', url: this.analysisUrl(assignment.id) };
      } else {
        const { token, hash } = newSecretToken();
        await manager.update(CaseAssignmentEntity, { id: assignment.id }, { accessTokenHash: hash });
        access = {
          kind: 'external',
          url: `${this.config.publicUrl}/expert/${token}`,
          validUntil: addDays(assignment.dueOn, EXTERNAL_LINK_DAYS_AFTER_DUE),
        };
      }
      await queueMails(manager, [
        {
          dedupeKey,
          purpose: 'expert_assigned',
          to: recipient.to,
          locale: recipient.locale,
          message: composeExpertAssigned({
            locale: recipient.locale,
            recipientName: recipient.name,
            reference: caseRow.reference,
            caseTitle: titleFor(assignment, caseRow),
            dueOn: assignment.dueOn,
            access,
          }),
        },
      ]);
      return 'sent';
    });
  }

  remind(assignmentId: string, moment: ReminderMoment): Promise<ExpertNoticeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOneBy(CaseAssignmentEntity, { id: assignmentId });
      if (!assignment) return 'gone';
      if (!assignment.dueOn) return 'no_due_date';
      const analysis = await manager.findOneBy(AnalysisEntity, { assignmentId: assignment.id });
      if (analysis?.status === 'submitted') return 'submitted';
      const caseRow = await manager.findOneBy(CaseEntity, { id: assignment.caseId });
      if (caseRow?.step !== 'deepening') return 'case_moved_on';
      const recipient = await this.recipientOf(manager, assignment);
      if (!recipient) return 'expert_inactive';
      const queued = await queueMails(manager, [
        {
          // The due date is part of the key: a moved date reminds again, the same date never twice.
          dedupeKey: `deepening_remind_${moment}:${assignment.id}:${assignment.dueOn}`,
          purpose: `deepening_remind_${moment}`,
          to: recipient.to,
          locale: recipient.locale,
          message: composeExpertReminder({
            locale: recipient.locale,
            recipientName: recipient.name,
            reference: caseRow.reference,
            caseTitle: titleFor(assignment, caseRow),
            dueOn: assignment.dueOn,
            moment,
            analysisUrl: assignment.expertId ? this.analysisUrl(assignment.id) : null,
          }),
        },
      ]);
      return queued.length > 0 ? 'sent' : 'already_sent';
    });
  }

  private analysisUrl(assignmentId: string): string {
    return `${this.config.publicUrl}/analyses/${assignmentId}`;
  }

  private async recipientOf(
    manager: EntityManager,
    assignment: CaseAssignmentEntity,
  ): Promise<Recipient | null> {
    if (!assignment.expertId) {
      return assignment.externalEmail
        ? { to: assignment.externalEmail, name: assignment.externalName ?? '', locale: resolveLocale(null) }
        : null;
    }
    const expert = await manager.findOneBy(UserEntity, { id: assignment.expertId });
    if (!expert?.active || expert.role !== 'expert') return null;
    return { to: expert.email, name: expert.displayName, locale: resolveLocale(expert.locale) };
  }
}

/** A title still in a submitter's own words stays inside the organisation: not in mail to an outsider. */
function titleFor(assignment: CaseAssignmentEntity, caseRow: CaseEntity): string | null {
  return assignment.expertId || caseRow.titleReviewed ? caseRow.title : null;
}
