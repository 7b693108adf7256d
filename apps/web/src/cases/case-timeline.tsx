import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { RecognitionEvidence } from '../recognition/recognition-evidence';
import { actionLabel } from '../staff/action-label';

type HistoryEntry = components['schemas']['HistoryEntryDto'];

const USER_ROLES = ['member', 'adviser', 'expert', 'liaison', 'admin'] as const;

/** Every step change of the case, newest first: what, when, by which role, and why. */
export function CaseTimeline({ history }: { history: readonly HistoryEntry[] }) {
  const { t, language } = useI18n();
  const role = (code: string) => {
    const known = USER_ROLES.find((r) => r === code);
    return known ? t(`userRoles.${known}`) : code;
  };
  return (
    <ol className="sr-timeline" reversed>
      {[...history].reverse().map((entry, index) => (
        <li key={index} className="sr-timeline__entry">
          <time dateTime={entry.at} className="sr-meta">
            {formatDate(entry.at, language)}
          </time>{' '}
          <strong>{actionLabel(t, entry.action)}</strong>
          {entry.from
            ? ` (${stepName(t, entry.from)} → ${stepName(t, entry.to)})`
            : ` (${stepName(t, entry.to)})`}{' '}
          {t('case.by', { role: role(entry.actorRole) })}
          {entry.reason && (
            <span className="sr-timeline__reason">{t('case.reason', { reason: entry.reason })}</span>
          )}
          <RecognitionEvidence evidence={entry.evidence} />
        </li>
      ))}
    </ol>
  );
}

const CASE_STEPS = [
  'recognition',
  'deepening',
  'sharing',
  'agenda',
  'feedback',
  'closed',
  'archived',
] as const;

function stepName(t: ReturnType<typeof useI18n>['t'], code: string): string {
  const step = CASE_STEPS.find((s) => s === code);
  return step ? t(`caseSteps.${step}`) : code;
}
