// Advisers create, edit and publish calls. Publishing fixes the audience size, queues the fan-out of a
// targeted call, and plans the delayed job that closes the call (and tallies it) at its close time;
// moving the close date moves that job.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, NotFoundError, audienceCondition, type CallAudience } from '@app/core';
import { CallEntity, CaseEntity } from '@app/persistence';
import { addToOutbox, outboxJob } from '@app/queue';
import { checkAudience, checkCallDates } from './call-rules';
import { toCallDto } from './call-views';
import type { AudienceSizeQueryDto } from './dto/audience-size.query';
import type { CallDto } from './dto/call-view.dto';
import type { CreateCallDto } from './dto/create-call.dto';
import type { ListCallsQueryDto } from './dto/list-calls.query';
import type { UpdateCallDto } from './dto/update-call.dto';

const MAX_LISTED = 200;

@Injectable()
export class CallService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(dto: CreateCallDto, actor: { id: string }): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const targeted = dto.kind === 'targeted';
      if (targeted) await this.checkCaseForTargetedCall(manager, dto.caseId);
      else if (dto.caseId) {
        throw new DomainError('rule_violated', {
          nl: 'Een open oproep hoort niet bij één knelpunt; kies een gerichte oproep.',
          en: 'An open call is not about one case; choose a targeted call.',
        });
      }
      const audience: CallAudience = {
        audienceEveryone: targeted && (dto.audienceEveryone ?? false),
        audienceDomains: targeted ? (dto.audienceDomains ?? []) : [],
        audienceRegions: targeted ? (dto.audienceRegions ?? []) : [],
      };
      if (targeted) checkAudience(audience);
      const opensAt = dto.opensAt ? new Date(dto.opensAt) : new Date();
      const closesAt = new Date(dto.closesAt);
      checkCallDates(opensAt, closesAt);
      const call = manager.create(CallEntity, {
        kind: dto.kind,
        caseId: targeted ? (dto.caseId ?? null) : null,
        question: dto.question,
        reason: dto.reason,
        channels: dto.channels,
        opensAt,
        closesAt,
        ...audience,
        audienceDomains: [...audience.audienceDomains],
        audienceRegions: [...audience.audienceRegions],
        // Open calls exist to be found; a targeted call is public only when the adviser says so.
        isPublic: targeted ? (dto.isPublic ?? false) : true,
        status: 'draft',
        createdById: actor.id,
      });
      await manager.insert(CallEntity, call);
      return toCallDto(manager, await manager.findOneByOrFail(CallEntity, { id: call.id }));
    });
  }

  async list(query: ListCallsQueryDto): Promise<CallDto[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(CallEntity, 'c')
      .orderBy('c.created_at', 'DESC')
      .limit(MAX_LISTED);
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.caseId) qb.andWhere('c.case_id = :caseId', { caseId: query.caseId });
    const calls = await qb.getMany();
    return Promise.all(calls.map((call) => toCallDto(this.dataSource.manager, call)));
  }

  async get(id: string): Promise<CallDto> {
    return toCallDto(this.dataSource.manager, await this.find(this.dataSource.manager, id));
  }

  async update(id: string, dto: UpdateCallDto): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await this.find(manager, id, true);
      checkVersion(call, dto.expectedVersion);
      const { expectedVersion: _version, ...changes } = dto;
      if (call.status === 'closed') {
        throw new DomainError('conflict', {
          nl: 'Een gesloten oproep kan niet meer worden gewijzigd.',
          en: 'A closed call cannot be changed any more.',
        });
      }
      if (call.status === 'published') {
        const editable = new Set(['closesAt', 'isPublic']);
        const refused = Object.keys(changes).filter((key) => !editable.has(key));
        if (refused.length > 0) {
          throw new DomainError(
            'conflict',
            {
              nl: 'Van een gepubliceerde oproep kun je alleen de sluitdatum en de vermelding op de openbare pagina wijzigen.',
              en: 'A published call can only change its close date and whether it is listed publicly.',
            },
            { fields: refused },
          );
        }
      }
      const next = {
        ...call,
        ...changes,
        opensAt: changes.opensAt ? new Date(changes.opensAt) : call.opensAt,
        closesAt: changes.closesAt ? new Date(changes.closesAt) : call.closesAt,
      };
      if (call.kind === 'targeted') checkAudience(next);
      if (changes.opensAt || changes.closesAt) checkCallDates(next.opensAt, next.closesAt);
      await manager.update(
        CallEntity,
        { id },
        {
          question: next.question,
          reason: next.reason,
          channels: next.channels,
          opensAt: next.opensAt,
          closesAt: next.closesAt,
          audienceDomains: call.kind === 'targeted' ? next.audienceDomains : [],
          audienceRegions: call.kind === 'targeted' ? next.audienceRegions : [],
          audienceEveryone: call.kind === 'targeted' && next.audienceEveryone,
          isPublic: call.kind === 'targeted' ? next.isPublic : true,
          version: call.version + 1,
        },
      );
      // The close job of a published call moves with its close date.
      if (call.status === 'published' && next.closesAt.getTime() !== call.closesAt.getTime()) {
        await addToOutbox(manager, [outboxJob('recognition.tally', { callId: id }, next.closesAt)]);
      }
      return toCallDto(manager, await manager.findOneByOrFail(CallEntity, { id }));
    });
  }

  async publish(id: string, expectedVersion: number): Promise<CallDto> {
    return this.dataSource.transaction(async (manager) => {
      const call = await this.find(manager, id, true);
      checkVersion(call, expectedVersion);
      if (call.status !== 'draft') {
        throw new DomainError('conflict', {
          nl: 'Deze oproep is al gepubliceerd.',
          en: 'This call has been published already.',
        });
      }
      if (call.kind === 'targeted') await this.checkCaseForTargetedCall(manager, call.caseId ?? undefined);
      const now = new Date();
      const opensAt = call.opensAt.getTime() < now.getTime() ? now : call.opensAt;
      checkCallDates(opensAt, call.closesAt, now);
      const audienceSize = call.kind === 'targeted' ? await countAudience(manager, call) : null;
      await manager.update(
        CallEntity,
        { id },
        { status: 'published', publishedAt: now, opensAt, audienceSize, version: call.version + 1 },
      );
      await addToOutbox(manager, [
        ...(call.kind === 'targeted' ? [outboxJob('recognition.fanout', { callId: id })] : []),
        outboxJob('recognition.tally', { callId: id }, call.closesAt),
      ]);
      return toCallDto(manager, await manager.findOneByOrFail(CallEntity, { id }));
    });
  }

  async audienceSize(query: AudienceSizeQueryDto): Promise<number> {
    return countAudience(this.dataSource.manager, {
      audienceEveryone: query.everyone ?? false,
      audienceDomains: query.domains ?? [],
      audienceRegions: query.regions ?? [],
    });
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<CallEntity> {
    const call = await manager.findOne(CallEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!call) throw new NotFoundError('Call', id);
    return call;
  }

  /** A targeted call is the recognition check of step 3: its case must be there, and in that step. */
  private async checkCaseForTargetedCall(manager: EntityManager, caseId: string | undefined): Promise<void> {
    if (!caseId) {
      throw new DomainError(
        'rule_violated',
        {
          nl: 'Kies het knelpunt waar de gerichte oproep over gaat.',
          en: 'Choose the case the targeted call is about.',
        },
        { field: 'caseId' },
      );
    }
    const caseRow = await manager.findOne(CaseEntity, { where: { id: caseId } });
    if (!caseRow) throw new NotFoundError('Case', caseId);
    if (caseRow.step !== 'recognition') {
      throw new DomainError(
        'rule_violated',
        {
          nl: 'Een gerichte oproep toetst de herkenning: het knelpunt moet in de stap Toetsen staan.',
          en: 'A targeted call checks recognition: the case must be in the recognition step.',
        },
        { field: 'caseId', step: caseRow.step },
      );
    }
  }
}

export async function countAudience(manager: EntityManager, audience: CallAudience): Promise<number> {
  if (!audience.audienceEveryone && audience.audienceDomains.length + audience.audienceRegions.length === 0)
    return 0;
  const condition = audienceCondition('u', audience, 1);
  const [row] = (await manager.query(
    `SELECT count(*)::int AS size FROM users u WHERE ${condition.sql}`,
    condition.params,
  )) as { size: number }[];
  return row.size;
}

function checkVersion(call: CallEntity, expectedVersion: number): void {
  if (call.version !== expectedVersion) {
    throw new DomainError(
      'version_conflict',
      `This call was changed by someone else (version ${call.version}, you had ${expectedVersion}). Reload and try again.`,
      { current: { status: call.status, version: call.version } },
    );
  }
}
