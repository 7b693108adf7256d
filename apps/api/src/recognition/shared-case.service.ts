// Members see the cases the network shares (step 5 and later, with a title an adviser gave them) and
// may say "I recognise this" on one; that counts as evidence for the case, like an answer to a call.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NotFoundError } from '@app/core';
import { CaseEndorsementEntity, CaseEntity, UserEntity } from '@app/persistence';
import type { CaseStep } from '@app/workflow';
import type { RequestUser } from '../auth/request-user';
import type { EndorseCaseDto, SharedCaseDto } from './dto/shared-case.dto';

export const SHARED_CASE_STEPS: readonly CaseStep[] = ['sharing', 'agenda', 'feedback', 'closed'];
const MAX_LISTED = 200;

@Injectable()
export class SharedCaseService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(member: RequestUser): Promise<SharedCaseDto[]> {
    return this.query(member, null);
  }

  /** The shared cases with the member's own mark; one case when `caseId` is given. */
  private async query(member: RequestUser, caseId: string | null): Promise<SharedCaseDto[]> {
    return (await this.dataSource.manager.query(
      `SELECT c.id, c.reference, c.title, c.domains, c.step,
              (SELECT count(*) FROM case_endorsements e WHERE e.case_id = c.id)::int AS "recognisedBy",
              EXISTS (SELECT 1 FROM case_endorsements e WHERE e.case_id = c.id AND e.user_id = $2) AS "recognisedByMe"
         FROM cases c
        WHERE c.step = ANY($1::varchar[]) AND c.title_reviewed AND ($3::uuid IS NULL OR c.id = $3)
        ORDER BY c.updated_at DESC LIMIT ${MAX_LISTED}`,
      [SHARED_CASE_STEPS, member.id, caseId],
    )) as SharedCaseDto[];
  }

  /** Saying it twice changes nothing; without details the member's profile fills them in. */
  async endorse(caseId: string, dto: EndorseCaseDto, member: RequestUser): Promise<SharedCaseDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.findShared(caseId);
      const profile = await manager.findOneByOrFail(UserEntity, { id: member.id });
      await manager
        .createQueryBuilder()
        .insert()
        .into(CaseEndorsementEntity)
        .values({
          caseId,
          userId: member.id,
          domain: dto.domain ?? profile.domains[0] ?? null,
          region: dto.region ?? profile.region,
          organisationType: dto.organisationType ?? profile.organisationType,
        })
        .orIgnore()
        .execute();
    });
    return this.one(caseId, member);
  }

  async withdraw(caseId: string, member: RequestUser): Promise<SharedCaseDto> {
    await this.findShared(caseId);
    await this.dataSource.manager.delete(CaseEndorsementEntity, { caseId, userId: member.id });
    return this.one(caseId, member);
  }

  private async one(caseId: string, member: RequestUser): Promise<SharedCaseDto> {
    const [found] = await this.query(member, caseId);
    if (!found) throw new NotFoundError('Case', caseId);
    return found;
  }

  /** A case that is not shared answers like an unknown one. */
  private async findShared(caseId: string): Promise<CaseEntity> {
    const row = await this.dataSource.manager.findOne(CaseEntity, {
      where: { id: caseId, step: In([...SHARED_CASE_STEPS]), titleReviewed: true },
    });
    if (!row) throw new NotFoundError('Case', caseId);
    return row;
  }
}
