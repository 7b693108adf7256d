// A publication's fields with every finding of the personal-data check marked in place. Each mark says
// what it is to screen readers too (the colour and underline are for the eye only).
import { useI18n } from '../i18n/i18n-context';
import { Heading } from '../ui/heading';
import { classNames } from '../ui/class-names';
import {
  FINDING_FIELDS,
  fieldText,
  markedSegments,
  type FindingField,
  type Publication,
  type PublicationFinding,
} from './publication-types';

/** The id of a finding's mark in the text, so the list of findings can point at it. */
export function markId(finding: PublicationFinding): string {
  return `finding-mark-${finding.id}`;
}

/** The fields a publication of its kind has (a Blikvanger's call to action only when it has one). */
export function shownFields(publication: Publication): FindingField[] {
  return FINDING_FIELDS.filter((field) => field !== 'callToAction' || publication.callToAction !== null);
}

export function MarkedFieldText({
  text,
  findings,
}: {
  text: string;
  findings: readonly PublicationFinding[];
}) {
  const { t } = useI18n();
  return (
    <>
      {markedSegments(text, findings).map((segment, index) => {
        const { finding } = segment;
        if (!finding) return <span key={index}>{segment.text}</span>;
        const label = t('publications.text.mark', {
          kind: t(`publications.findings.kinds.${finding.kind}`),
          status: t(`publications.findings.statuses.${finding.status}`),
        });
        return (
          <mark
            key={finding.id}
            id={markId(finding)}
            data-finding={finding.id}
            className={classNames(
              'sr-personal-data',
              finding.status === 'accepted' && 'sr-personal-data--accepted',
            )}
            title={label}
          >
            {segment.text}
            <span className="sr-visually-hidden"> ({label})</span>
          </mark>
        );
      })}
    </>
  );
}

/** Every field of the publication under its own name, with its findings marked. */
export function PublicationText({ publication }: { publication: Publication }) {
  const { t } = useI18n();
  return (
    <div className="sr-publication-text">
      {shownFields(publication).map((field) => {
        const text = fieldText(publication, field);
        const findings = publication.findings.filter((f) => f.field === field);
        return (
          <section key={field} aria-labelledby={`text-${field}`} className="sr-publication-text__field">
            <Heading level={3} id={`text-${field}`}>
              {t(`publications.text.fields.${field}`)}
            </Heading>
            <p className="utrecht-paragraph sr-description" data-field={field}>
              {text ? <MarkedFieldText text={text} findings={findings} /> : t('publications.text.empty')}
            </p>
          </section>
        );
      })}
    </div>
  );
}
