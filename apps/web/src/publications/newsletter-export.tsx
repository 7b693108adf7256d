// A published newsletter item as HTML for the mailing tool: copied to the clipboard, or downloaded.
// The fragment comes from the API (every text in it escaped); here it is only ever shown as text.
import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemMessage } from '../staff/problem-message';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { Textarea } from '../ui/textarea';
import type { Publication } from './publication-types';

/** A file name from the title: "nieuwsbrief-vervoer-en-opvang.html". */
export function newsletterFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `nieuwsbrief-${slug || 'item'}.html`;
}

export function NewsletterExport({ publication }: { publication: Publication }) {
  const { t } = useI18n();
  const api = useApi();
  const [html, setHtml] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const copy = async () => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await api.GET('/api/publications/{id}/newsletter.html', {
        params: { path: { id: publication.id } },
        parseAs: 'text',
      });
      if (data === undefined) {
        setOutcome({ type: 'error', message: problemMessage(t, response.status, error) });
        return;
      }
      setHtml(data);
      try {
        await navigator.clipboard.writeText(data);
        setOutcome({ type: 'ok', message: t('publications.newsletter.copied') });
      } catch {
        setOutcome({ type: 'warning', message: t('publications.newsletter.copyFailed') });
      }
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="newsletter-heading" className="sr-section">
      <Heading level={2} id="newsletter-heading">
        {t('publications.newsletter.heading')}
      </Heading>
      <Paragraph>{t('publications.newsletter.intro')}</Paragraph>
      <OutcomeMessage outcome={outcome} />
      <div className="sr-actions">
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void copy()}>
          {t('publications.newsletter.copy')}
        </Button>
        <a
          className="utrecht-link utrecht-link--html-a"
          href={`/api/publications/${publication.id}/newsletter.html`}
          download={newsletterFileName(publication.title)}
        >
          {t('publications.newsletter.download')}
        </a>
      </div>
      {html !== undefined && (
        <Field id="newsletter-html" label={t('publications.newsletter.html')}>
          {(control) => (
            <Textarea
              {...control}
              readOnly
              rows={8}
              value={html}
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
        </Field>
      )}
    </section>
  );
}
