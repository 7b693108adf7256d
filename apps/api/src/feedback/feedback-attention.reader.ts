// Cases whose feedback someone answered "no, this did not help": they come back in front of the
// adviser, with the suggestion to reopen a closed case (the existing closed → recognition transition).
// A case that was reopened (or moved on otherwise) has been acted on and leaves the list.
import type { EntityManager } from 'typeorm';
import type { CaseStep, Locale } from '@app/workflow';
import type { FeedbackAttentionDto } from './dto/feedback-view.dto';

const LIMIT = 100;
const COMMENTS_PER_CASE = 5;

const SUGGESTIONS: Record<'reopen' | 'follow_up', Record<Locale, string>> = {
  reopen: {
    nl: 'Iemand vond dat de terugkoppeling niet heeft geholpen. Overweeg het knelpunt te heropenen (terug naar Toetsen, met een reden).',
    en: 'Someone felt the feedback did not help. Consider reopening the case (back to testing, with a reason).',
  },
  follow_up: {
    nl: 'Iemand vond dat de terugkoppeling niet heeft geholpen. Neem contact op of vul de terugkoppeling aan; na afronding kun je het knelpunt heropenen.',
    en: 'Someone felt the feedback did not help. Follow up, or add to the feedback; once the case is closed you can reopen it.',
  },
};

interface AttentionRow {
  id: string;
  reference: string;
  title: string;
  step: CaseStep;
  version: number;
  yes: number;
  partly: number;
  no: number;
  last_no_at: Date;
  no_comments: string[] | null;
}

export async function readFeedbackAttention(
  manager: EntityManager,
  locale: Locale,
): Promise<FeedbackAttentionDto[]> {
  const rows = (await manager.query(
    `SELECT c.id, c.reference, c.title, c.step, c.version,
            count(*) FILTER (WHERE r.helped = 'yes')::int AS yes,
            count(*) FILTER (WHERE r.helped = 'partly')::int AS partly,
            count(*) FILTER (WHERE r.helped = 'no')::int AS no,
            max(r.responded_at) FILTER (WHERE r.helped = 'no') AS last_no_at,
            (array_agg(r.response_comment ORDER BY r.responded_at DESC)
               FILTER (WHERE r.helped = 'no' AND COALESCE(r.response_comment, '') <> ''))[1:${COMMENTS_PER_CASE}]
              AS no_comments
       FROM feedback_recipients r JOIN cases c ON c.id = r.case_id
      WHERE r.helped IS NOT NULL AND c.step IN ('feedback', 'closed')
      GROUP BY c.id
     HAVING count(*) FILTER (WHERE r.helped = 'no') > 0
      ORDER BY last_no_at DESC, c.id
      LIMIT ${LIMIT}`,
  )) as AttentionRow[];
  return rows.map((row) => {
    const canReopen = row.step === 'closed';
    return {
      caseId: row.id,
      reference: row.reference,
      title: row.title,
      step: row.step,
      version: row.version,
      helpfulness: { yes: row.yes, partly: row.partly, no: row.no },
      lastNoAt: row.last_no_at,
      noComments: row.no_comments ?? [],
      canReopen,
      suggestion: SUGGESTIONS[canReopen ? 'reopen' : 'follow_up'][locale],
    };
  });
}
