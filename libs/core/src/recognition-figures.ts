// The numbers of a recognition check: the answers to one targeted call plus every "I recognise this"
// on its case (a member who did both counts once, by the answer). Used by the tally when the call
// closes and by the adviser's panel while it is open.
import type { EntityManager } from 'typeorm';
import type { NeedsTheme, RecognitionFigures } from '@app/persistence';
import { shareRecognising } from '@app/workflow';

/** A theme must come back in at least this many answers to be "recurring". */
const MIN_THEME_ANSWERS = 2;
const MAX_THEMES = 8;

interface EvidenceRow {
  recognition: 'recognised' | 'partly' | 'not_recognised';
  urgency: 'low' | 'medium' | 'high' | null;
  domain: string | null;
  region: string | null;
  organisation: string | null;
  source: 'answer' | 'endorsement';
}

export async function readRecognitionFigures(
  manager: EntityManager,
  caseId: string,
  callId: string | null,
): Promise<RecognitionFigures> {
  const rows = (await manager.query(
    `SELECT a.recognition, a.urgency, a.domain, lower(a.region) AS region,
            lower(nullif(trim(a.organisation), '')) AS organisation, 'answer' AS source
       FROM call_answers a WHERE a.call_id = $2
     UNION ALL
     SELECT 'recognised', NULL, e.domain, lower(e.region), NULL, 'endorsement'
       FROM case_endorsements e
      WHERE e.case_id = $1
        AND NOT EXISTS (SELECT 1 FROM call_answers a WHERE a.call_id = $2 AND a.user_id = e.user_id)`,
    [caseId, callId],
  )) as EvidenceRow[];

  const recognising = rows.filter((row) => row.recognition !== 'not_recognised');
  const answers = rows.filter((row) => row.source === 'answer');
  const breadth = {
    respondents: rows.length,
    recognising: recognising.length,
    domainsRecognising: distinct(recognising.map((row) => row.domain)),
    regionsRecognising: distinct(recognising.map((row) => row.region)),
  };
  return {
    respondents: rows.length,
    recognised: answers.filter((row) => row.recognition === 'recognised').length,
    partly: answers.filter((row) => row.recognition === 'partly').length,
    notRecognised: answers.filter((row) => row.recognition === 'not_recognised').length,
    endorsements: rows.length - answers.length,
    shareRecognising: round(shareRecognising(breadth)),
    domainsRecognising: breadth.domainsRecognising,
    regionsRecognising: breadth.regionsRecognising,
    organisationsRecognising: distinct(recognising.map((row) => row.organisation)),
    byDomain: countBy(recognising.map((row) => row.domain)),
    byRegion: countBy(recognising.map((row) => row.region)),
    urgency: {
      low: answers.filter((row) => row.urgency === 'low').length,
      medium: answers.filter((row) => row.urgency === 'medium').length,
      high: answers.filter((row) => row.urgency === 'high').length,
    },
    needsThemes: callId ? await readNeedsThemes(manager, callId) : [],
  };
}

/**
 * The words that come back in several answers to "what is needed", by their Dutch stem (so
 * "wachtlijst" and "wachtlijsten" are one theme), shown in the form respondents used most.
 */
async function readNeedsThemes(manager: EntityManager, callId: string): Promise<NeedsTheme[]> {
  const stems = (await manager.query(
    `SELECT stem, count(*)::int AS answers
       FROM call_answers a, unnest(tsvector_to_array(to_tsvector('dutch', a.needed))) AS stem
      WHERE a.call_id = $1 AND length(stem) >= 4
      GROUP BY stem HAVING count(*) >= $2
      ORDER BY answers DESC, stem LIMIT $3`,
    [callId, MIN_THEME_ANSWERS, MAX_THEMES],
  )) as { stem: string; answers: number }[];
  if (stems.length === 0) return [];
  const words = (await manager.query(
    `SELECT lower(w) AS word, count(*)::int AS uses
       FROM call_answers a, regexp_split_to_table(a.needed, '[^[:alpha:]]+') AS w
      WHERE a.call_id = $1 AND length(w) >= 4
      GROUP BY lower(w)`,
    [callId],
  )) as { word: string; uses: number }[];
  return stems.map(({ stem, answers }) => ({ term: mostUsedForm(stem, words), answers }));
}

/** Snowball stems are prefixes of their words in all but a few cases; the stem itself is the fallback. */
function mostUsedForm(stem: string, words: readonly { word: string; uses: number }[]): string {
  let best: { word: string; uses: number } | undefined;
  for (const candidate of words) {
    if (candidate.word.startsWith(stem) && (!best || candidate.uses > best.uses)) best = candidate;
  }
  return best?.word ?? stem;
}

function distinct(values: readonly (string | null)[]): number {
  return new Set(values.filter((value): value is string => value !== null)).size;
}

function countBy(values: readonly (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) if (value !== null) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}
