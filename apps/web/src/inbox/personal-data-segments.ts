// Splits a text at the personal-data findings of the triage, so each finding can be marked.
// Offsets are as the API gives them: `start` inclusive, `end` exclusive, as String.prototype.slice takes them.

export interface Finding<K extends string = string> {
  kind: K;
  start: number;
  end: number;
}

export type Segment<K extends string = string> = { text: string; kind?: K };

/** The text in pieces, each finding its own piece with its kind; overlapping or out-of-range findings
 * are clipped, so a stale offset never hides or repeats text. */
export function personalDataSegments<K extends string>(
  text: string,
  findings: readonly Finding<K>[],
): Segment<K>[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const segments: Segment<K>[] = [];
  let at = 0;
  for (const finding of sorted) {
    const start = Math.max(finding.start, at);
    const end = Math.min(finding.end, text.length);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), kind: finding.kind });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
