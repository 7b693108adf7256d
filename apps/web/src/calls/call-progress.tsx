import { useI18n } from '../i18n/i18n-context';
import type { Call } from './call-types';

/** How far sending a published targeted call has come: a bar and the same in words. */
export function CallProgress({ call, id }: { call: Call; id: string }) {
  const { t } = useI18n();
  if (call.kind !== 'targeted' || call.status === 'draft') return null;
  const size = call.audienceSize ?? 0;
  const text = t('calls.progressText', { invited: call.invited, size });
  return (
    <div className="sr-progress">
      <label htmlFor={id} className="sr-visually-hidden">
        {t('calls.progressLabel')}
      </label>
      <progress
        id={id}
        max={Math.max(size, 1)}
        value={size === 0 ? 1 : Math.min(call.invited, size)}
        aria-describedby={`${id}-text`}
      />
      <span id={`${id}-text`}>{text}</span>
    </div>
  );
}

/** Invited out of the audience, as in a table cell: "12 van 40"; a dash before publishing. */
export function progressShort(t: ReturnType<typeof useI18n>['t'], call: Call): string {
  if (call.kind !== 'targeted' || call.audienceSize === null) return '–';
  return t('calls.progress', { invited: call.invited, size: call.audienceSize });
}
