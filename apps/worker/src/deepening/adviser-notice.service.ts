// Mails to the adviser about a case's analyses: an expert's analysis is overdue (the day after its due
// date), and every assigned expert has submitted. Each mail has a dedupe key, so a rerun sends nothing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { composeAnalysesComplete, composeAnalysisOverdue, queueMails, resolveLocale } from '@app/mail';
import { AnalysisEntity, CaseAssignmentEntity, CaseEntity, UserEntity } from '@app/persistence';
import { findAdviser } from './adviser-recipient';

export type AdviserNoticeOutcome =
  | 'sent'
  | 'already_sent'
  | 'gone'
  | 'no_due_date'
  | 'case_moved_on'
  | 'submitted'
  | 'not_all_in'
  | 'no_adviser';

@Injectable()
export class AdviserNoticeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  overdue(assignmentId: string): Promise<AdviserNoticeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await manager.findOneBy(CaseAssignmentEntity, { id: assignmentId });
      if (!assignment) return 'gone';
      if (!assignment.dueOn) return 'no_due_date';
      const analysis = await manager.findOneBy(AnalysisEntity, { assignmentId: assignment.id });
      if (analysis?.status === 'submitted') return 'submitted';
      const caseRow = await manager.findOneBy(CaseEntity, { id: assignment.caseId });
      if (caseRow?.step !== 'deepening') return 'case_moved_on';
      // The adviser who asked this expert knows the arrangement best; else whoever opened the case.
      const adviser = await findAdviser(manager, [assignment.assignedById, caseRow.createdById]);
      if (!adviser) return 'no_adviser';
      const expertName = assignment.expertId
        ? ((await manager.findOneBy(UserEntity, { id: assignment.expertId }))?.displayName ?? '')
        : (assignment.externalName ?? '');
      const locale = resolveLocale(adviser.locale);
      const queued = await queueMails(manager, [
        {
          dedupeKey: `deepening_overdue:${assignment.id}:${assignment.dueOn}`,
          purpose: 'deepening_overdue',
          to: adviser.email,
          locale,
          message: composeAnalysisOverdue({
            locale,
            recipientName: adviser.displayName,
            reference: caseRow.reference,
            caseTitle: caseRow.title,
            expertName,
            dueOn: assignment.dueOn,
            caseUrl: this.caseUrl(caseRow.id),
          }),
        },
      ]);
      return queued.length > 0 ? 'sent' : 'already_sent';
    });
  }

  allIn(caseId: string): Promise<AdviserNoticeOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const caseRow = await manager.findOneBy(CaseEntity, { id: caseId });
      if (!caseRow) return 'gone';
      if (caseRow.step !== 'deepening') return 'case_moved_on';
      const assignments = await manager.find(CaseAssignmentEntity, {
        where: { caseId },
        order: { assignedAt: 'DESC' },
      });
      const submitted = await manager.count(AnalysisEntity, { where: { caseId, status: 'submitted' } });
      if (assignments.length === 0 || submitted < assignments.length) return 'not_all_in';
      const adviser = await findAdviser(manager, [
        ...assignments.map((assignment) => assignment.assignedById),
        caseRow.createdById,
      ]);
      if (!adviser) return 'no_adviser';
      const locale = resolveLocale(adviser.locale);
      const queued = await queueMails(manager, [
        {
          // Per number of assignments: an expert added later and submitting makes a new "all in".
          dedupeKey: `deepening_all_in:${caseId}:${assignments.length}`,
          purpose: 'deepening_all_in',
          to: adviser.email,
          locale,
          message: composeAnalysesComplete({
            locale,
            recipientName: adviser.displayName,
            reference: caseRow.reference,
            caseTitle: caseRow.title,
            count: assignments.length,
            caseUrl: this.caseUrl(caseRow.id),
          }),
        },
      ]);
      return queued.length > 0 ? 'sent' : 'already_sent';
    });
  }

  private caseUrl(caseId: string): string {
    return `${this.config.publicUrl}/knelpunten/${caseId}`;
  }
}
