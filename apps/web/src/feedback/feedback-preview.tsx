// The mail one kind of recipient gets, in one language, as the API renders it from the saved texts.
// The text version is shown as text; the HTML version only inside a sandboxed frame (no scripts, no
// same origin), never in the page itself.
import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { problemMessage } from '../staff/problem-message';
import { Alert } from '../ui/alert';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { Select } from '../ui/select';
import {
  FEEDBACK_LOCALES,
  RECIPIENT_KINDS,
  type FeedbackLocale,
  type FeedbackPreview as Preview,
  type RecipientKind,
} from './feedback-types';

interface Props {
  caseId: string;
  /** Unsaved edits are not in the preview: say so. */
  dirty: boolean;
}

type Shown =
  { status: 'none' } | { status: 'ready'; preview: Preview } | { status: 'failed'; message: string };

export function FeedbackPreview({ caseId, dirty }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [locale, setLocale] = useState<FeedbackLocale>('nl');
  const [kind, setKind] = useState<RecipientKind>('submitter');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<Shown>({ status: 'none' });

  const show = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { data, error, response } = await api.GET('/api/cases/{id}/feedback/preview', {
        params: { path: { id: caseId }, query: { locale, kind } },
      });
      setShown(
        data
          ? { status: 'ready', preview: data }
          : { status: 'failed', message: problemMessage(t, response.status, error) },
      );
    } catch {
      setShown({ status: 'failed', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="feedback-preview-heading" className="sr-section">
      <Heading level={3} id="feedback-preview-heading">
        {t('feedback.preview.heading')}
      </Heading>
      <Paragraph>{dirty ? t('feedback.preview.unsaved') : t('feedback.preview.intro')}</Paragraph>
      <form className="sr-inline-form" onSubmit={(event) => void show(event)}>
        <Field id="feedback-preview-locale" label={t('feedback.preview.locale')}>
          {(control) => (
            <Select
              {...control}
              value={locale}
              onChange={(event) => setLocale(FEEDBACK_LOCALES.find((l) => l === event.target.value) ?? 'nl')}
            >
              {FEEDBACK_LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`feedback.locales.${l}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="feedback-preview-kind" label={t('feedback.preview.kind')}>
          {(control) => (
            <Select
              {...control}
              value={kind}
              onChange={(event) =>
                setKind(RECIPIENT_KINDS.find((k) => k === event.target.value) ?? 'submitter')
              }
            >
              {RECIPIENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`feedback.kinds.${k}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('feedback.preview.show')}
        </Button>
      </form>
      <div aria-live="polite">
        {shown.status === 'failed' && (
          <Alert type="error" role="alert">
            {shown.message}
          </Alert>
        )}
        {shown.status === 'ready' && <PreviewMail preview={shown.preview} />}
      </div>
    </section>
  );
}

function PreviewMail({ preview }: { preview: Preview }) {
  const { t } = useI18n();
  const about = t('feedback.preview.about', {
    locale: t(`feedback.locales.${preview.locale}`),
    kind: t(`feedback.kinds.${preview.kind}`),
  });
  return (
    <div className="sr-mail-preview">
      <Paragraph className="sr-meta">{about}</Paragraph>
      <dl className="sr-fact-list">
        <dt>{t('feedback.preview.subject')}</dt>
        <dd lang={preview.locale}>{preview.subject}</dd>
      </dl>
      <figure className="sr-mail-preview__figure">
        <figcaption className="sr-meta">{t('feedback.preview.text')}</figcaption>
        <pre className="sr-mail-preview__text" lang={preview.locale}>
          {preview.text}
        </pre>
      </figure>
      <details className="sr-details">
        <summary>{t('feedback.preview.html')}</summary>
        {/* sandbox="" allows nothing: no scripts, no forms, no same origin, no navigation of this page. */}
        <iframe
          className="sr-mail-preview__frame"
          title={t('feedback.preview.frameTitle', { subject: preview.subject })}
          sandbox=""
          srcDoc={preview.html}
        />
      </details>
    </div>
  );
}
