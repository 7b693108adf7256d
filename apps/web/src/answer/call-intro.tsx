import type { PublicCall } from '../calls/call-types';
import { formatDateTime, isPast } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';

/** What a call asks, about which bottleneck, why, and until when. */
export function CallIntro({ call }: { call: PublicCall }) {
  const { t, language } = useI18n();
  return (
    <div className="sr-call-intro">
      <Paragraph lead>
        <strong>{call.question}</strong>
      </Paragraph>
      {call.caseTitle && <Paragraph>{t('answer.about', { title: call.caseTitle })}</Paragraph>}
      <Heading level={2}>{t('answer.why')}</Heading>
      <Paragraph className="sr-description">{call.reason}</Paragraph>
      {call.open && (
        <Paragraph>{t('answer.until', { date: formatDateTime(call.closesAt, language) })}</Paragraph>
      )}
    </div>
  );
}

/** Why a call takes no answers now: not open yet, or closed. */
export function callNotOpenMessage(
  t: ReturnType<typeof useI18n>['t'],
  call: PublicCall,
  language: 'nl' | 'en',
) {
  return !isPast(call.opensAt)
    ? t('answer.notYetOpen', { date: formatDateTime(call.opensAt, language) })
    : t('answer.closed');
}
