// The public side of step 5: what the network shared, newest first, as a page, one item, or an Atom
// feed. Only published items; no submitter, no adviser; cases only by a title an adviser reviewed.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { NotFoundError } from '@app/core';
import { PublicationEntity } from '@app/persistence';
import type { PublicationKind } from '@app/workflow';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { buildAtomFeed } from './atom-feed';
import type { InsightDto, InsightPageDto } from './dto/insight-view.dto';
import type { ListInsightsQuery } from './dto/list-publications.query';
import { toInsightDtos } from './publication-views';

const DEFAULT_PAGE = 20;
const FEED_ENTRIES = 50;

const KIND_LABELS: Record<PublicationKind, string> = {
  interview: 'Interview',
  podcast: 'Podcast',
  blikvanger: 'Blikvanger',
  newsletter: 'Nieuwsbrief',
};

@Injectable()
export class PublicInsightService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Newest first by publication time; the cursor names the last item seen (keyset, no offset). */
  async list(query: ListInsightsQuery): Promise<InsightPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource.manager
      .createQueryBuilder(PublicationEntity, 'p')
      .addSelect('p.published_at::text', 'published_at_text')
      .where(`p.status = 'published'`)
      .orderBy('p.published_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(limit + 1);
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.cursor) {
      const { createdAt: publishedAt, id } = decodeCursor(query.cursor);
      qb.andWhere('(p.published_at, p.id) < (:publishedAt::timestamptz, :id::uuid)', { publishedAt, id });
    }
    const { entities, raw } = await qb.getRawAndEntities<{ published_at_text: string }>();
    const rows = entities.slice(0, limit);
    const nextCursor =
      entities.length > limit
        ? encodeCursor({ createdAtText: raw[limit - 1].published_at_text, id: rows[limit - 1].id })
        : null;
    return { items: await toInsightDtos(this.dataSource.manager, rows), nextCursor };
  }

  async get(id: string): Promise<InsightDto> {
    const publication = await this.dataSource.manager.findOne(PublicationEntity, {
      where: { id, status: 'published' },
    });
    if (!publication) throw new NotFoundError('Insight', id);
    const [insight] = await toInsightDtos(this.dataSource.manager, [publication]);
    return insight;
  }

  async atomFeed(): Promise<string> {
    const { items } = await this.list({ limit: FEED_ENTRIES });
    const base = this.config.publicUrl;
    return buildAtomFeed(
      {
        id: `${base}/api/public/insights.atom`,
        title: 'Signaalroute: inzichten uit het netwerk',
        subtitle:
          'Wat het netwerk leerde van knelpunten rond kinderen: interviews, podcasts, Blikvangers en nieuws.',
        selfUrl: `${base}/api/public/insights.atom`,
        alternateUrl: `${base}/inzichten`,
        authorName: 'Signaalroute',
        updated: items[0]?.publishedAt ?? new Date(),
      },
      items.map((item) => ({
        id: `urn:uuid:${item.id}`,
        title: item.title,
        summary: item.summary,
        content: [
          item.body,
          ...(item.callToAction ? [item.callToAction] : []),
          ...(item.cases.length > 0 ? [`Over: ${item.cases.map((c) => c.title).join('; ')}`] : []),
        ].join('\n\n'),
        url: `${base}/inzichten/${item.id}`,
        relatedUrl: item.linkUrl,
        category: { term: item.kind, label: KIND_LABELS[item.kind] },
        published: item.publishedAt,
        updated: item.publishedAt,
      })),
    );
  }
}
