import { useI18n } from '../i18n/i18n-context';
import { Paragraph } from '../ui/paragraph';
import type { AudienceCount } from './use-audience-size';

/** The reach of the chosen audience, announced politely as it changes. */
export function AudienceSizeNote({ id, count }: { id: string; count: AudienceCount }) {
  const { t } = useI18n();
  const text = (() => {
    switch (count.status) {
      case 'none':
        return t('calls.form.audienceNone');
      case 'counting':
        return t('calls.form.audienceCounting');
      case 'failed':
        return t('calls.form.audienceFailed');
      case 'ready':
        return t('calls.form.audienceSize', { count: count.size });
    }
  })();
  return (
    <div id={id} aria-live="polite" className="sr-audience-size">
      <Paragraph>
        <strong>{text}</strong>
      </Paragraph>
    </div>
  );
}
