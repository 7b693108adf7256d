// On the page of a case in sharing or later: what has been written about it, and a way to write more.
import { useCallback } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { isShareable } from './publication-types';

export function CasePublications({ caseId, step }: { caseId: string; step: string }) {
  if (!isShareable(step)) return null;
  return <CasePublicationList caseId={caseId} />;
}

function CasePublicationList({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/publications', { params: { query: { caseId, limit: 50 } } }),
    [api, caseId],
  );
  const { state } = useLoad(request);
  // The list is extra: without it, the way to write a new publication is still there.
  const publications = state.status === 'ready' ? state.data.items : [];
  return (
    <section aria-labelledby="case-publications-heading" className="sr-section">
      <Heading level={2} id="case-publications-heading">
        {t('publications.forCase.heading')}
      </Heading>
      <Paragraph>{t('publications.forCase.intro')}</Paragraph>
      {publications.length > 0 && (
        <ul className="utrecht-unordered-list">
          {publications.map((publication) => (
            <li key={publication.id} className="utrecht-unordered-list__item">
              <RouterLink to={`/beheer/publicaties/${publication.id}`}>{publication.title}</RouterLink>{' '}
              <span className="sr-meta">
                ({t(`publications.kinds.${publication.kind}`)},{' '}
                {t(`publications.statuses.${publication.status}`).toLowerCase()})
              </span>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <RouterLink to={`/beheer/publicaties/nieuw?case=${caseId}`} className="sr-button-link">
          {t('publications.new')}
        </RouterLink>
      </Paragraph>
    </section>
  );
}
