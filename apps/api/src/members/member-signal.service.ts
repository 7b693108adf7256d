// A signed-in member's own signals: what they submitted while signed in, newest first, described as
// the tracking page describes them. Another member's signal does not exist for them.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@app/core';
import { SignalEntity } from '@app/persistence';
import type { Locale } from '@app/workflow';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import { progressOf } from '../tracking/signal-progress';
import { TrackingService } from '../tracking/tracking.service';
import type { ListMemberSignalsQuery } from './dto/list-member-signals.query';
import type { MemberSignalDetailDto, MemberSignalPageDto } from './dto/member-signal.dto';

@Injectable()
export class MemberSignalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tracking: TrackingService,
  ) {}

  async list(memberId: string, query: ListMemberSignalsQuery, locale: Locale): Promise<MemberSignalPageDto> {
    const limit = query.limit ?? 25;
    const qb = this.dataSource
      .getRepository(SignalEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.case', 'c')
      .where('s.submitted_by_id = :memberId', { memberId });
    applyKeyset(qb, 's', query.cursor, limit);
    const page = await fetchKeysetPage(qb, limit);
    return {
      items: page.rows.map((signal) => {
        const { status, statusExplanation, state } = progressOf(signal, signal.case ?? null, locale);
        return {
          id: signal.id,
          reference: signal.reference,
          kind: signal.kind,
          title: signal.title,
          status,
          statusExplanation,
          state,
          createdAt: signal.createdAt,
        };
      }),
      nextCursor: page.nextCursor,
    };
  }

  async detail(memberId: string, id: string, locale: Locale): Promise<MemberSignalDetailDto> {
    const signal = await this.dataSource
      .getRepository(SignalEntity)
      .findOneBy({ id, submittedById: memberId });
    // Someone else's signal answers exactly like one that does not exist.
    if (!signal) throw new NotFoundError('Signal', id);
    return { id: signal.id, ...(await this.tracking.describe(signal, locale)) };
  }
}
