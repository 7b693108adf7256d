// The publication vocabulary as the API's contract types it, and the rules the screens show before the
// API would refuse: which cases may be shared about, and why a publication cannot be published yet.
import {
  createPublicationDtoKindValues,
  publicationDtoStatusValues,
  publicationFindingDtoFieldValues,
  type components,
} from '../api/schema';

export type Publication = components['schemas']['PublicationDetailDto'];
export type PublicationSummary = components['schemas']['PublicationDto'];
export type PublicationFinding = components['schemas']['PublicationFindingDto'];
export type PublicationKind = Publication['kind'];
export type PublicationStatus = Publication['status'];
export type FindingField = PublicationFinding['field'];
export type CaseStep = components['schemas']['PublicationCaseDto']['step'];
export type Insight = components['schemas']['InsightDto'];

export const PUBLICATION_KINDS = createPublicationDtoKindValues;
export const PUBLICATION_STATUSES = publicationDtoStatusValues;
/** The fields the check reads, in the order they are shown. */
export const FINDING_FIELDS = publicationFindingDtoFieldValues;

/** Cases are shared about from step 5 on: in sharing, or later (as the API's rule). */
export const SHAREABLE_STEPS: readonly CaseStep[] = ['sharing', 'agenda', 'feedback', 'closed'];

/** A Blikvanger is a poster: a short text (as the API's rule). */
export const BLIKVANGER_BODY_MAX = 600;

/** How often the page asks whether the check of the current version has finished. */
export const CHECK_POLL_MS = 2000;

export function isShareable(step: string): boolean {
  return SHAREABLE_STEPS.some((s) => s === step);
}

/** The last check looked at the version now stored. */
export function isChecked(publication: Pick<Publication, 'checkedVersion' | 'version'>): boolean {
  return publication.checkedVersion === publication.version;
}

export type PublishBlock = 'not_in_review' | 'check_pending' | 'open_findings' | 'case_not_shareable';

/** Why publishing cannot be done now, in the order the API checks; empty when it can. */
export function publishBlocks(publication: Publication): PublishBlock[] {
  const blocks: PublishBlock[] = [];
  if (publication.status !== 'review') blocks.push('not_in_review');
  if (!isChecked(publication)) blocks.push('check_pending');
  if (publication.openFindings > 0) blocks.push('open_findings');
  if (publication.cases.some((c) => !isShareable(c.step))) blocks.push('case_not_shareable');
  return blocks;
}

/** The text of one field of a publication, as the check read it. */
export function fieldText(publication: Publication, field: FindingField): string {
  switch (field) {
    case 'title':
      return publication.title;
    case 'summary':
      return publication.summary;
    case 'body':
      return publication.body;
    case 'callToAction':
      return publication.callToAction ?? '';
  }
}

/** The stored text keeps at most this much of what was found. */
const MATCHED_TEXT_MAX = 500;

/** Whether a finding's offsets still point at the text it found (after an edit they may not). */
export function isInPlace(text: string, finding: PublicationFinding): boolean {
  if (finding.start < 0 || finding.end > text.length || finding.end <= finding.start) return false;
  return text.slice(finding.start, finding.end).slice(0, MATCHED_TEXT_MAX) === finding.matchedText;
}

export type MarkedSegment = { text: string; finding?: PublicationFinding };

/**
 * A field's text in pieces, each finding that is still in place its own piece (start inclusive, end
 * exclusive); fixed findings are no longer in the text and overlaps are clipped, so no text is lost
 * or repeated.
 */
export function markedSegments(text: string, findings: readonly PublicationFinding[]): MarkedSegment[] {
  const marked = findings
    .filter((f) => f.status !== 'fixed' && isInPlace(text, f))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: MarkedSegment[] = [];
  let at = 0;
  for (const finding of marked) {
    const start = Math.max(finding.start, at);
    const end = finding.end;
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), finding });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
