// Step 2 decisions by an adviser: link a signal to an existing case, open a new case for it, or
// archive it with a reason. Each goes through the one step-change method.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError, StepChangeService, type ActingUser } from '@app/core';
import { CaseEntity, SignalEntity } from '@app/persistence';
import { CASE_INITIAL_STEP, CASE_TERMINAL_STEPS } from '@app/workflow';
import type { ArchiveSignalDto, LinkSignalDto, OpenCaseDto } from './dto/triage-decision.dto';

@Injectable()
export class SignalTriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepChanges: StepChangeService,
  ) {}

  async link(signalId: string, dto: LinkSignalDto, actor: ActingUser): Promise<SignalEntity> {
    return this.dataSource.transaction(async (manager) => {
      // Lock the case too, so it cannot be archived or closed while the signal joins it.
      const target = await manager.findOne(CaseEntity, {
        where: { id: dto.caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!target) throw new NotFoundError('Case', dto.caseId);
      // A finished case would never report back to this submitter: reopen it first, with a reason.
      if (CASE_TERMINAL_STEPS.includes(target.step)) {
        throw new DomainError('conflict', {
          nl: `Dit knelpunt is ${target.step === 'closed' ? 'afgerond' : 'gearchiveerd'}. Heropen het eerst, of open een nieuw knelpunt.`,
          en: `This case is ${target.step}. Reopen it first, or open a new case.`,
        });
      }
      return this.stepChanges.changeSignalStep(
        {
          id: signalId,
          to: 'linked',
          actor,
          expectedVersion: dto.expectedVersion,
          patch: { caseId: target.id, linkedAt: new Date(), handlingOption: target.handlingOption },
        },
        manager,
      );
    });
  }

  async openCase(
    signalId: string,
    dto: OpenCaseDto,
    actor: ActingUser,
  ): Promise<{ signal: SignalEntity; case: CaseEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const signal = await manager.findOneBy(SignalEntity, { id: signalId });
      if (!signal) throw new NotFoundError('Signal', signalId);
      const [{ nextval }] = (await manager.query(`SELECT nextval('case_reference_seq') AS nextval`)) as {
        nextval: string;
      }[];
      const created = manager.create(CaseEntity, {
        reference: `KP-${new Date().getFullYear()}-${nextval.padStart(6, '0')}`,
        title: dto.title ?? signal.title,
        titleReviewed: dto.title !== undefined,
        summary: '',
        domains: signal.domains,
        // The adviser chooses the handling option; the triage suggestion is only shown.
        handlingOption: null,
        step: CASE_INITIAL_STEP,
        createdById: actor.id,
      });
      await manager.insert(CaseEntity, created);
      await this.stepChanges.recordCreated(
        manager,
        { type: 'case', id: created.id, step: created.step },
        actor,
        'open',
      );
      const linked = await this.stepChanges.changeSignalStep(
        {
          id: signalId,
          to: 'linked',
          actor,
          expectedVersion: dto.expectedVersion,
          patch: { caseId: created.id, linkedAt: new Date(), handlingOption: created.handlingOption },
        },
        manager,
      );
      return { signal: linked, case: created };
    });
  }

  archive(signalId: string, dto: ArchiveSignalDto, actor: ActingUser): Promise<SignalEntity> {
    return this.stepChanges.changeSignalStep({
      id: signalId,
      to: 'archived',
      actor,
      reason: dto.reason,
      expectedVersion: dto.expectedVersion,
    });
  }
}
