// What advisers read: the inbox (filtered, newest first, keyset pages) and one signal in full.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@app/core';
import { SignalEntity } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { applyKeyset, fetchKeysetPage } from '../common/cursor';
import { readHistory } from '../common/history';
import type { ListSignalsQuery } from './dto/list-signals.query';
import type { SignalDetailDto, SignalPageDto, SignalSummaryDto } from './dto/signal-view.dto';

@Injectable()
export class SignalQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListSignalsQuery): Promise<SignalPageDto> {
    const limit = query.limit ?? 25;
    const qb = this.dataSource
      .getRepository(SignalEntity)
      .createQueryBuilder('s')
      .select(['s.id', 's.reference', 's.kind', 's.title', 's.domains', 's.region', 's.channel', 's.step'])
      .addSelect(['s.caseId', 's.suggestedAt', 's.createdAt']);
    applyKeyset(qb, 's', query.cursor, limit);
    if (query.step) qb.andWhere('s.step = :step', { step: query.step });
    if (query.domain) qb.andWhere(':domain = ANY(s.domains)', { domain: query.domain });
    if (query.region) qb.andWhere('s.region = :region', { region: query.region });
    if (query.q) qb.andWhere(`s.search_vector @@ websearch_to_tsquery('dutch', :q)`, { q: query.q });
    const page = await fetchKeysetPage(qb, limit);
    return { items: page.rows.map(toSummary), nextCursor: page.nextCursor };
  }

  /** The full signal; when it holds the submitter's e-mail address, that this viewer saw it is audited. */
  async detail(id: string, viewer: { userId: string; ip: string }): Promise<SignalDetailDto> {
    const signal = await this.dataSource.getRepository(SignalEntity).findOneBy({ id });
    if (!signal) throw new NotFoundError('Signal', id);
    if (signal.email) {
      await this.audit.record({
        action: 'contact_details_viewed',
        actorId: viewer.userId,
        subject: { type: 'signal', id: signal.id },
        ip: viewer.ip,
        details: { field: 'email' },
      });
    }
    return {
      ...toSummary(signal),
      description: signal.description,
      submitterRole: signal.submitterRole,
      organisation: signal.organisation,
      email: signal.email,
      consent: { contact: signal.consentContact, publication: signal.consentPublication },
      locale: signal.locale,
      callId: signal.callId,
      version: signal.version,
      suggestions: signal.suggestions,
      history: await readHistory(this.dataSource.manager, 'signal', signal.id),
    };
  }
}

function toSummary(signal: SignalEntity): SignalSummaryDto {
  return {
    id: signal.id,
    reference: signal.reference,
    kind: signal.kind,
    title: signal.title,
    domains: signal.domains,
    region: signal.region,
    channel: signal.channel,
    step: signal.step,
    caseId: signal.caseId,
    hasSuggestions: signal.suggestedAt !== null,
    createdAt: signal.createdAt,
  };
}
