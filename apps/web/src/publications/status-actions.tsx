// Review and publish: a draft goes to review; from review it is published, or taken back to draft.
// Publishing is offered only when the API would take it, and says why not otherwise; when the API
// refuses anyway (someone changed it, a case left sharing), its problems are shown and the page reloads.
import { Button } from '@utrecht/button-react';
import { useRef, useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { refusalMessages } from './publication-problems';
import { publishBlocks, type Publication } from './publication-types';

type Action = 'review' | 'draft' | 'publish';

interface Props {
  publication: Publication;
  onChanged: (publication: Publication, message: string) => void;
  /** The API refused on what it knows now: load the publication again. */
  onStale: () => void;
}

interface Refusal {
  action: Action;
  messages: string[];
}

export function StatusActions({ publication, onChanged, onStale }: Props) {
  const { t, language } = useI18n();
  const api = useApi();
  const [busy, setBusy] = useState<Action>();
  const [refusal, setRefusal] = useState<Refusal>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const blocks = publishBlocks(publication).filter((block) => block !== 'not_in_review');

  const request = (action: Action) => {
    const params = { path: { id: publication.id } };
    const body = { expectedVersion: publication.version };
    switch (action) {
      case 'review':
        return api.POST('/api/publications/{id}/review', { params, body });
      case 'draft':
        return api.POST('/api/publications/{id}/draft', { params, body });
      case 'publish':
        return api.POST('/api/publications/{id}/publish', { params, body });
    }
  };

  const run = async (action: Action) => {
    if (busy) return;
    setBusy(action);
    setRefusal(undefined);
    try {
      const { data, error, response } = await request(action);
      if (data) {
        const message = {
          review: t('publications.status.sentToReview'),
          draft: t('publications.status.backInDraft'),
          publish: t('publications.status.published'),
        }[action];
        onChanged(data, message);
        // The button pressed is gone now: keep the place in the page.
        headingRef.current?.focus();
        return;
      }
      setRefusal({ action, messages: refusalMessages(t, response.status, error) });
      if (response.status === 409 || response.status === 422) onStale();
    } catch {
      setRefusal({ action, messages: [t('common.networkError')] });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="status-heading" className="sr-section">
      <Heading level={2} id="status-heading" ref={headingRef} tabIndex={-1}>
        {t('publications.status.heading')}
      </Heading>
      <div aria-live="polite">
        {refusal && (
          <Alert type="error" role="alert">
            {refusal.action === 'publish' && <Paragraph>{t('publications.status.refused')}</Paragraph>}
            <ul className="utrecht-unordered-list">
              {refusal.messages.map((message) => (
                <li key={message} className="utrecht-unordered-list__item">
                  {message}
                </li>
              ))}
            </ul>
          </Alert>
        )}
      </div>

      {publication.status === 'draft' && (
        <>
          <Paragraph>{t('publications.status.draftIntro')}</Paragraph>
          <div className="sr-actions">
            <Button
              appearance="primary-action-button"
              busy={busy === 'review'}
              disabled={!!busy}
              onClick={() => void run('review')}
            >
              {t('publications.status.toReview')}
            </Button>
          </div>
        </>
      )}

      {publication.status === 'review' && (
        <>
          <Paragraph>{t('publications.status.reviewIntro')}</Paragraph>
          {blocks.length > 0 && (
            <div id="publish-blocks" className="sr-blocked">
              <Paragraph>{t('publications.status.cannotPublish')}</Paragraph>
              <ul className="utrecht-unordered-list">
                {blocks.map((block) => (
                  <li key={block} className="utrecht-unordered-list__item">
                    {t(`publications.status.blocks.${block}`)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="sr-actions">
            <Button
              appearance="primary-action-button"
              busy={busy === 'publish'}
              disabled={!!busy || blocks.length > 0}
              aria-describedby={blocks.length > 0 ? 'publish-blocks' : undefined}
              onClick={() => void run('publish')}
            >
              {t('publications.status.publish')}
            </Button>
            <Button
              appearance="secondary-action-button"
              busy={busy === 'draft'}
              disabled={!!busy}
              onClick={() => void run('draft')}
            >
              {t('publications.status.backToDraft')}
            </Button>
          </div>
        </>
      )}

      {publication.status === 'published' && (
        <>
          <Paragraph>
            {t('publications.status.publishedOn', {
              date: formatDate(publication.publishedAt ?? publication.updatedAt, language),
            })}
          </Paragraph>
          <Paragraph>
            <RouterLink to={`/inzichten/${publication.id}`}>{t('publications.status.viewPublic')}</RouterLink>
          </Paragraph>
        </>
      )}
    </section>
  );
}
