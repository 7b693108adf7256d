// Gathers the meeting brief for one national table: the cases on its agenda whose items have no outcome
// yet (optionally only those of one theme), each with its reviewed title and summary, the latest
// recognition tally, the submitted analyses and what is asked of the table. Anonymised on the way: no
// submitter, expert or e-mail address is read into the model; quotes come only from signals whose
// submitters consented to publication, and e-mail addresses, phone numbers, dates of birth, addresses
// and BSNs found in any free text are cut out. Every brief made is in the audit log.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { NotFoundError } from '@app/core';
import {
  AgendaItemEntity,
  AnalysisEntity,
  CaseEndorsementEntity,
  CaseEntity,
  NationalTableEntity,
  RecognitionTallyEntity,
  SignalEntity,
  TableLiaisonEntity,
  ThemeEntity,
} from '@app/persistence';
import { findPersonalData } from '@app/triage';
import { AGENDA_STATUSES_WITHOUT_OUTCOME, CAUSE_AREAS, dutchToday, type Locale } from '@app/workflow';
import { AuditService } from '../audit/audit.service';
import type { CaseViewer } from '../cases/case-visibility';
import type { BriefFormat } from './dto/meeting-brief.query';
import type { BriefCase, BriefRecognition, MeetingBriefModel } from './meeting-brief.renderer';

/** Quotes per case, and their length: enough to hear the voice, not a dossier. */
const MAX_QUOTES = 3;
const MAX_QUOTE_CHARS = 600;
const CUT = '[…]';

export interface BriefRequest {
  tableId: string;
  format: BriefFormat;
  themeId: string | null;
  locale: Locale;
  ip: string;
}

@Injectable()
export class MeetingBriefService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The brief's content; the controller writes it as HTML or PDF. */
  async brief(request: BriefRequest, viewer: CaseViewer): Promise<MeetingBriefModel> {
    const manager = this.dataSource.manager;
    const table = await this.findTable(manager, request.tableId, viewer);
    const theme = request.themeId ? await manager.findOneBy(ThemeEntity, { id: request.themeId }) : null;
    if (request.themeId && !theme) throw new NotFoundError('Theme', request.themeId);

    const qb = manager
      .createQueryBuilder(AgendaItemEntity, 'i')
      .innerJoinAndSelect('i.case', 'c')
      .where('i.table_id = :tableId', { tableId: table.id })
      .andWhere('i.status IN (:...open)', { open: [...AGENDA_STATUSES_WITHOUT_OUTCOME] })
      .andWhere("c.step <> 'archived'")
      .orderBy('i.meeting_date', 'ASC', 'NULLS LAST')
      .addOrderBy('i.created_at', 'ASC');
    if (theme) qb.andWhere('c.theme_id = :themeId', { themeId: theme.id });
    const items = (await qb.getMany()) as (AgendaItemEntity & { case: CaseEntity })[];

    const themeNames = await this.themeNames(
      manager,
      items.map((item) => item.case.themeId),
    );
    const cases: BriefCase[] = [];
    for (const item of items) cases.push(await this.briefCase(manager, item, item.case, themeNames));

    await this.audit.record({
      action: 'meeting_brief_viewed',
      actorId: viewer.id,
      subject: { type: 'national_table', id: table.id },
      ip: request.ip,
      details: { format: request.format, themeId: theme?.id ?? null, cases: cases.length },
    });
    return {
      locale: request.locale,
      tableName: table.name,
      tableDescription: table.description,
      theme: theme?.name ?? null,
      preparedOn: dutchToday(),
      cases,
    };
  }

  /** A liaison gets the brief of their own tables only; any other table answers like an unknown one. */
  private async findTable(
    manager: EntityManager,
    tableId: string,
    viewer: CaseViewer,
  ): Promise<NationalTableEntity> {
    const table = await manager.findOneBy(NationalTableEntity, { id: tableId });
    const mine =
      viewer.role !== 'liaison' ||
      (await manager.exists(TableLiaisonEntity, { where: { tableId, userId: viewer.id } }));
    if (!table || !mine) throw new NotFoundError('Table', tableId);
    return table;
  }

  private async briefCase(
    manager: EntityManager,
    item: AgendaItemEntity,
    row: CaseEntity,
    themeNames: Map<string, string>,
  ): Promise<BriefCase> {
    const analyses = await manager.find(AnalysisEntity, {
      where: { caseId: row.id, status: 'submitted' },
      order: { submittedAt: 'ASC' },
    });
    const causes = CAUSE_AREAS.flatMap((area) => {
      const playing = analyses.filter((analysis) => analysis.causeAreas[area]?.playsRole === true);
      if (playing.length === 0) return [];
      const explanations = playing
        .map((analysis) => redact(analysis.causeAreas[area].explanation ?? ''))
        .filter((text) => text !== '');
      return [{ area, explanations }];
    });
    return {
      reference: row.reference,
      title: row.titleReviewed ? row.title : null,
      summary: redact(row.summary),
      domains: row.domains,
      handlingOption: row.handlingOption,
      theme: row.themeId ? (themeNames.get(row.themeId) ?? null) : null,
      status: item.status,
      meetingDate: item.meetingDate,
      ask: redact(item.ask),
      recognition: await this.recognition(manager, row.id),
      analyses: analyses.length,
      causes,
      rootCauses: analyses.map((analysis) => redact(analysis.rootCauseSummary)).filter((text) => text !== ''),
      recommendations: analyses
        .map((analysis) => redact(analysis.recommendations))
        .filter((text) => text !== ''),
      quotes: await this.quotes(manager, row.id),
    };
  }

  /** The latest tally: as it was when its call closed, never recomputed. */
  private async recognition(manager: EntityManager, caseId: string): Promise<BriefRecognition | null> {
    const tally = await manager.findOne(RecognitionTallyEntity, {
      where: { caseId },
      order: { createdAt: 'DESC' },
    });
    if (!tally) return null;
    const f = tally.figures;
    return {
      respondents: f.respondents,
      recognised: f.recognised,
      partly: f.partly,
      notRecognised: f.notRecognised,
      endorsements: await manager.count(CaseEndorsementEntity, { where: { caseId } }),
      shareRecognising: f.shareRecognising,
      byDomain: f.byDomain,
      byRegion: f.byRegion,
      recommendation: tally.recommendation,
      closedOn: dutchToday(tally.createdAt),
    };
  }

  /** Only signals whose submitters consented to publication; their text without personal data. */
  private async quotes(manager: EntityManager, caseId: string): Promise<string[]> {
    const signals = await manager.find(SignalEntity, {
      where: { caseId, consentPublication: true, step: 'linked' },
      select: { id: true, description: true, linkedAt: true },
      order: { linkedAt: 'ASC', id: 'ASC' },
      take: MAX_QUOTES,
    });
    return signals.map((signal) => shorten(redact(signal.description))).filter((text) => text !== '');
  }

  private async themeNames(manager: EntityManager, ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const themes = await manager.findBy(ThemeEntity, { id: In(wanted) });
    return new Map(themes.map((theme) => [theme.id, theme.name]));
  }
}

/** Cuts out what the personal-data finder recognises (e-mail, phone, BSN, address, date of birth). */
export function redact(text: string): string {
  const findings = findPersonalData('', text).filter((finding) => finding.field === 'description');
  let result = text;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, finding.start) + CUT + result.slice(finding.end);
  }
  return result.trim();
}

function shorten(text: string): string {
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS).trimEnd()}…`;
}
