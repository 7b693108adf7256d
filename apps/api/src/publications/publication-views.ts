// Publications as advisers see them (with cases, check state and findings) and as the public sees them
// (published text and the reviewed titles of its cases; never a submitter or an adviser).
import type { EntityManager } from 'typeorm';
import { PublicationFindingEntity, type PublicationEntity } from '@app/persistence';
import type { CaseStep } from '@app/workflow';
import type { InsightDto } from './dto/insight-view.dto';
import type {
  PublicationCaseDto,
  PublicationDetailDto,
  PublicationDto,
  PublicationFindingDto,
} from './dto/publication-view.dto';
import { caseProblems, publishProblems } from './publication-rules';

interface CaseRow {
  publication_id: string;
  id: string;
  reference: string;
  title: string;
  title_reviewed: boolean;
  step: CaseStep;
}

/** The cases of each publication, by publication id, in the order of their references. */
export async function casesOf(
  manager: EntityManager,
  publicationIds: readonly string[],
): Promise<Map<string, PublicationCaseDto[]>> {
  const byPublication = new Map<string, PublicationCaseDto[]>(publicationIds.map((id) => [id, []]));
  if (publicationIds.length === 0) return byPublication;
  const rows = (await manager.query(
    `SELECT pc.publication_id, c.id, c.reference, c.title, c.title_reviewed, c.step
       FROM publication_cases pc JOIN cases c ON c.id = pc.case_id
      WHERE pc.publication_id = ANY($1::uuid[])
      ORDER BY c.reference`,
    [publicationIds],
  )) as CaseRow[];
  for (const row of rows) {
    byPublication.get(row.publication_id)?.push({
      id: row.id,
      reference: row.reference,
      title: row.title,
      titleReviewed: row.title_reviewed,
      step: row.step,
    });
  }
  return byPublication;
}

async function openFindingCounts(
  manager: EntityManager,
  publicationIds: readonly string[],
): Promise<Map<string, number>> {
  if (publicationIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT publication_id, count(*)::int AS open FROM publication_findings
      WHERE publication_id = ANY($1::uuid[]) AND status = 'open' GROUP BY publication_id`,
    [publicationIds],
  )) as { publication_id: string; open: number }[];
  return new Map(rows.map((row) => [row.publication_id, row.open]));
}

export async function toPublicationDtos(
  manager: EntityManager,
  publications: readonly PublicationEntity[],
): Promise<PublicationDto[]> {
  const ids = publications.map((p) => p.id);
  const cases = await casesOf(manager, ids);
  const open = await openFindingCounts(manager, ids);
  return publications.map((publication) => {
    const linked = cases.get(publication.id) ?? [];
    const openFindings = open.get(publication.id) ?? 0;
    const publishable =
      publication.status === 'review' &&
      publishProblems({ ...publication, openFindings }).length === 0 &&
      caseProblems(linked).length === 0;
    return {
      id: publication.id,
      kind: publication.kind,
      title: publication.title,
      summary: publication.summary,
      body: publication.body,
      linkUrl: publication.linkUrl,
      callToAction: publication.callToAction,
      status: publication.status,
      version: publication.version,
      checkedVersion: publication.checkedVersion,
      checkedAt: publication.checkedAt,
      checkCurrent: publication.checkedVersion === publication.version,
      openFindings,
      publishable,
      publishedAt: publication.publishedAt,
      cases: linked,
      createdAt: publication.createdAt,
      updatedAt: publication.updatedAt,
    };
  });
}

const STATUS_ORDER = { open: 0, accepted: 1, fixed: 2 } as const;
const FIELD_ORDER: Record<string, number> = { title: 0, summary: 1, body: 2, callToAction: 3 };

export async function toPublicationDetail(
  manager: EntityManager,
  publication: PublicationEntity,
): Promise<PublicationDetailDto> {
  const [dto] = await toPublicationDtos(manager, [publication]);
  const findings = await manager.find(PublicationFindingEntity, { where: { publicationId: publication.id } });
  findings.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (FIELD_ORDER[a.field] ?? 9) - (FIELD_ORDER[b.field] ?? 9) ||
      a.start - b.start ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return { ...dto, findings: findings.map(toFindingDto) };
}

function toFindingDto(finding: PublicationFindingEntity): PublicationFindingDto {
  return {
    id: finding.id,
    kind: finding.kind,
    field: finding.field as PublicationFindingDto['field'],
    matchedText: finding.matchedText,
    start: finding.start,
    end: finding.end,
    status: finding.status,
    acceptedReason: finding.acceptedReason,
    resolvedById: finding.resolvedById,
    foundInVersion: finding.foundInVersion,
    createdAt: finding.createdAt,
  };
}

/** Published publications for the public; a case shows only by a title an adviser reviewed. */
export async function toInsightDtos(
  manager: EntityManager,
  publications: readonly PublicationEntity[],
): Promise<InsightDto[]> {
  const cases = await casesOf(
    manager,
    publications.map((p) => p.id),
  );
  return publications.map((publication) => ({
    id: publication.id,
    kind: publication.kind,
    title: publication.title,
    summary: publication.summary,
    body: publication.body,
    linkUrl: publication.linkUrl,
    callToAction: publication.callToAction,
    publishedAt: publication.publishedAt ?? publication.updatedAt,
    cases: (cases.get(publication.id) ?? [])
      .filter((c) => c.titleReviewed)
      .map((c) => ({ reference: c.reference, title: c.title })),
  }));
}
