// Themes (opgaven) that national routes work on, and which theme a case belongs to (one at a time).
// Admins keep the themes; advisers put cases under them.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '@app/core';
import { CaseEntity, ThemeEntity } from '@app/persistence';
import { findVisibleCase, type CaseViewer } from '../cases/case-visibility';
import { withUniqueName } from '../tables/unique-name';
import type { CaseThemeDto } from './dto/case-theme.dto';
import type { CreateThemeDto } from './dto/create-theme.dto';
import type { ThemeDto } from './dto/theme.dto';
import type { UpdateThemeDto } from './dto/update-theme.dto';

const THEME = { nl: 'opgave', en: 'theme' };

@Injectable()
export class ThemeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<ThemeDto[]> {
    const rows = (await this.dataSource.manager.query(
      `SELECT t.id, t.name, t.description, t.national_route AS "nationalRoute", t.active,
              t.created_at AS "createdAt",
              (SELECT count(*) FROM cases c WHERE c.theme_id = t.id)::int AS "caseCount"
         FROM themes t ORDER BY t.name`,
    )) as ThemeDto[];
    return rows;
  }

  async one(id: string): Promise<ThemeDto> {
    const found = (await this.list()).find((theme) => theme.id === id);
    if (!found) throw new NotFoundError('Theme', id);
    return found;
  }

  async create(dto: CreateThemeDto): Promise<ThemeDto> {
    const saved = await withUniqueName(THEME, dto.name, () =>
      this.dataSource.manager.save(
        this.dataSource.manager.create(ThemeEntity, {
          name: dto.name,
          description: dto.description ?? '',
          nationalRoute: dto.nationalRoute ?? '',
          active: dto.active ?? true,
        }),
      ),
    );
    return this.one(saved.id);
  }

  async update(id: string, dto: UpdateThemeDto): Promise<ThemeDto> {
    await this.one(id);
    const changes = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) {
      await withUniqueName(THEME, dto.name ?? '', () =>
        this.dataSource.manager.update(ThemeEntity, { id }, changes),
      );
    }
    return this.one(id);
  }

  /** Puts the case under a theme (replacing any earlier one), or under none with null. */
  setCaseTheme(caseId: string, themeId: string | null, viewer: CaseViewer): Promise<CaseThemeDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await findVisibleCase(manager, caseId, viewer, { lock: true });
      const theme = themeId ? await manager.findOneBy(ThemeEntity, { id: themeId }) : null;
      if (themeId && !theme?.active) {
        throw new DomainError(
          'rule_violated',
          {
            nl: 'Deze opgave bestaat niet of is niet meer actief.',
            en: 'This theme does not exist or is no longer active.',
          },
          { themeId },
        );
      }
      let version = row.version;
      if (row.themeId !== themeId) {
        version = row.version + 1;
        await manager.update(CaseEntity, { id: caseId }, { themeId, version });
      }
      return { caseId, theme: theme ? { id: theme.id, name: theme.name } : null, version };
    });
  }
}
