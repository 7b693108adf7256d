// What a recognition decision rested on, as stored with the step in the case history (`evidence`):
// the latest tally, the conversations and the endorsements. Other evidence is left to its own step.
import { formatShare } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';

type Evidence = Readonly<Record<string, unknown>> | null | undefined;

const RECOMMENDATIONS = ['broad', 'partial', 'isolated'] as const;

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

export function RecognitionEvidence({ evidence }: { evidence: Evidence }) {
  const { t, language } = useI18n();
  if (!evidence || !('tally' in evidence) || !('conversations' in evidence)) return null;
  const parts: string[] = [];
  const tally = record(evidence.tally);
  const recommendation = RECOMMENDATIONS.find((r) => r === tally?.recommendation);
  if (tally && recommendation) {
    parts.push(
      t('recognition.evidenceTally', {
        recommendation: t(`recognition.recommendations.${recommendation}`),
        respondents: typeof tally.respondents === 'number' ? tally.respondents : 0,
        share: formatShare(typeof tally.shareRecognising === 'number' ? tally.shareRecognising : 0, language),
      }),
    );
  }
  if (Array.isArray(evidence.conversations) && evidence.conversations.length > 0) {
    parts.push(t('recognition.evidenceConversations', { count: evidence.conversations.length }));
  }
  if (typeof evidence.endorsements === 'number' && evidence.endorsements > 0) {
    parts.push(t('recognition.evidenceEndorsements', { count: evidence.endorsements }));
  }
  return (
    <span className="sr-timeline__reason">
      {t('recognition.evidence', {
        parts: parts.length > 0 ? parts.join('; ') : t('recognition.evidenceNone'),
      })}
    </span>
  );
}
