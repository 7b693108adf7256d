// Write a publication, or change a draft or one in review: its kind, title, summary and text, a
// podcast's (or interview's) link, a Blikvanger's call to action, and the cases it is about. Every save
// is a new version that the personal-data check reads again.
import type { FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { useFormSend } from '../staff/use-form-send';
import { FormErrorSummary } from '../ui/form-error-summary';
import { OptionalLabel } from '../ui/optional-label';
import { RadioButtonGroup } from '../ui/radio-button-group';
import { SendButton } from '../ui/send-button';
import { TextareaField } from '../ui/textarea-field';
import { TextInputField } from '../ui/text-input-field';
import { useDraft } from '../ui/use-draft';
import { CASES_ID, CaseChoice, type CaseOption } from './case-choice';
import { publicationFormErrors } from './publication-problems';
import {
  BLIKVANGER_BODY_MAX,
  PUBLICATION_KINDS,
  type Publication,
  type PublicationKind,
} from './publication-types';

const FIELDS = ['kind', 'title', 'summary', 'body', 'linkUrl', 'callToAction', 'caseIds'] as const;
type PublicationField = (typeof FIELDS)[number];

/** Where the error summary takes you: the checked kind, the first case checkbox, or the field. */
function targetId(field: PublicationField): string {
  if (field === 'kind') {
    return document.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.id ?? 'publication-kind';
  }
  if (field === 'caseIds') {
    return document.querySelector<HTMLInputElement>(`#${CASES_ID} input`)?.id ?? CASES_ID;
  }
  return `publication-${field}`;
}

interface Draft {
  kind: PublicationKind;
  title: string;
  summary: string;
  body: string;
  linkUrl: string;
  callToAction: string;
  caseIds: string[];
}

function draftOf(publication: Publication): Draft {
  return {
    kind: publication.kind,
    title: publication.title,
    summary: publication.summary,
    body: publication.body,
    linkUrl: publication.linkUrl ?? '',
    callToAction: publication.callToAction ?? '',
    caseIds: publication.cases.map((c) => c.id),
  };
}

function newDraft(caseId: string | undefined): Draft {
  return {
    kind: 'interview',
    title: '',
    summary: '',
    body: '',
    linkUrl: '',
    callToAction: '',
    caseIds: caseId ? [caseId] : [],
  };
}

/** A podcast needs its link; an interview may have one. */
function hasLink(kind: PublicationKind): boolean {
  return kind === 'podcast' || kind === 'interview';
}

interface Props {
  /** The publication to change; without it the form writes a new one. */
  publication?: Publication;
  /** A new publication about this case (from the case page). */
  presetCaseId?: string;
  onSaved: (publication: Publication) => void;
  /** Someone else changed it meanwhile: load it again. */
  onConflict?: () => void;
}

export function PublicationForm({ publication, presetCaseId, onSaved, onConflict }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [draft, update] = useDraft<Draft>(() =>
    publication ? draftOf(publication) : newDraft(presetCaseId),
  );
  const { errors, summary, sending, send } = useFormSend(FIELDS, targetId, {
    errorsOf: (status, body) => publicationFormErrors(t, FIELDS, status, body),
    onConflict,
  });
  const known: CaseOption[] = publication?.cases ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const link = hasLink(draft.kind) ? draft.linkUrl.trim() : '';
    const callToAction = draft.kind === 'blikvanger' ? draft.callToAction.trim() : '';
    const content = {
      kind: draft.kind,
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      body: draft.body.trim(),
      caseIds: draft.caseIds,
    };
    void send(
      () =>
        publication
          ? api.PATCH('/api/publications/{id}', {
              params: { path: { id: publication.id } },
              // Empty clears a link or call to action the kind no longer has.
              body: { ...content, linkUrl: link, callToAction, expectedVersion: publication.version },
            })
          : api.POST('/api/publications', {
              body: { ...content, linkUrl: link || undefined, callToAction: callToAction || undefined },
            }),
      onSaved,
    );
  };

  const { byField } = errors;
  const blikvanger = draft.kind === 'blikvanger';

  return (
    <form noValidate className="sr-form" onSubmit={submit}>
      <FormErrorSummary items={summary} />

      <RadioButtonGroup
        id="publication-kind"
        name="kind"
        legend={t('publications.form.kind')}
        error={byField.kind}
        options={PUBLICATION_KINDS}
        value={draft.kind}
        label={(kind) => t(`publications.kinds.${kind}`)}
        help={(kind) => t(`publications.form.kindHelp.${kind}`)}
        onChange={(kind) => update('kind', kind)}
      />

      <TextInputField
        id="publication-title"
        label={t('publications.form.title')}
        error={byField.title}
        required
        maxLength={200}
        value={draft.title}
        onChange={(event) => update('title', event.target.value)}
      />

      <TextareaField
        id="publication-summary"
        label={<OptionalLabel>{t('publications.form.summary')}</OptionalLabel>}
        help={t('publications.form.summaryHelp')}
        error={byField.summary}
        rows={2}
        maxLength={500}
        value={draft.summary}
        onChange={(event) => update('summary', event.target.value)}
      />

      <TextareaField
        id="publication-body"
        label={t('publications.form.body')}
        help={blikvanger ? t('publications.form.bodyHelpBlikvanger') : t('publications.form.bodyHelp')}
        error={byField.body}
        required
        rows={blikvanger ? 5 : 12}
        maxLength={blikvanger ? BLIKVANGER_BODY_MAX : 20000}
        value={draft.body}
        onChange={(event) => update('body', event.target.value)}
      />

      {hasLink(draft.kind) && (
        <TextInputField
          id="publication-linkUrl"
          label={
            draft.kind === 'podcast' ? (
              t('publications.form.linkUrl')
            ) : (
              <OptionalLabel>{t('publications.form.linkUrlInterview')}</OptionalLabel>
            )
          }
          help={t('publications.form.linkUrlHelp')}
          error={byField.linkUrl}
          type="url"
          required={draft.kind === 'podcast'}
          maxLength={500}
          value={draft.linkUrl}
          onChange={(event) => update('linkUrl', event.target.value)}
        />
      )}

      {blikvanger && (
        <TextareaField
          id="publication-callToAction"
          label={t('publications.form.callToAction')}
          help={t('publications.form.callToActionHelp')}
          error={byField.callToAction}
          required
          rows={2}
          maxLength={300}
          value={draft.callToAction}
          onChange={(event) => update('callToAction', event.target.value)}
        />
      )}

      <CaseChoice
        value={draft.caseIds}
        known={known}
        error={byField.caseIds}
        onChange={(caseIds) => update('caseIds', caseIds)}
      />

      <div className="sr-form__actions">
        <SendButton sending={sending}>
          {publication ? t('publications.form.save') : t('publications.form.create')}
        </SendButton>
      </div>
    </form>
  );
}
