// `/beheer/publicaties/:id`: one publication. Its text with every personal-data finding marked in
// place and the findings beside it (accept one with a reason, or fix the text); the state of the check,
// followed every two seconds until it has read the current version; review and publish; once published,
// the newsletter HTML of a newsletter item; and, until then, the form to change it.
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n, type I18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { FindingList } from './finding-list';
import { PublicationText } from './marked-field-text';
import { NewsletterExport } from './newsletter-export';
import { PublicationForm } from './publication-form';
import { CHECK_POLL_MS, isChecked, type Publication } from './publication-types';
import { StatusActions } from './status-actions';

export function PublicationPage() {
  const { t } = useI18n();
  usePageTitle(t('publications.pageTitle'));
  return (
    <div className="sr-wide">
      <Paragraph>
        <RouterLink to="/beheer/publicaties">{t('publications.back')}</RouterLink>
      </Paragraph>
      <StaffOnly roles={['adviser', 'admin']}>{() => <PublicationView />}</StaffOnly>
    </div>
  );
}

function PublicationView() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const request = useCallback(
    () => api.GET('/api/publications/{id}', { params: { path: { id } } }),
    [api, id],
  );
  const { state, reload } = useLoad(request, t('publications.notFound'));
  // A change (or a look at the check) answers with the publication; shown until it is loaded again.
  const [changed, setChanged] = useState<{ over: typeof state; data: Publication }>();
  const shown = changed?.over === state ? { status: 'ready' as const, data: changed.data } : state;
  const onChanged = useCallback((data: Publication) => setChanged({ over: state, data }), [state]);
  return (
    <LoadView state={shown}>
      {(publication) => (
        <PublicationDetail
          publication={publication}
          created={created}
          onChanged={onChanged}
          onReload={reload}
        />
      )}
    </LoadView>
  );
}

/** While the check has not read the current version, asks again every two seconds. */
function useCheckPolling(publication: Publication, onLoaded: (publication: Publication) => void) {
  const api = useApi();
  const [missed, setMissed] = useState(0);
  const pending = !isChecked(publication);

  useEffect(() => {
    if (!pending) return;
    let current = true;
    const timer = setTimeout(() => {
      api
        .GET('/api/publications/{id}', { params: { path: { id: publication.id } } })
        .then(({ data }) => {
          if (!current) return;
          if (data) {
            setMissed(0);
            onLoaded(data);
          } else setMissed((m) => m + 1);
        })
        .catch(() => current && setMissed((m) => m + 1));
    }, CHECK_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, publication, pending, onLoaded, missed]);

  return { missed };
}

interface DetailProps {
  publication: Publication;
  created: boolean;
  onChanged: (publication: Publication) => void;
  onReload: () => void;
}

function PublicationDetail({ publication, created, onChanged, onReload }: DetailProps) {
  const { t, language } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | undefined>(
    created ? { type: 'ok', message: t('publications.created') } : undefined,
  );
  const { missed } = useCheckPolling(publication, onChanged);
  const published = publication.status === 'published';

  const changed = (data: Publication, message: string) => {
    setOutcome({ type: 'ok', message });
    onChanged(data);
  };
  const conflict = () => {
    setOutcome(undefined);
    onReload();
  };

  return (
    <>
      <Heading level={1}>{publication.title}</Heading>
      <OutcomeMessage outcome={outcome} />
      <dl className="sr-fact-list">
        <dt>{t('publications.facts.kind')}</dt>
        <dd>{t(`publications.kinds.${publication.kind}`)}</dd>
        <dt>{t('publications.facts.status')}</dt>
        <dd>
          <strong>{t(`publications.statuses.${publication.status}`)}</strong>
        </dd>
        <dt>{t('publications.facts.version')}</dt>
        <dd>{publication.version}</dd>
        <dt>{t('publications.facts.cases')}</dt>
        <dd>
          <ul className="sr-plain-list">
            {publication.cases.map((c) => (
              <li key={c.id}>
                <RouterLink to={`/knelpunten/${c.id}`}>
                  {t('publications.caseLine', {
                    reference: c.reference,
                    title: c.title,
                    step: t(`caseSteps.${c.step}`),
                  })}
                </RouterLink>
              </li>
            ))}
          </ul>
        </dd>
        {publication.linkUrl && (
          <>
            <dt>{t('publications.facts.link')}</dt>
            <dd className="sr-url">{publication.linkUrl}</dd>
          </>
        )}
        {publication.publishedAt && (
          <>
            <dt>{t('publications.facts.publishedAt')}</dt>
            <dd>{formatDate(publication.publishedAt, language)}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="check-heading" className="sr-section">
        <Heading level={2} id="check-heading">
          {t('publications.check.heading')}
        </Heading>
        <div aria-live="polite" className="sr-check-state">
          <Paragraph>
            <strong>{checkText(t, publication)}</strong>
          </Paragraph>
          {missed > 0 && <Paragraph>{t('publications.check.failed')}</Paragraph>}
        </div>
        {!published && <Paragraph>{t('publications.text.intro')}</Paragraph>}
        <div className="sr-publication-review">
          <div className="sr-publication-review__text">
            <Heading level={3} className="sr-visually-hidden">
              {t('publications.text.heading')}
            </Heading>
            <PublicationText publication={publication} />
          </div>
          <aside aria-labelledby="findings-heading" className="sr-publication-review__findings">
            <Heading level={3} id="findings-heading">
              {t('publications.findings.heading')}
            </Heading>
            <FindingList
              publication={publication}
              editable={!published}
              onChanged={changed}
              onConflict={conflict}
            />
          </aside>
        </div>
      </section>

      <StatusActions publication={publication} onChanged={changed} onStale={onReload} />

      {published && publication.kind === 'newsletter' && <NewsletterExport publication={publication} />}

      {!published && (
        <section aria-labelledby="edit-heading" className="sr-section">
          <Heading level={2} id="edit-heading">
            {t('publications.edit.heading')}
          </Heading>
          <Paragraph>{t('publications.edit.intro')}</Paragraph>
          <PublicationForm
            key={publication.version}
            publication={publication}
            onSaved={(data) => changed(data, t('staff.saved'))}
            onConflict={conflict}
          />
        </section>
      )}
    </>
  );
}

/** The state of the check in words: running, or what it found open. */
function checkText(t: I18n['t'], publication: Publication): string {
  const version = publication.version;
  if (!isChecked(publication)) return t('publications.check.pending', { version });
  if (publication.openFindings === 0) return t('publications.check.clean', { version });
  if (publication.openFindings === 1) return t('publications.check.openOne', { version });
  return t('publications.check.openOther', { version, count: publication.openFindings });
}
