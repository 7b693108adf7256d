import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { personalDataSegments } from './personal-data-segments';

type Finding = components['schemas']['PersonalDataFindingDto'];

/** A signal's text with its personal data marked; the mark says what it is to screen readers too. */
export function MarkedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const { t } = useI18n();
  return (
    <>
      {personalDataSegments(text, findings).map((segment, index) =>
        segment.kind ? (
          <mark
            key={index}
            className="sr-personal-data"
            title={t('inbox.detail.marked', { kind: t(`personalData.kinds.${segment.kind}`) })}
          >
            {segment.text}
            <span className="sr-visually-hidden">
              {' '}
              ({t('inbox.detail.marked', { kind: t(`personalData.kinds.${segment.kind}`) })})
            </span>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
