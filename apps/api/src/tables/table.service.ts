// The register of national tables and bodies (step 6) and who their liaisons are. Admins keep it; a
// liaison sees the cases on the agenda of their own tables, so changing liaisons is in the audit log.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '@app/core';
import { NationalTableEntity, TableLiaisonEntity, UserEntity } from '@app/persistence';
import { AGENDA_STATUSES_WITHOUT_OUTCOME } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import type { CreateTableDto } from './dto/create-table.dto';
import type { NationalTableDto } from './dto/national-table.dto';
import type { UpdateTableDto } from './dto/update-table.dto';
import { withUniqueName } from './unique-name';

const TABLE = { nl: 'tafel', en: 'table' };

@Injectable()
export class TableService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<NationalTableDto[]> {
    const tables = await this.dataSource.manager.find(NationalTableEntity, { order: { name: 'ASC' } });
    return this.views(this.dataSource.manager, tables);
  }

  async one(id: string, manager: EntityManager = this.dataSource.manager): Promise<NationalTableDto> {
    const table = await manager.findOneBy(NationalTableEntity, { id });
    if (!table) throw new NotFoundError('Table', id);
    const [view] = await this.views(manager, [table]);
    return view;
  }

  async create(dto: CreateTableDto): Promise<NationalTableDto> {
    const id = await withUniqueName(TABLE, dto.name, async () => {
      const saved = await this.dataSource.manager.save(
        this.dataSource.manager.create(NationalTableEntity, {
          name: dto.name,
          kind: dto.kind,
          description: dto.description ?? '',
          active: dto.active ?? true,
        }),
      );
      return saved.id;
    });
    return this.one(id);
  }

  async update(id: string, dto: UpdateTableDto): Promise<NationalTableDto> {
    await this.one(id);
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) {
      await withUniqueName(TABLE, dto.name ?? '', () =>
        this.dataSource.manager.update(NationalTableEntity, { id }, changes),
      );
    }
    return this.one(id);
  }

  /** Replaces the table's liaisons; each must be an active liaison account (422 names the others). */
  setLiaisons(id: string, userIds: string[], actorId: string, ip: string): Promise<NationalTableDto> {
    return this.dataSource.transaction(async (manager) => {
      const table = await manager.findOne(NationalTableEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!table) throw new NotFoundError('Table', id);
      // Held until commit, so an account cannot change role or be deactivated halfway.
      const users =
        userIds.length === 0
          ? []
          : await manager
              .createQueryBuilder(UserEntity, 'u')
              .where('u.id IN (:...userIds)', { userIds })
              .setLock('pessimistic_read')
              .getMany();
      const invalid = userIds.filter((userId) => {
        const user = users.find((u) => u.id === userId);
        return !user || !user.active || user.role !== 'liaison';
      });
      if (invalid.length > 0) {
        throw new DomainError(
          'rule_violated',
          {
            nl: 'Alleen actieve accounts met de rol tafel-liaison kunnen liaison van een tafel zijn.',
            en: 'Only active accounts with the liaison role can be liaisons of a table.',
          },
          { invalidUserIds: invalid },
        );
      }
      const before = (await manager.findBy(TableLiaisonEntity, { tableId: id })).map((row) => row.userId);
      const removed = before.filter((userId) => !userIds.includes(userId));
      const added = userIds.filter((userId) => !before.includes(userId));
      if (removed.length > 0) await manager.delete(TableLiaisonEntity, { tableId: id, userId: In(removed) });
      if (added.length > 0) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(TableLiaisonEntity)
          .values(added.map((userId) => ({ tableId: id, userId })))
          .orIgnore()
          .execute();
      }
      if (removed.length > 0 || added.length > 0) {
        await this.audit.record(
          {
            action: 'table_liaisons_changed',
            actorId,
            subject: { type: 'national_table', id },
            ip,
            details: { added: added.join(','), removed: removed.join(',') },
          },
          manager,
        );
      }
      return this.one(id, manager);
    });
  }

  private async views(manager: EntityManager, tables: NationalTableEntity[]): Promise<NationalTableDto[]> {
    if (tables.length === 0) return [];
    const ids = tables.map((table) => table.id);
    const liaisons = (await manager.query(
      `SELECT tl.table_id, u.id AS user_id, u.display_name FROM table_liaisons tl
         JOIN users u ON u.id = tl.user_id
        WHERE tl.table_id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`,
      [ids],
    )) as { table_id: string; user_id: string; display_name: string }[];
    const open = (await manager.query(
      `SELECT table_id, count(*)::int AS open FROM agenda_items
        WHERE table_id = ANY($1::uuid[]) AND status = ANY($2::varchar[])
        GROUP BY table_id`,
      [ids, AGENDA_STATUSES_WITHOUT_OUTCOME],
    )) as { table_id: string; open: number }[];
    return tables.map((table) => ({
      id: table.id,
      name: table.name,
      kind: table.kind,
      description: table.description,
      active: table.active,
      liaisons: liaisons
        .filter((row) => row.table_id === table.id)
        .map((row) => ({ userId: row.user_id, displayName: row.display_name })),
      openItems: open.find((row) => row.table_id === table.id)?.open ?? 0,
      createdAt: table.createdAt,
    }));
  }
}
