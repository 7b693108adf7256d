// Assigning experts to a case (steps 3-4): a staff expert, who then sees that case (and only that), or an
// external expert, who gets a private link. Each assignment has a due date that plans the expert's
// reminders and the adviser's overdue notice. Every change is in the audit log; the jobs are written to
// the outbox in the same transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError, SettingsService } from '@app/core';
import { AnalysisEntity, CaseAssignmentEntity, UserEntity, type CaseEntity } from '@app/persistence';
import { addToOutbox } from '@app/queue';
import { dutchToday, externalLinkExpiresAt, type CaseStep } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import { readAssignedExperts } from './assigned-experts.reader';
import { findVisibleCase, type CaseViewer } from './case-visibility';
import { assignmentCreatedJobs, dueDateMovedJobs } from './deepening-jobs';
import type { AssignExpertDto } from './dto/assign-expert.dto';
import type { AssignedExpertDto } from './dto/case-view.dto';

/** Experts are asked while recognition is checked (to be ready) or during deepening itself. */
const ASSIGNABLE_STEPS: readonly CaseStep[] = ['recognition', 'deepening'];

type Target = { kind: 'staff'; expertId: string } | { kind: 'external'; name: string; email: string };

@Injectable()
export class CaseAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
  ) {}

  /** Assigning someone already on the case moves their due date instead (and replans their reminders). */
  assign(caseId: string, dto: AssignExpertDto, actor: CaseViewer, ip: string): Promise<AssignedExpertDto[]> {
    const target = targetOf(dto);
    assertNotPast(dto.dueOn);
    return this.dataSource.transaction(async (manager) => {
      // Locked: no step change or other assignment on this case runs in between.
      const row = await findVisibleCase(manager, caseId, actor, { lock: true });
      assertAssignable(row);
      const existing =
        target.kind === 'staff'
          ? await this.findStaffAssignment(manager, caseId, target.expertId)
          : await manager.findOne(CaseAssignmentEntity, {
              where: { caseId, expertId: IsNull(), externalEmail: target.email },
            });
      if (existing) {
        if (target.kind === 'external' && existing.externalName !== target.name) {
          await manager.update(CaseAssignmentEntity, { id: existing.id }, { externalName: target.name });
        }
        await this.moveDueDate(manager, existing, dto.dueOn, actor, ip);
      } else {
        await this.create(manager, caseId, target, dto.dueOn, actor, ip);
      }
      return readAssignedExperts(manager, caseId);
    });
  }

  updateDueDate(
    caseId: string,
    assignmentId: string,
    dueOn: string,
    actor: CaseViewer,
    ip: string,
  ): Promise<AssignedExpertDto[]> {
    assertNotPast(dueOn);
    return this.dataSource.transaction(async (manager) => {
      const row = await findVisibleCase(manager, caseId, actor, { lock: true });
      assertAssignable(row);
      const assignment = await manager.findOne(CaseAssignmentEntity, { where: { id: assignmentId, caseId } });
      if (!assignment) throw new NotFoundError('Assignment', assignmentId);
      await this.moveDueDate(manager, assignment, dueOn, actor, ip);
      return readAssignedExperts(manager, caseId);
    });
  }

  /**
   * Idempotent: removing an assignment that is gone answers the same. Refused once the expert saved an
   * analysis, so nothing they wrote is lost.
   */
  unassign(caseId: string, assignmentId: string, actor: CaseViewer, ip: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await findVisibleCase(manager, caseId, actor, { lock: true });
      const assignment = await manager.findOne(CaseAssignmentEntity, { where: { id: assignmentId, caseId } });
      if (!assignment) return;
      if (await manager.exists(AnalysisEntity, { where: { assignmentId } })) {
        throw new DomainError(
          'conflict',
          {
            nl: 'Deze expert heeft al een analyse opgeslagen. Die gaat niet verloren: de toewijzing blijft staan.',
            en: 'This expert has already saved an analysis. It must not be lost, so the assignment stays.',
          },
          { assignmentId },
        );
      }
      await manager.delete(CaseAssignmentEntity, { id: assignmentId });
      await this.audit.record(
        {
          action: 'expert_unassigned',
          actorId: actor.id,
          subject: { type: 'case', id: caseId },
          ip,
          details: { assignmentId, expertId: assignment.expertId, external: !assignment.expertId },
        },
        manager,
      );
    });
  }

  /** Held until commit, so the account cannot be deactivated or change role halfway. */
  private async findStaffAssignment(
    manager: EntityManager,
    caseId: string,
    expertId: string,
  ): Promise<CaseAssignmentEntity | null> {
    const expert = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where('u.id = :expertId', { expertId })
      .setLock('pessimistic_read')
      .getOne();
    if (!expert || expert.role !== 'expert' || !expert.active) {
      throw new DomainError(
        'invalid_assignment',
        {
          nl: 'Alleen een actieve expert kan aan een knelpunt worden toegewezen.',
          en: 'Only an active expert can be assigned to a case.',
        },
        { expertId },
      );
    }
    return manager.findOne(CaseAssignmentEntity, { where: { caseId, expertId } });
  }

  private async create(
    manager: EntityManager,
    caseId: string,
    target: Target,
    dueOn: string,
    actor: CaseViewer,
    ip: string,
  ): Promise<void> {
    // An external expert's link token is made by the notify job, which puts it in the mail: the raw
    // token exists nowhere else.
    const values =
      target.kind === 'staff'
        ? { expertId: target.expertId }
        : {
            expertId: null,
            externalName: target.name,
            externalEmail: target.email,
            accessExpiresAt: externalLinkExpiresAt(dueOn),
          };
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CaseAssignmentEntity)
      .values({ caseId, assignedById: actor.id, dueOn, ...values })
      .returning('id')
      .execute();
    const assignmentId = (inserted.raw as { id: string }[])[0].id;
    const { daysBefore } = await this.settings.get('deepening_reminders', manager);
    await addToOutbox(manager, assignmentCreatedJobs(assignmentId, dueOn, daysBefore));
    await this.audit.record(
      {
        action: 'expert_assigned',
        actorId: actor.id,
        subject: { type: 'case', id: caseId },
        ip,
        details: {
          assignmentId,
          expertId: target.kind === 'staff' ? target.expertId : null,
          external: target.kind === 'external',
          dueOn,
        },
      },
      manager,
    );
  }

  private async moveDueDate(
    manager: EntityManager,
    assignment: CaseAssignmentEntity,
    dueOn: string,
    actor: CaseViewer,
    ip: string,
  ): Promise<void> {
    if (assignment.dueOn === dueOn) return;
    await manager.update(
      CaseAssignmentEntity,
      { id: assignment.id },
      assignment.expertId ? { dueOn } : { dueOn, accessExpiresAt: externalLinkExpiresAt(dueOn) },
    );
    const { daysBefore } = await this.settings.get('deepening_reminders', manager);
    await addToOutbox(manager, dueDateMovedJobs(assignment.id, dueOn, daysBefore));
    await this.audit.record(
      {
        action: 'expert_due_date_changed',
        actorId: actor.id,
        subject: { type: 'case', id: assignment.caseId },
        ip,
        details: { assignmentId: assignment.id, dueOn, previousDueOn: assignment.dueOn },
      },
      manager,
    );
  }
}

function targetOf(dto: AssignExpertDto): Target {
  const external = dto.external ?? null;
  if ((dto.expertId === undefined) === (external === null)) {
    throw new DomainError('invalid_assignment', {
      nl: 'Kies een expert met een account (expertId) of een externe expert (external): precies één van beide.',
      en: 'Give either a staff expert (expertId) or an external expert (external): exactly one of them.',
    });
  }
  return external
    ? { kind: 'external', name: external.name, email: external.email }
    : { kind: 'staff', expertId: dto.expertId as string };
}

function assertNotPast(dueOn: string): void {
  const today = dutchToday();
  if (dueOn < today) {
    throw new DomainError(
      'invalid_assignment',
      {
        nl: `De datum ${dueOn} ligt in het verleden. Kies vandaag (${today}) of een latere datum.`,
        en: `The date ${dueOn} is in the past. Choose today (${today}) or a later date.`,
      },
      { dueOn, today },
    );
  }
}

function assertAssignable(row: CaseEntity): void {
  if (ASSIGNABLE_STEPS.includes(row.step)) return;
  throw new DomainError(
    'conflict',
    {
      nl: 'Experts worden toegewezen terwijl een knelpunt in Toetsen of Verdiepen staat; dit knelpunt is al verder (of gearchiveerd).',
      en: 'Experts are assigned while a case is in recognition or deepening; this case is past that (or archived).',
    },
    { current: { step: row.step, version: row.version } },
  );
}
