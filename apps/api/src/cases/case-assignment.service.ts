// Assigning experts to a case: what lets an expert see that case (and only that). Until the deepening
// issue extends it, an assignment is just who; every change is in the audit log.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@app/core';
import { CaseAssignmentEntity, UserEntity } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { readAssignedExperts } from './assigned-experts.reader';
import { findVisibleCase, type CaseViewer } from './case-visibility';
import type { AssignedExpertDto } from './dto/case-view.dto';

@Injectable()
export class CaseAssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent: assigning an expert who is already on the case changes nothing and logs nothing. */
  assign(caseId: string, expertId: string, actor: CaseViewer, ip: string): Promise<AssignedExpertDto[]> {
    return this.dataSource.transaction(async (manager) => {
      await findVisibleCase(manager, caseId, actor);
      // Held until commit, so the account cannot be deactivated or change role halfway.
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
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseAssignmentEntity)
        .values({ caseId, expertId, assignedById: actor.id })
        .orIgnore()
        .returning('id')
        .execute();
      if ((inserted.raw as unknown[]).length > 0) {
        await this.audit.record(
          {
            action: 'expert_assigned',
            actorId: actor.id,
            subject: { type: 'case', id: caseId },
            ip,
            details: { expertId },
          },
          manager,
        );
      }
      return readAssignedExperts(manager, caseId);
    });
  }

  /** Idempotent too: removing an expert who is not on the case answers the same. */
  unassign(caseId: string, expertId: string, actor: CaseViewer, ip: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await findVisibleCase(manager, caseId, actor);
      const removed = await manager.delete(CaseAssignmentEntity, { caseId, expertId });
      if ((removed.affected ?? 0) > 0) {
        await this.audit.record(
          {
            action: 'expert_unassigned',
            actorId: actor.id,
            subject: { type: 'case', id: caseId },
            ip,
            details: { expertId },
          },
          manager,
        );
      }
    });
  }
}
