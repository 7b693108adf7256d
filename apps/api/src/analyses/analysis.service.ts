// An expert's analysis of a case (step 4): read it with what the expert needs, save drafts, submit.
// Every save is kept as a version; a submitted analysis changes only by submitting again. Staff experts
// reach theirs signed in, external experts through their private link; the rules are the same.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '@app/core';
import {
  AnalysisEntity,
  AnalysisVersionEntity,
  CaseAssignmentEntity,
  CaseEntity,
  type CauseAreaFindings,
} from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import {
  CAUSE_AREAS,
  missingForSubmission,
  type AnalysisContent,
  type CauseArea,
  type HandlingOption,
  type Locale,
  type MissingReason,
} from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import { findVisibleCase, type CaseViewer } from '../cases/case-visibility';
import type { FieldError } from '../common/validation-messages';
import { readAnalysisWorkspace } from './analysis-workspace.reader';
import { findAssignmentByLink, findAssignmentFor } from './assignment-access';
import { readCaseAnalyses } from './case-analyses.reader';
import { CAUSE_AREA_LABELS } from './cause-area-labels';
import type { AnalysisWorkspaceDto } from './dto/analysis-view.dto';
import type { CaseAnalysisDto } from './dto/case-analysis.dto';
import type { MyAssignmentDto } from './dto/my-assignment.dto';
import type { SaveAnalysisDto } from './dto/save-analysis.dto';
import { readMyAssignments } from './my-assignments.reader';

/** Who saves: the signed-in staff expert, or the external expert of a private link (no account). */
type Author = { actorId: string | null; ip: string };

@Injectable()
export class AnalysisService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** 404 for a case the caller may not see (an expert: one not assigned to them). */
  async ofCase(caseId: string, viewer: CaseViewer): Promise<CaseAnalysisDto[]> {
    await findVisibleCase(this.dataSource.manager, caseId, viewer);
    return readCaseAnalyses(this.dataSource.manager, caseId, viewer);
  }

  mine(expertId: string): Promise<MyAssignmentDto[]> {
    return readMyAssignments(this.dataSource.manager, expertId);
  }

  async workspace(assignmentId: string, viewer: CaseViewer): Promise<AnalysisWorkspaceDto> {
    const manager = this.dataSource.manager;
    const assignment = await findAssignmentFor(manager, assignmentId, viewer);
    // Advisers and admins read along; only the expert writes.
    return readAnalysisWorkspace(manager, assignment, viewer.role === 'expert');
  }

  async workspaceByLink(token: string): Promise<AnalysisWorkspaceDto> {
    const manager = this.dataSource.manager;
    return readAnalysisWorkspace(manager, await findAssignmentByLink(manager, token), true);
  }

  /** Only the assigned staff expert saves through this route (advisers cannot write for them). */
  save(
    assignmentId: string,
    viewer: CaseViewer,
    dto: SaveAnalysisDto,
    locale: Locale,
    ip: string,
  ): Promise<AnalysisWorkspaceDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await findAssignmentFor(manager, assignmentId, viewer);
      await this.write(manager, assignment, dto, locale, { actorId: viewer.id, ip });
      return readAnalysisWorkspace(manager, assignment, true);
    });
  }

  saveByLink(token: string, dto: SaveAnalysisDto, locale: Locale, ip: string): Promise<AnalysisWorkspaceDto> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await findAssignmentByLink(manager, token);
      await this.write(manager, assignment, dto, locale, { actorId: null, ip });
      return readAnalysisWorkspace(manager, assignment, true);
    });
  }

  /** Writes in the caller's transaction, for an assignment the caller may write to. */
  private async write(
    manager: EntityManager,
    assignment: CaseAssignmentEntity,
    dto: SaveAnalysisDto,
    locale: Locale,
    author: Author,
  ): Promise<void> {
    // Case first, then assignment: the order assigning takes them in, so the two cannot deadlock. The
    // case's lock is shared (other experts save meanwhile) but holds off a step change; the
    // assignment's is exclusive, so two saves of one analysis run one after the other.
    const caseRow = await manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.id = :id', { id: assignment.caseId })
      .setLock('pessimistic_read')
      .getOneOrFail();
    const locked = await manager.findOne(CaseAssignmentEntity, {
      where: { id: assignment.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!locked) throw new NotFoundError('Assignment', assignment.id);
    if (caseRow.step !== 'deepening') {
      throw new DomainError(
        'conflict',
        {
          nl: 'Een analyse kan alleen worden opgeslagen terwijl het knelpunt in de stap Verdiepen staat.',
          en: 'An analysis can only be saved while the case is in the deepening step.',
        },
        { current: { step: caseRow.step } },
      );
    }
    const current = await manager.findOne(AnalysisEntity, { where: { assignmentId: assignment.id } });
    const currentVersion = current?.version ?? 0;
    if (dto.expectedVersion !== undefined && dto.expectedVersion !== currentVersion) {
      throw new DomainError(
        'version_conflict',
        {
          nl: `Deze analyse is intussen opgeslagen (versie ${currentVersion}, jij had ${dto.expectedVersion}). Laad hem opnieuw en probeer het nog eens.`,
          en: `This analysis was saved meanwhile (version ${currentVersion}, you had ${dto.expectedVersion}). Reload it and try again.`,
        },
        { current: { version: currentVersion, status: current?.status ?? 'none' } },
      );
    }
    if (!dto.submit && current?.status === 'submitted') {
      throw new DomainError(
        'conflict',
        {
          nl: 'Deze analyse is al ingediend. Een wijziging sla je op door opnieuw in te dienen, niet als concept.',
          en: 'This analysis has been submitted. Change it by submitting again, not by saving a draft.',
        },
        { current: { version: currentVersion, status: current.status } },
      );
    }
    const content = contentOf(dto);
    if (dto.submit) {
      const errors = incompleteFields(content, locale);
      if (errors.length > 0) {
        throw new DomainError(
          'analysis_incomplete',
          {
            nl: 'De analyse is nog niet compleet om in te dienen. Vul de genoemde velden in; als concept opslaan kan wel.',
            en: 'The analysis is not complete enough to submit. Fill in the fields listed; saving a draft is possible.',
          },
          { errors },
        );
      }
    }

    const status = dto.submit ? 'submitted' : 'draft';
    const version = currentVersion + 1;
    const columns = {
      causeAreas: content.causeAreas,
      rootCauseSummary: content.rootCauseSummary,
      recommendations: content.recommendations,
      proposedHandlingOption: content.proposedHandlingOption,
      status,
      version,
      submittedAt: dto.submit ? new Date() : null,
    } as const;
    let analysisId: string;
    if (current) {
      await manager.update(AnalysisEntity, { id: current.id }, columns);
      analysisId = current.id;
    } else {
      const inserted = await manager.insert(AnalysisEntity, {
        ...columns,
        caseId: assignment.caseId,
        assignmentId: assignment.id,
      });
      analysisId = (inserted.identifiers[0] as { id: string }).id;
    }
    // save(), not insert(): TypeORM's insert typing cannot take a free-form jsonb object.
    await manager.save(
      manager.create(AnalysisVersionEntity, { analysisId, version, status, content: { ...content } }),
    );
    if (!dto.submit) return;

    await this.audit.record(
      {
        action: 'analysis_submitted',
        actorId: author.actorId,
        subject: { type: 'case', id: assignment.caseId },
        ip: author.ip,
        details: { assignmentId: assignment.id, version, external: !assignment.expertId },
      },
      manager,
    );
    // With a run time (now), the job is replaced even when an earlier all-in check for this case has
    // already completed; without one, BullMQ would skip it as a duplicate of that finished job.
    await addToOutbox(manager, [outboxJob('deepening.all-in', { caseId: assignment.caseId }, new Date())]);
  }
}

/** What a save stores, in the analysis and in its version row. */
interface SavedContent extends AnalysisContent {
  causeAreas: CauseAreaFindings;
  proposedHandlingOption: HandlingOption | null;
}

function contentOf(dto: SaveAnalysisDto): SavedContent {
  const causeAreas = Object.fromEntries(
    CAUSE_AREAS.map((area) => {
      const finding = dto.causeAreas[area];
      return [area, { playsRole: finding.playsRole, explanation: finding.explanation ?? '' }];
    }),
  ) as CauseAreaFindings;
  return {
    causeAreas,
    rootCauseSummary: dto.rootCauseSummary ?? '',
    recommendations: dto.recommendations ?? '',
    proposedHandlingOption: dto.proposedHandlingOption,
  };
}

/** Every missing field at once, in the caller's language, so the form can mark them all. */
function incompleteFields(content: AnalysisContent, locale: Locale): FieldError[] {
  return missingForSubmission(content).map(({ field, reason }) => {
    const area = CAUSE_AREAS.find((name) => field.startsWith(`causeAreas.${name}.`));
    return { field, code: reason, message: message(reason, area, field, locale) };
  });
}

function message(reason: MissingReason, area: CauseArea | undefined, field: string, locale: Locale): string {
  const label = area ? CAUSE_AREA_LABELS[area][locale] : '';
  switch (reason) {
    case 'verdict':
      return locale === 'nl'
        ? `${label}: geef aan of dit een rol speelt.`
        : `${label}: say whether this plays a role.`;
    case 'explanation':
      return locale === 'nl'
        ? `${label}: licht toe welke rol dit speelt.`
        : `${label}: explain the role it plays.`;
    case 'required':
      if (field === 'rootCauseSummary') {
        return locale === 'nl'
          ? 'Vat de onderliggende oorzaak samen om in te dienen.'
          : 'Summarise the underlying cause to submit.';
      }
      return locale === 'nl'
        ? 'Kies een voorgestelde handelingsoptie om in te dienen.'
        : 'Choose a handling option to propose, to submit.';
  }
}
