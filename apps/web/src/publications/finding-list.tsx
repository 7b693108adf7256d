// The findings of the personal-data check beside the text: open ones first, each with the hint to fix
// the text or a way to accept it with a reason; fixed ones folded away.
import { Button } from '@utrecht/button-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n, type I18n } from '../i18n/i18n-context';
import { noErrors, type FormErrors } from '../api/form-errors';
import { problemErrors } from '../staff/problem-message';
import { GeneralErrorsAlert } from '../ui/general-errors-alert';
import { LinkButton } from '../ui/link-button';
import { Paragraph } from '../ui/paragraph';
import { TextareaField } from '../ui/textarea-field';
import { markId } from './marked-field-text';
import {
  fieldText,
  isChecked,
  isInPlace,
  type Publication,
  type PublicationFinding,
} from './publication-types';

interface Props {
  publication: Publication;
  /** Findings can be accepted while the publication is not published yet. */
  editable: boolean;
  onChanged: (publication: Publication, message: string) => void;
  onConflict: () => void;
}

export function FindingList({ publication, editable, onChanged, onConflict }: Props) {
  const { t } = useI18n();
  const current = publication.findings.filter((f) => f.status !== 'fixed');
  const fixed = publication.findings.filter((f) => f.status === 'fixed');

  return (
    <>
      {current.length === 0 ? (
        <Paragraph>
          {isChecked(publication) ? t('publications.findings.none') : t('publications.findings.noneYet')}
        </Paragraph>
      ) : (
        <ul className="sr-card-list sr-findings">
          {current.map((finding) => (
            <FindingItem
              key={finding.id}
              publication={publication}
              finding={finding}
              editable={editable}
              onChanged={onChanged}
              onConflict={onConflict}
            />
          ))}
        </ul>
      )}
      {fixed.length > 0 && (
        <details className="sr-details">
          <summary>{t('publications.findings.fixedHeading', { count: fixed.length })}</summary>
          <ul className="utrecht-unordered-list">
            {fixed.map((finding) => (
              <li key={finding.id} className="utrecht-unordered-list__item">
                <FindingName finding={finding} />: “{finding.matchedText}”
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** "Accepteren met een reden: e-mailadres in tekst", so each finding's button says which it is. */
function acceptLabel(t: I18n['t'], finding: PublicationFinding): string {
  return t('publications.findings.acceptFor', {
    kind: t(`publications.findings.kinds.${finding.kind}`),
    field: t(`publications.text.fields.${finding.field}`).toLowerCase(),
  });
}

function FindingName({ finding }: { finding: PublicationFinding }) {
  const { t } = useI18n();
  return (
    <>
      {t('publications.findings.in', {
        kind: t(`publications.findings.kinds.${finding.kind}`),
        field: t(`publications.text.fields.${finding.field}`).toLowerCase(),
      })}
    </>
  );
}

interface ItemProps extends Props {
  finding: PublicationFinding;
}

function FindingItem({ publication, finding, editable, onChanged, onConflict }: ItemProps) {
  const { t } = useI18n();
  const [accepting, setAccepting] = useState(false);
  const inPlace = isInPlace(fieldText(publication, finding.field), finding);
  const open = finding.status === 'open';
  return (
    <li className={`sr-card sr-finding sr-finding--${finding.status}`} data-finding={finding.id}>
      <Paragraph className="sr-card__title">
        <strong>
          <FindingName finding={finding} />
        </strong>{' '}
        <span className="sr-finding__status">({t(`publications.findings.statuses.${finding.status}`)})</span>
      </Paragraph>
      <Paragraph className="sr-finding__text">
        {inPlace ? (
          <a href={`#${markId(finding)}`} className="utrecht-link utrecht-link--html-a">
            {t('publications.findings.found', { text: finding.matchedText })}
          </a>
        ) : (
          t('publications.findings.found', { text: finding.matchedText })
        )}
      </Paragraph>
      {!inPlace && <Paragraph className="sr-meta">{t('publications.findings.moved')}</Paragraph>}
      {finding.status === 'accepted' && finding.acceptedReason && (
        <Paragraph>
          {t('publications.findings.acceptedBecause', { reason: finding.acceptedReason })}
        </Paragraph>
      )}
      {open && editable && (
        <>
          <Paragraph className="sr-meta">{t('publications.findings.fixHint')}</Paragraph>
          {accepting ? (
            <AcceptForm
              publication={publication}
              finding={finding}
              onCancel={() => setAccepting(false)}
              onChanged={onChanged}
              onConflict={onConflict}
            />
          ) : (
            <LinkButton aria-label={acceptLabel(t, finding)} onClick={() => setAccepting(true)}>
              {t('publications.findings.accept')}
            </LinkButton>
          )}
        </>
      )}
    </li>
  );
}

const REASON = ['reason'] as const;

interface AcceptProps {
  publication: Publication;
  finding: PublicationFinding;
  onCancel: () => void;
  onChanged: (publication: Publication, message: string) => void;
  onConflict: () => void;
}

/** Accept one open finding, with the reason it may stay (it goes to the audit log). */
function AcceptForm({ publication, finding, onCancel, onChanged, onConflict }: AcceptProps) {
  const { t } = useI18n();
  const api = useApi();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors);
  const [busy, setBusy] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const id = `accept-${finding.id}`;

  useEffect(() => fieldRef.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!reason.trim()) {
      setErrors({ byField: { reason: t('staff.reasonRequired') }, other: [] });
      fieldRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const { data, error, response } = await api.POST('/api/publications/{id}/findings/{findingId}/accept', {
        params: { path: { id: publication.id, findingId: finding.id } },
        body: { reason: reason.trim() },
      });
      if (data) {
        onChanged(data, t('publications.findings.accepted'));
        return;
      }
      const refused = problemErrors(t, REASON, response.status, error);
      setErrors(refused);
      if (refused.byField.reason) fieldRef.current?.focus();
      if (response.status === 409) onConflict();
    } catch {
      setErrors({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      className="sr-inline-form"
      aria-label={acceptLabel(t, finding)}
      onSubmit={(event) => void submit(event)}
    >
      <GeneralErrorsAlert messages={errors.other} />
      <TextareaField
        id={id}
        label={t('publications.findings.reason')}
        help={t('publications.findings.reasonHelp')}
        error={errors.byField.reason}
        ref={fieldRef}
        required
        rows={2}
        maxLength={1000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('publications.findings.confirmAccept')}
        </Button>
        <Button appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
          {t('publications.findings.cancel')}
        </Button>
      </div>
    </form>
  );
}
