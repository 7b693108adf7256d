// Advisers write publications about cases in step 5 (Delen): create, edit, send for review, publish.
// Every edit adds a version and queues the personal-data check for it (in the same transaction); a
// publication is published only from review, when the last check saw the current version and every
// finding is fixed or accepted with a reason, and when its cases are in sharing or later.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { DomainError, NotFoundError } from '@app/core';
import {
  CaseEntity,
  PublicationCaseEntity,
  PublicationEntity,
  PublicationFindingEntity,
} from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import type { PublicationStatus } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../auth/request-user';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import type { CreatePublicationDto } from './dto/create-publication.dto';
import type { ListPublicationsQuery } from './dto/list-publications.query';
import type { PublicationDetailDto, PublicationPageDto } from './dto/publication-view.dto';
import type { UpdatePublicationDto } from './dto/update-publication.dto';
import { renderNewsletterItem } from './newsletter-item';
import { caseProblems, contentProblems, publishProblems, type Problem } from './publication-rules';
import { casesOf, toPublicationDetail, toPublicationDtos } from './publication-views';

const DEFAULT_PAGE = 25;

@Injectable()
export class PublicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async create(dto: CreatePublicationDto, actor: RequestUser): Promise<PublicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const content = {
        kind: dto.kind,
        title: dto.title,
        summary: dto.summary ?? '',
        body: dto.body,
        linkUrl: dto.linkUrl || null,
        callToAction: dto.callToAction || null,
      };
      refuse(contentProblems(content));
      await checkCases(manager, dto.caseIds);
      const publication = manager.create(PublicationEntity, {
        ...content,
        status: 'draft',
        version: 1,
        createdById: actor.id,
      });
      await manager.insert(PublicationEntity, publication);
      await linkCases(manager, publication.id, dto.caseIds);
      await queueCheck(manager, publication.id);
      return toPublicationDetail(manager, await this.find(manager, publication.id));
    });
  }

  async list(query: ListPublicationsQuery): Promise<PublicationPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource.manager.createQueryBuilder(PublicationEntity, 'p');
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.caseId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM publication_cases pc WHERE pc.publication_id = p.id AND pc.case_id = :caseId)',
        { caseId: query.caseId },
      );
    }
    const page = await fetchKeysetPage(applyKeyset(qb, 'p', query.cursor, limit), limit);
    return {
      items: await toPublicationDtos(this.dataSource.manager, page.rows),
      nextCursor: page.nextCursor,
    };
  }

  async get(id: string): Promise<PublicationDetailDto> {
    const manager = this.dataSource.manager;
    return toPublicationDetail(manager, await this.find(manager, id));
  }

  async update(id: string, dto: UpdatePublicationDto): Promise<PublicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const publication = await this.find(manager, id, true);
      checkVersion(publication, dto.expectedVersion);
      if (publication.status === 'published') {
        throw new DomainError('conflict', {
          nl: 'Een gepubliceerd stuk kan niet meer worden gewijzigd.',
          en: 'A published item cannot be changed any more.',
        });
      }
      const content = {
        kind: dto.kind ?? publication.kind,
        title: dto.title ?? publication.title,
        summary: dto.summary ?? publication.summary,
        body: dto.body ?? publication.body,
        linkUrl: dto.linkUrl === undefined ? publication.linkUrl : dto.linkUrl || null,
        callToAction: dto.callToAction === undefined ? publication.callToAction : dto.callToAction || null,
      };
      refuse(contentProblems(content));
      if (dto.caseIds) {
        await checkCases(manager, dto.caseIds);
        await manager.delete(PublicationCaseEntity, { publicationId: id });
        await linkCases(manager, id, dto.caseIds);
      }
      await manager.update(PublicationEntity, { id }, { ...content, version: publication.version + 1 });
      await queueCheck(manager, id);
      return toPublicationDetail(manager, await this.find(manager, id));
    });
  }

  /** draft -> review: someone reads it before it goes out. */
  review(id: string, expectedVersion: number): Promise<PublicationDetailDto> {
    return this.changeStatus(id, expectedVersion, 'draft', 'review');
  }

  /** review -> draft: back for more work. */
  backToDraft(id: string, expectedVersion: number): Promise<PublicationDetailDto> {
    return this.changeStatus(id, expectedVersion, 'review', 'draft');
  }

  async publish(id: string, expectedVersion: number, actor: RequestUser): Promise<PublicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const publication = await this.find(manager, id, true);
      checkVersion(publication, expectedVersion);
      checkStatus(publication, 'review', 'published');
      const openFindings = await manager.count(PublicationFindingEntity, {
        where: { publicationId: id, status: 'open' },
      });
      // Cases are locked too, so none leaves the sharing step (archived) while this commits.
      const cases = await manager
        .createQueryBuilder(CaseEntity, 'c')
        .innerJoin(PublicationCaseEntity, 'pc', 'pc.case_id = c.id')
        .where('pc.publication_id = :id', { id })
        .setLock('pessimistic_read')
        .getMany();
      refuse([...publishProblems({ ...publication, openFindings }), ...caseProblems(cases)]);
      await manager.update(PublicationEntity, { id }, { status: 'published', publishedAt: new Date() });
      await this.audit.record(
        {
          action: 'publication_published',
          actorId: actor.id,
          subject: { type: 'publication', id },
          details: { kind: publication.kind, version: publication.version, cases: cases.length },
        },
        manager,
      );
      return toPublicationDetail(manager, await this.find(manager, id));
    });
  }

  /** An adviser decides an open finding may stay, with a reason; recorded in the audit log. */
  async acceptFinding(
    id: string,
    findingId: string,
    reason: string,
    actor: RequestUser,
  ): Promise<PublicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      // Locked, so a check running now either sees the acceptance or finishes before it.
      const publication = await this.find(manager, id, true);
      const finding = await manager.findOne(PublicationFindingEntity, {
        where: { id: findingId, publicationId: id },
      });
      if (!finding) throw new NotFoundError('Finding', findingId);
      if (finding.status !== 'open') {
        throw new DomainError(
          'conflict',
          {
            nl:
              finding.status === 'fixed'
                ? 'Deze bevinding staat niet meer in de tekst.'
                : 'Deze bevinding is al geaccepteerd.',
            en:
              finding.status === 'fixed'
                ? 'This finding is no longer in the text.'
                : 'This finding has been accepted already.',
          },
          { current: { status: finding.status } },
        );
      }
      await manager.update(
        PublicationFindingEntity,
        { id: findingId },
        { status: 'accepted', acceptedReason: reason, resolvedById: actor.id },
      );
      // The kind and field, never the text found: the log must not hold the personal data itself.
      await this.audit.record(
        {
          action: 'publication_finding_accepted',
          actorId: actor.id,
          subject: { type: 'publication', id },
          details: { findingId, kind: finding.kind, field: finding.field },
        },
        manager,
      );
      return toPublicationDetail(manager, publication);
    });
  }

  /** A published item as an HTML fragment for the mailing tool; everything in it is escaped. */
  async newsletterHtml(id: string): Promise<string> {
    const manager = this.dataSource.manager;
    const publication = await this.find(manager, id);
    if (publication.status !== 'published') {
      throw new DomainError('rule_violated', {
        nl: 'Alleen een gepubliceerd stuk gaat de nieuwsbrief in: het is dan gecontroleerd.',
        en: 'Only a published item goes into the newsletter: it has been checked by then.',
      });
    }
    const cases = (await casesOf(manager, [id])).get(id) ?? [];
    return renderNewsletterItem({
      title: publication.title,
      summary: publication.summary,
      body: publication.body,
      linkUrl: publication.linkUrl,
      callToAction: publication.callToAction,
      readMoreUrl: `${this.config.publicUrl}/inzichten/${publication.id}`,
      caseTitles: cases.filter((c) => c.titleReviewed).map((c) => c.title),
    });
  }

  private async changeStatus(
    id: string,
    expectedVersion: number,
    from: PublicationStatus,
    to: PublicationStatus,
  ): Promise<PublicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const publication = await this.find(manager, id, true);
      checkVersion(publication, expectedVersion);
      checkStatus(publication, from, to);
      await manager.update(PublicationEntity, { id }, { status: to });
      return toPublicationDetail(manager, await this.find(manager, id));
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<PublicationEntity> {
    const publication = await manager.findOne(PublicationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!publication) throw new NotFoundError('Publication', id);
    return publication;
  }
}

/** The check runs on the version just written. With a run time, a check that already ran is replaced. */
async function queueCheck(manager: EntityManager, publicationId: string): Promise<void> {
  await addToOutbox(manager, [outboxJob('publication.check', { publicationId }, new Date())]);
}

async function checkCases(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
  const cases = await manager.find(CaseEntity, { where: { id: In([...caseIds]) } });
  const missing = caseIds.find((id) => !cases.some((c) => c.id === id));
  if (missing) throw new NotFoundError('Case', missing);
  refuse(caseProblems(cases));
}

async function linkCases(manager: EntityManager, publicationId: string, caseIds: readonly string[]) {
  await manager.insert(
    PublicationCaseEntity,
    caseIds.map((caseId) => ({ publicationId, caseId })),
  );
}

/** One 422 for every problem, in the words of the first; the others are in the details. */
function refuse(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  throw new DomainError('rule_violated', problems[0].message, {
    problems: problems.map((p) => ({ code: p.code, field: p.field ?? null, message: p.message.en })),
  });
}

function checkVersion(publication: PublicationEntity, expectedVersion: number): void {
  if (publication.version !== expectedVersion) {
    throw new DomainError(
      'version_conflict',
      `This publication was changed by someone else (version ${publication.version}, you had ${expectedVersion}). Reload and try again.`,
      { current: { status: publication.status, version: publication.version } },
    );
  }
}

function checkStatus(publication: PublicationEntity, from: PublicationStatus, to: PublicationStatus): void {
  if (publication.status === from) return;
  const labels: Record<PublicationStatus, { nl: string; en: string }> = {
    draft: { nl: 'concept', en: 'draft' },
    review: { nl: 'ter review', en: 'in review' },
    published: { nl: 'gepubliceerd', en: 'published' },
  };
  throw new DomainError(
    'conflict',
    {
      nl: `Dit kan alleen vanuit "${labels[from].nl}"; het stuk is nu ${labels[publication.status].nl}.`,
      en: `This is only possible from "${labels[from].en}"; the item is ${labels[publication.status].en} now.`,
    },
    { current: { status: publication.status, version: publication.version }, to },
  );
}
