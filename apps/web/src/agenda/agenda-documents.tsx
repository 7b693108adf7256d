// The documents of an agenda item (minutes, a letter, a position paper), linked by their web address,
// and a small form to link one more: a title and an https link.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { noErrors, type FormErrors } from '../api/form-errors';
import { formatDateTime } from '../calls/date-time';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemErrors } from '../staff/problem-message';
import { Field } from '../ui/field';
import { GeneralErrorsAlert } from '../ui/general-errors-alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { isWebLink, type AgendaItemDetail } from './agenda-types';

const FIELDS = ['title', 'url'] as const;
type DocumentField = (typeof FIELDS)[number];

interface Props {
  item: AgendaItemDetail;
  onAdded: (item: AgendaItemDetail) => void;
}

export function AgendaDocuments({ item, onAdded }: Props) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="documents-heading" className="sr-section">
      <Heading level={2} id="documents-heading">
        {t('agenda.documents.heading')}
      </Heading>
      {item.documents.length === 0 ? (
        <Paragraph>{t('agenda.documents.none')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {item.documents.map((document) => (
            <li key={document.id} className="utrecht-unordered-list__item">
              {isWebLink(document.url) ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={document.url}
                  rel="noopener noreferrer"
                >
                  {document.title}
                </a>
              ) : (
                document.title
              )}{' '}
              <span className="sr-meta">
                ({t('agenda.documents.added', { date: formatDateTime(document.addedAt, language) })})
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddDocumentForm item={item} onAdded={onAdded} />
    </section>
  );
}

function AddDocumentForm({ item, onAdded }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<FormErrors<DocumentField>>(noErrors);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await api.POST('/api/agenda-items/{id}/documents', {
        params: { path: { id: item.id } },
        body: { title: title.trim(), url: url.trim() },
      });
      if (data) {
        setErrors(noErrors());
        setTitle('');
        setUrl('');
        setOutcome({ type: 'ok', message: t('agenda.documents.saved') });
        onAdded(data);
        return;
      }
      setErrors(problemErrors(t, FIELDS, response.status, error));
    } catch {
      setErrors({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={(event) => void add(event)}>
      <Heading level={3}>{t('agenda.documents.addHeading')}</Heading>
      <GeneralErrorsAlert messages={errors.other} />
      <OutcomeMessage outcome={outcome} />
      <Field
        id="document-title"
        label={t('agenda.documents.title')}
        help={t('agenda.documents.titleHelp')}
        error={errors.byField.title}
      >
        {(control) => (
          <Textbox
            {...control}
            required
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <Field
        id="document-url"
        label={t('agenda.documents.url')}
        help={t('agenda.documents.urlHelp')}
        error={errors.byField.url}
      >
        {(control) => (
          <Textbox
            {...control}
            type="url"
            inputMode="url"
            required
            maxLength={500}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        )}
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t('agenda.documents.add')}
      </Button>
    </form>
  );
}
