// Agenda items (step 6, Agenderen): a case on the agenda of one national table, tracked by the table's
// liaison from proposal to outcome and closure. Which status may follow which is decided by the move
// table in libs/workflow; every change is an append-only event row, and the reminder jobs it plans are
// written to the outbox in the same transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { DomainError, NotFoundError, SettingsService } from '@app/core';
import {
  AgendaItemDocumentEntity,
  AgendaItemEntity,
  AgendaItemEventEntity,
  CaseEntity,
  NationalTableEntity,
} from '@app/persistence';
import { addToOutbox } from '@app/queue';
import {
  agendaMovesFrom,
  decideAgendaMove,
  dutchToday,
  staleMoment,
  type AgendaMoveField,
  type CaseStep,
} from '@app/workflow';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import { findVisibleCase, type CaseViewer } from '../cases/case-visibility';
import { agendaItemJobs } from './agenda-item-jobs';
import { findVisibleItem, restrictToVisibleItems } from './agenda-item-visibility';
import type { AddAgendaDocumentDto } from './dto/add-agenda-document.dto';
import type {
  AgendaItemDetailDto,
  AgendaItemPageDto,
  AgendaItemSummaryDto,
  AllowedAgendaMoveDto,
  StaleAgendaItemDto,
} from './dto/agenda-item-view.dto';
import type { CreateAgendaItemDto } from './dto/create-agenda-item.dto';
import type { ListAgendaItemsQuery } from './dto/list-agenda-items.query';
import type { MoveAgendaItemDto } from './dto/move-agenda-item.dto';

/** Items are added while the case is on the agenda. */
const AGENDA_STEP: CaseStep = 'agenda';
/** Items keep moving after the case reports back (a commitment is followed up), not once it is archived. */
const MOVABLE_CASE_STEPS: readonly CaseStep[] = ['agenda', 'feedback', 'closed'];
const MAX_STALE_LISTED = 200;

type ItemWithRelations = AgendaItemEntity & { case: CaseEntity; table: NationalTableEntity };

@Injectable()
export class AgendaItemService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
  ) {}

  /** One item per table and case; the case must be on the agenda and the table active. */
  async create(caseId: string, dto: CreateAgendaItemDto, viewer: CaseViewer): Promise<AgendaItemDetailDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      // Locked: the case cannot report back while an item is added (the guard counts the items).
      const caseRow = await findVisibleCase(manager, caseId, viewer, { lock: true });
      if (caseRow.step !== AGENDA_STEP) {
        throw new DomainError(
          'conflict',
          {
            nl: 'Alleen een knelpunt in de stap Agenderen krijgt agendapunten.',
            en: 'Only a case in the agenda step gets agenda items.',
          },
          { step: caseRow.step },
        );
      }
      const table = await manager.findOneBy(NationalTableEntity, { id: dto.tableId });
      if (!table?.active) {
        throw new DomainError(
          'rule_violated',
          {
            nl: 'Deze tafel bestaat niet of neemt geen nieuwe agendapunten aan.',
            en: 'This table does not exist or takes no new agenda items.',
          },
          { tableId: dto.tableId },
        );
      }
      const movedAt = new Date();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AgendaItemEntity)
        .values({ caseId, tableId: table.id, ask: dto.ask, createdById: viewer.id, movedAt })
        .orIgnore()
        .returning('id')
        .execute();
      const itemId = (inserted.raw as { id: string }[])[0]?.id;
      if (!itemId) {
        const existing = await manager.findOneByOrFail(AgendaItemEntity, { caseId, tableId: table.id });
        throw new DomainError(
          'conflict',
          {
            nl: 'Dit knelpunt staat al op de agenda van deze tafel.',
            en: 'This case is already on the agenda of this table.',
          },
          { agendaItemId: existing.id },
        );
      }
      await manager.insert(AgendaItemEventEntity, {
        agendaItemId: itemId,
        fromStatus: null,
        toStatus: 'proposed',
        actorId: viewer.id,
        note: '',
        changes: { ask: { from: null, to: dto.ask } },
      });
      const settings = await this.settings.get('agenda_reminders', manager);
      await addToOutbox(
        manager,
        agendaItemJobs(
          { id: itemId, status: 'proposed', meetingDate: null, followUpOn: null, movedAt },
          settings,
        ),
      );
      return itemId;
    });
    return this.detail(id, viewer);
  }

  /** The case's items the viewer may see (a liaison: those at their own tables). */
  async listForCase(caseId: string, viewer: CaseViewer): Promise<AgendaItemSummaryDto[]> {
    await findVisibleCase(this.dataSource.manager, caseId, viewer);
    const qb = this.itemQuery(this.dataSource.manager)
      .where('i.case_id = :caseId', { caseId })
      .orderBy('i.created_at', 'ASC')
      .addOrderBy('i.id', 'ASC');
    const rows = (await restrictToVisibleItems(qb, 'i', viewer).getMany()) as ItemWithRelations[];
    return rows.map(toSummary);
  }

  async list(query: ListAgendaItemsQuery, viewer: CaseViewer): Promise<AgendaItemPageDto> {
    const limit = query.limit ?? 50;
    const qb = this.itemQuery(this.dataSource.manager);
    restrictToVisibleItems(qb, 'i', viewer);
    applyKeyset(qb, 'i', query.cursor, limit);
    if (query.tableId) qb.andWhere('i.table_id = :tableId', { tableId: query.tableId });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.themeId) {
      qb.andWhere('EXISTS (SELECT 1 FROM cases tc WHERE tc.id = i.case_id AND tc.theme_id = :themeId)', {
        themeId: query.themeId,
      });
    }
    const page = await fetchKeysetPage<AgendaItemEntity, { created_at_text: string }>(qb, limit);
    return { items: (page.rows as ItemWithRelations[]).map(toSummary), nextCursor: page.nextCursor };
  }

  /** The item with every change and document, and the moves the viewer may make now. */
  async detail(id: string, viewer: CaseViewer): Promise<AgendaItemDetailDto> {
    const manager = this.dataSource.manager;
    const qb = this.itemQuery(manager).where('i.id = :id', { id });
    const row = (await restrictToVisibleItems(qb, 'i', viewer).getOne()) as ItemWithRelations | null;
    if (!row) throw new NotFoundError('Agenda item', id);
    const events = (await manager.query(
      `SELECT e.id, e.from_status, e.to_status, e.actor_id, u.display_name, e.note, e.changes, e.at
         FROM agenda_item_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.agenda_item_id = $1 ORDER BY e.id`,
      [id],
    )) as {
      id: string;
      from_status: AgendaItemEventEntity['fromStatus'];
      to_status: AgendaItemEventEntity['toStatus'];
      actor_id: string | null;
      display_name: string | null;
      note: string;
      changes: Record<string, unknown> | null;
      at: Date;
    }[];
    const documents = await manager.find(AgendaItemDocumentEntity, {
      where: { agendaItemId: id },
      order: { addedAt: 'ASC', id: 'ASC' },
    });
    return {
      ...toSummary(row),
      events: events.map((event) => ({
        id: String(event.id),
        from: event.from_status,
        to: event.to_status,
        actorId: event.actor_id,
        actorName: event.display_name,
        note: event.note,
        changes: event.changes,
        at: event.at,
      })),
      documents: documents.map((document) => ({
        id: document.id,
        title: document.title,
        url: document.url,
        addedById: document.addedById,
        addedAt: document.addedAt,
      })),
      allowedMoves: allowedMoves(row),
    };
  }

  /** One move along the table, with its note and the fields it records; replans the item's reminders. */
  async move(id: string, dto: MoveAgendaItemDto, viewer: CaseViewer): Promise<AgendaItemDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const item = await findVisibleItem(manager, id, viewer, { lock: true });
      const caseRow = await manager.findOneByOrFail(CaseEntity, { id: item.caseId });
      if (!MOVABLE_CASE_STEPS.includes(caseRow.step)) {
        throw new DomainError(
          'conflict',
          {
            nl: 'Het knelpunt van dit agendapunt is gearchiveerd; het agendapunt staat stil.',
            en: "This agenda item's case is archived; the item no longer moves.",
          },
          { caseStep: caseRow.step },
        );
      }
      if (dto.expectedVersion !== item.version) {
        throw new DomainError(
          'version_conflict',
          `This agenda item was changed by someone else (version ${item.version}, you had ${dto.expectedVersion}). Reload and try again.`,
          { current: { status: item.status, version: item.version } },
        );
      }
      const decision = decideAgendaMove(item.status, dto.to, dto);
      if (!decision.allowed) {
        if (decision.code === 'move_not_allowed') {
          throw new DomainError('transition_not_allowed', decision.message, {
            current: { status: item.status, version: item.version },
            allowed: agendaMovesFrom(item.status).map((rule) => rule.to),
          });
        }
        throw new DomainError(
          'rule_violated',
          {
            nl: `Deze stap vraagt om: ${decision.missing.join(', ') || '-'}; niet bij deze stap: ${decision.unexpected.join(', ') || '-'}.`,
            en: `This move needs: ${decision.missing.join(', ') || '-'}; not part of this move: ${decision.unexpected.join(', ') || '-'}.`,
          },
          { missing: decision.missing, unexpected: decision.unexpected },
        );
      }
      if (dto.followUpOn && dto.followUpOn < dutchToday()) {
        throw new DomainError(
          'rule_violated',
          {
            nl: 'De datum om na te gaan ligt in het verleden.',
            en: 'The follow-up date is in the past.',
          },
          { followUpOn: dto.followUpOn },
        );
      }

      const fields = [...decision.rule.requires, ...decision.rule.accepts];
      const patch: Partial<Pick<AgendaItemEntity, AgendaMoveField>> = {};
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const field of fields) {
        const value = dto[field];
        if (value === undefined) continue;
        Object.assign(patch, { [field]: value });
        if (item[field] !== value) changes[field] = { from: item[field], to: value };
      }
      const movedAt = new Date();
      const version = item.version + 1;
      await manager.update(AgendaItemEntity, { id }, { ...patch, status: dto.to, movedAt, version });
      await manager.insert(AgendaItemEventEntity, {
        agendaItemId: id,
        fromStatus: item.status,
        toStatus: dto.to,
        actorId: viewer.id,
        note: dto.note,
        changes: Object.keys(changes).length > 0 ? changes : null,
      });
      const settings = await this.settings.get('agenda_reminders', manager);
      await addToOutbox(
        manager,
        agendaItemJobs(
          {
            id,
            status: dto.to,
            meetingDate: patch.meetingDate ?? item.meetingDate,
            followUpOn: patch.followUpOn ?? item.followUpOn,
            movedAt,
          },
          settings,
        ),
      );
    });
    return this.detail(id, viewer);
  }

  /** Links a document (minutes, a letter); kept as an event too. The status does not move. */
  async addDocument(id: string, dto: AddAgendaDocumentDto, viewer: CaseViewer): Promise<AgendaItemDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const item = await findVisibleItem(manager, id, viewer, { lock: true });
      const saved = await manager.save(
        manager.create(AgendaItemDocumentEntity, {
          agendaItemId: id,
          title: dto.title,
          url: dto.url,
          addedById: viewer.id,
        }),
      );
      await manager.insert(AgendaItemEventEntity, {
        agendaItemId: id,
        fromStatus: item.status,
        toStatus: item.status,
        actorId: viewer.id,
        note: '',
        changes: { document: { id: saved.id, title: dto.title, url: dto.url } },
      });
    });
    return this.detail(id, viewer);
  }

  /** Open items that have not moved for the set weeks, longest first; none of an archived case. */
  async stale(): Promise<StaleAgendaItemDto[]> {
    const { staleAfterWeeks } = await this.settings.get('agenda_reminders');
    const cutoff = new Date(Date.now() - staleAfterWeeks * 7 * 24 * 3600 * 1000);
    const rows = (await this.itemQuery(this.dataSource.manager)
      .where("i.status <> 'closed'")
      .andWhere("c.step <> 'archived'")
      .andWhere('i.moved_at <= :cutoff', { cutoff })
      .orderBy('i.moved_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(MAX_STALE_LISTED)
      .getMany()) as ItemWithRelations[];
    return rows.map((row) => ({ ...toSummary(row), staleSince: staleMoment(row.movedAt, staleAfterWeeks) }));
  }

  private itemQuery(manager: EntityManager): SelectQueryBuilder<AgendaItemEntity> {
    return manager
      .createQueryBuilder(AgendaItemEntity, 'i')
      .innerJoinAndSelect('i.case', 'c')
      .innerJoinAndSelect('i.table', 't');
  }
}

function toSummary(row: ItemWithRelations): AgendaItemSummaryDto {
  return {
    id: row.id,
    caseId: row.caseId,
    caseReference: row.case.reference,
    caseTitle: row.case.title,
    caseStep: row.case.step,
    tableId: row.tableId,
    tableName: row.table.name,
    status: row.status,
    ask: row.ask,
    meetingDate: row.meetingDate,
    outcome: row.outcome,
    outcomeNote: row.outcomeNote,
    followUpOn: row.followUpOn,
    movedAt: row.movedAt,
    version: row.version,
    createdAt: row.createdAt,
  };
}

/** Every role that sees an item may move it (the route says which roles those are). */
function allowedMoves(row: ItemWithRelations): AllowedAgendaMoveDto[] {
  if (!MOVABLE_CASE_STEPS.includes(row.case.step)) return [];
  return agendaMovesFrom(row.status).map((rule) => ({
    to: rule.to,
    action: rule.action,
    requires: [...rule.requires],
    accepts: [...rule.accepts],
  }));
}
