// `/gedeelde-knelpunten`: the bottlenecks the network shares, for members, each with how many members
// recognise it and a toggle to say "I recognise this" (or take it back). It counts as evidence.
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { MemberOnly } from '../my-signals/member-only';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemMessage } from '../staff/problem-message';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';

type SharedCase = components['schemas']['SharedCaseDto'];

export function SharedCasesPage() {
  const { t } = useI18n();
  usePageTitle(t('sharedCases.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('sharedCases.heading')}</Heading>
      <MemberOnly signInFirst="sharedCases.signInFirst">
        <Paragraph lead>{t('sharedCases.intro')}</Paragraph>
        <Paragraph>
          {t('sharedCases.profileHint')}{' '}
          <RouterLink to="/mijn-profiel">{t('sharedCases.profileLink')}</RouterLink>
        </Paragraph>
        <SharedCaseList />
      </MemberOnly>
    </>
  );
}

function SharedCaseList() {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/shared-cases'), [api]);
  const { state } = useLoad(request);
  return (
    <LoadView state={state}>
      {(cases) =>
        cases.length === 0 ? (
          <Paragraph>{t('sharedCases.empty')}</Paragraph>
        ) : (
          <ul className="sr-card-list">
            {cases.map((shared) => (
              <SharedCaseItem key={shared.id} initial={shared} />
            ))}
          </ul>
        )
      }
    </LoadView>
  );
}

function SharedCaseItem({ initial }: { initial: SharedCase }) {
  const { t } = useI18n();
  const api = useApi();
  const [shared, setShared] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const titleId = `shared-${shared.id}`;

  const toggle = async () => {
    setBusy(true);
    setOutcome(undefined);
    const path = { params: { path: { id: shared.id } } };
    try {
      const { data, error, response } = shared.recognisedByMe
        ? await api.DELETE('/api/shared-cases/{id}/recognition', path)
        : await api.PUT('/api/shared-cases/{id}/recognition', { ...path, body: {} });
      if (data) {
        setShared(data);
        setOutcome({
          type: 'ok',
          message: data.recognisedByMe ? t('sharedCases.saved') : t('sharedCases.withdrawn'),
        });
        return;
      }
      setOutcome({ type: 'error', message: problemMessage(t, response.status, error) });
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="sr-card">
      <Heading level={2} id={titleId} className="sr-card__title">
        {shared.title}
      </Heading>
      <Paragraph className="sr-meta">
        {shared.reference} · {t(`caseSteps.${shared.step}`)}
        {shared.domains.length > 0 && ` · ${shared.domains.map((d) => t(`domains.${d}`)).join(', ')}`}
      </Paragraph>
      <Paragraph>{t('sharedCases.recognisedBy', { count: shared.recognisedBy })}</Paragraph>
      <Button
        appearance={shared.recognisedByMe ? 'primary-action-button' : 'secondary-action-button'}
        pressed={shared.recognisedByMe}
        busy={busy}
        disabled={busy}
        aria-describedby={titleId}
        onClick={() => void toggle()}
      >
        {t('sharedCases.recognise')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </li>
  );
}
