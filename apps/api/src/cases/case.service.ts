// Cases (knelpunten): the board's list, one case in full with the steps the caller may take next, and
// the changes advisers make. Step changes go through the one step-change method. Every read and change
// first asks case-visibility.ts whether the caller may see the case at all.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, StepChangeService, readCaseFacts, tagSignalsWithHandlingOption } from '@app/core';
import { CaseEntity, SignalEntity, ThemeEntity } from '@app/persistence';
import { outboxJob } from '@app/queue';
import { CASE_TRANSITIONS, nextTransitions } from '@app/workflow';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import { readHistory } from '../common/history';
import { readAssignedExperts } from './assigned-experts.reader';
import { findVisibleCase, restrictToVisibleCases, type CaseViewer } from './case-visibility';
import type { CaseTransitionDto } from './dto/case-transition.dto';
import type { AllowedTransitionDto, CaseDetailDto, CasePageDto, CaseSummaryDto } from './dto/case-view.dto';
import type { ListCasesQuery } from './dto/list-cases.query';
import type { UpdateCaseDto } from './dto/update-case.dto';
import { readDecisionEvidence } from '../recognition/decision-evidence';

@Injectable()
export class CaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stepChanges: StepChangeService,
  ) {}

  async list(query: ListCasesQuery, viewer: CaseViewer): Promise<CasePageDto> {
    const limit = query.limit ?? 25;
    const qb = this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .addSelect('(SELECT count(*) FROM signals s WHERE s.case_id = c.id)', 'signal_count');
    restrictToVisibleCases(qb, 'c', viewer);
    applyKeyset(qb, 'c', query.cursor, limit);
    if (query.step) qb.andWhere('c.step = :step', { step: query.step });
    if (query.domain) qb.andWhere(':domain = ANY(c.domains)', { domain: query.domain });
    if (query.handlingOption) qb.andWhere('c.handling_option = :option', { option: query.handlingOption });
    // A case's region is where its signals come from (a case may span several).
    if (query.region) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM signals r WHERE r.case_id = c.id AND lower(r.region) = lower(:region))',
        {
          region: query.region,
        },
      );
    }
    if (query.q) qb.andWhere('c.title ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    const page = await fetchKeysetPage<CaseEntity, { created_at_text: string; signal_count: string }>(
      qb,
      limit,
    );
    return {
      items: page.rows.map((row, i) => toSummary(row, Number(page.raw[i].signal_count))),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * One case in full. It names no submitter (no e-mail address, organisation or name) for any role:
   * experts, possibly external, read it, and contact details stay behind the signal routes.
   */
  async detail(id: string, viewer: CaseViewer): Promise<CaseDetailDto> {
    const manager = this.dataSource.manager;
    const row = await findVisibleCase(manager, id, viewer);
    const signals = await manager.find(SignalEntity, {
      where: { caseId: id },
      select: { id: true, reference: true, title: true, step: true, linkedAt: true, createdAt: true },
      order: { linkedAt: 'ASC' },
    });
    return {
      ...toSummary(row, signals.length),
      summary: row.summary,
      theme: row.themeId
        ? await manager.findOne(ThemeEntity, { where: { id: row.themeId }, select: { id: true, name: true } })
        : null,
      signals: signals.map((s) => ({
        id: s.id,
        reference: s.reference,
        title: s.title,
        step: s.step,
        linkedAt: s.linkedAt ?? s.createdAt,
      })),
      experts: await readAssignedExperts(manager, id),
      history: await readHistory(manager, 'case', id),
      allowedTransitions: await this.allowedTransitions(manager, row, viewer),
    };
  }

  async transitions(id: string, viewer: CaseViewer): Promise<AllowedTransitionDto[]> {
    const row = await findVisibleCase(this.dataSource.manager, id, viewer);
    return this.allowedTransitions(this.dataSource.manager, row, viewer);
  }

  /** The transition table checks the caller's own role; the case must be visible to them first. */
  async transition(id: string, dto: CaseTransitionDto, viewer: CaseViewer): Promise<CaseDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      // Locked while checked, so the step the visibility rule saw is the step the change starts from.
      const row = await findVisibleCase(manager, id, viewer, { lock: true });
      const handlingOption = dto.handlingOption ?? row.handlingOption;
      await this.stepChanges.changeCaseStep(
        {
          id,
          to: dto.to,
          actor: viewer,
          reason: dto.reason,
          expectedVersion: dto.expectedVersion,
          patch: dto.handlingOption ? { handlingOption: dto.handlingOption } : undefined,
          evidence: await readDecisionEvidence(manager, { ...row, handlingOption }),
          // Entering step 7 prepares the feedback (message and recipients) once the change is committed.
          jobs: dto.to === 'feedback' ? [outboxJob('feedback.prepare', { caseId: id })] : undefined,
        },
        manager,
      );
    });
    return this.detail(id, viewer);
  }

  /** Edits that do not change the step; the version check keeps two advisers from overwriting each other. */
  async update(id: string, dto: UpdateCaseDto, viewer: CaseViewer): Promise<CaseDetailDto> {
    await findVisibleCase(this.dataSource.manager, id, viewer);
    const { expectedVersion, ...changes } = dto;
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CaseEntity)
        // An adviser who edits the title has reviewed it (see CaseEntity.titleReviewed).
        .set({
          ...changes,
          ...(changes.title !== undefined ? { titleReviewed: true } : {}),
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .execute();
      if (result.affected === 0) {
        const current = await findVisibleCase(manager, id, viewer);
        throw new DomainError(
          'version_conflict',
          `This case was changed by someone else (version ${current.version}, you had ${expectedVersion}). Reload and try again.`,
          { current: { step: current.step, version: current.version } },
        );
      }
      if (changes.handlingOption) await tagSignalsWithHandlingOption(manager, id, changes.handlingOption);
    });
    return this.detail(id, viewer);
  }

  private async allowedTransitions(
    manager: EntityManager,
    row: CaseEntity,
    viewer: CaseViewer,
  ): Promise<AllowedTransitionDto[]> {
    return nextTransitions(CASE_TRANSITIONS, row.step, viewer.role, await readCaseFacts(manager, row));
  }
}

function toSummary(row: CaseEntity, signalCount: number): CaseSummaryDto {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    domains: row.domains,
    step: row.step,
    handlingOption: row.handlingOption,
    version: row.version,
    signalCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
