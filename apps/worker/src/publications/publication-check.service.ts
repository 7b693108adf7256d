// The publication check (step 5): looks for personal data and for passages copied from a signal
// without consent, in the version of a publication that is current, and stores what it found for that
// version. A finding still there keeps its row (and an adviser's acceptance), one that is gone becomes
// fixed, a new one is added open. The publication row is locked throughout, so an edit, a second run or
// a concurrent run waits; a version that was checked already is left alone.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { PublicationEntity, PublicationFindingEntity } from '@app/persistence';
import { findPublicationPrivacyIssues, type PrivacyFinding, type SourceSignal } from '@app/triage';

export type CheckOutcome = 'checked' | 'already_checked' | 'unknown_publication';

/** The entity's limit for the text found; offsets still mark all of a longer passage. */
const MATCHED_TEXT_MAX = 500;
/** Versions checked in one job at most: edits saved while it ran are checked too (see `run`). */
const MAX_ROUNDS = 5;

@Injectable()
export class PublicationCheckService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Checks the current version. An edit saved while a check runs waits for its lock and commits right
   * after it; the job that edit queued may then find this one still running and be skipped, so this
   * looks again until the version it checked is the current one.
   */
  async run(publicationId: string): Promise<CheckOutcome> {
    const first = await this.checkOnce(publicationId);
    if (first !== 'checked') return first;
    for (let round = 1; round < MAX_ROUNDS; round++) {
      if ((await this.checkOnce(publicationId)) !== 'checked') break;
    }
    return first;
  }

  private checkOnce(publicationId: string): Promise<CheckOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const publication = await manager.findOne(PublicationEntity, {
        where: { id: publicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!publication) return 'unknown_publication';
      if (publication.checkedVersion === publication.version) return 'already_checked';

      const found = findPublicationPrivacyIssues(
        {
          title: publication.title,
          summary: publication.summary,
          body: publication.body,
          callToAction: publication.callToAction,
        },
        await readSourceSignals(manager, publicationId),
      );
      await storeFindings(manager, publication, found);
      await manager.update(
        PublicationEntity,
        { id: publicationId },
        { checkedVersion: publication.version, checkedAt: new Date() },
      );
      return 'checked';
    });
  }
}

/** The signals of the cases the publication is about: their text, names, and consent to publication. */
async function readSourceSignals(manager: EntityManager, publicationId: string): Promise<SourceSignal[]> {
  const rows = (await manager.query(
    `SELECT s.title, s.description, s.organisation, s.region, s.consent_publication
       FROM signals s JOIN publication_cases pc ON pc.case_id = s.case_id
      WHERE pc.publication_id = $1
      ORDER BY s.created_at, s.id`,
    [publicationId],
  )) as {
    title: string;
    description: string;
    organisation: string | null;
    region: string | null;
    consent_publication: boolean;
  }[];
  return rows.map((row) => ({
    title: row.title,
    description: row.description,
    organisation: row.organisation,
    region: row.region,
    consentPublication: row.consent_publication,
  }));
}

const keyOf = (kind: string, field: string, text: string): string => `${kind}\u0000${field}\u0000${text}`;

/**
 * Matches what was found to the open and accepted findings by kind, field and text (offsets move with
 * every edit), in order, so a text found twice is two findings. Unmatched old findings are fixed.
 */
async function storeFindings(
  manager: EntityManager,
  publication: PublicationEntity,
  found: readonly PrivacyFinding[],
): Promise<void> {
  const existing = await manager.find(PublicationFindingEntity, {
    where: { publicationId: publication.id, status: In(['open', 'accepted']) },
    order: { createdAt: 'ASC', field: 'ASC', start: 'ASC', id: 'ASC' },
  });
  const unmatched = new Map<string, PublicationFindingEntity[]>();
  for (const finding of existing) {
    const key = keyOf(finding.kind, finding.field, finding.matchedText);
    unmatched.set(key, [...(unmatched.get(key) ?? []), finding]);
  }

  const inserts: Partial<PublicationFindingEntity>[] = [];
  for (const finding of found) {
    const matchedText = finding.text.slice(0, MATCHED_TEXT_MAX);
    const same = unmatched.get(keyOf(finding.kind, finding.field, matchedText));
    const previous = same?.shift();
    if (previous) {
      if (
        previous.start !== finding.start ||
        previous.end !== finding.end ||
        previous.foundInVersion !== publication.version
      ) {
        await manager.update(
          PublicationFindingEntity,
          { id: previous.id },
          { start: finding.start, end: finding.end, foundInVersion: publication.version },
        );
      }
      continue;
    }
    inserts.push({
      publicationId: publication.id,
      kind: finding.kind,
      field: finding.field,
      matchedText,
      start: finding.start,
      end: finding.end,
      status: 'open',
      foundInVersion: publication.version,
    });
  }
  if (inserts.length > 0) await manager.insert(PublicationFindingEntity, inserts);

  const gone = [...unmatched.values()].flat().map((finding) => finding.id);
  if (gone.length > 0) await manager.update(PublicationFindingEntity, { id: In(gone) }, { status: 'fixed' });
}
