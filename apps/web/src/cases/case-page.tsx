// `/knelpunten/:id`: one case with its next steps, handling option, signals, experts and timeline.
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { usePageTitle } from '../layout/use-page-title';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { RecognitionPanel } from '../recognition/recognition-panel';
import { CaseDeepening, isAssignable } from '../deepening/case-deepening';
import { CaseTimeline } from './case-timeline';
import { CaseTransitions } from './case-transitions';
import { HandlingOptionForm } from './handling-option-form';
import { CasePublications } from '../publications/case-publications';
import { CaseFeedback, hasFeedback } from '../feedback/case-feedback';
import { CaseAgenda, hasAgenda } from '../agenda/case-agenda';

type CaseDetail = components['schemas']['CaseDetailDto'];

export function CasePage() {
  const { t } = useI18n();
  usePageTitle(t('case.pageTitle'));
  return (
    <>
      <Paragraph>
        <RouterLink to="/knelpunten">{t('case.back')}</RouterLink>
      </Paragraph>
      <StaffOnly roles={['adviser', 'admin', 'expert', 'liaison']}>
        {(user) => <CaseView canEdit={user.role === 'adviser' || user.role === 'admin'} />}
      </StaffOnly>
    </>
  );
}

function CaseView({ canEdit }: { canEdit: boolean }) {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/cases/{id}', { params: { path: { id } } }), [api, id]);
  const { state, reload } = useLoad(request, t('case.notFound'));
  // A change answers with the new case; shown at once, until the case is loaded again (after a conflict).
  const [changed, setChanged] = useState<{ over: typeof state; data: CaseDetail }>();
  const shown = changed?.over === state ? { status: 'ready' as const, data: changed.data } : state;

  return (
    <LoadView state={shown}>
      {(detail) => (
        <CaseContent
          detail={detail}
          canEdit={canEdit}
          onChanged={(data) => setChanged({ over: state, data })}
          onConflict={reload}
        />
      )}
    </LoadView>
  );
}

interface ContentProps {
  detail: CaseDetail;
  canEdit: boolean;
  onChanged: (detail: CaseDetail) => void;
  onConflict: () => void;
}

function CaseContent({ detail, canEdit, onChanged, onConflict }: ContentProps) {
  const { t, language } = useI18n();
  return (
    <>
      <Heading level={1}>{detail.title}</Heading>
      <dl className="sr-fact-list">
        <dt>{t('common.reference')}</dt>
        <dd>{detail.reference}</dd>
        <dt>{t('case.step')}</dt>
        <dd>
          <strong>{t(`caseSteps.${detail.step}`)}</strong>
        </dd>
        <dt>{t('inbox.detail.domains')}</dt>
        <dd>{detail.domains.map((d) => t(`domains.${d}`)).join(', ') || '–'}</dd>
        {!canEdit && (
          <>
            <dt>{t('case.handlingOption')}</dt>
            <dd>
              {detail.handlingOption ? t(`handlingOptions.${detail.handlingOption}`) : t('board.noOption')}
            </dd>
          </>
        )}
      </dl>
      <Paragraph>{detail.summary || t('case.noSummary')}</Paragraph>

      {/* In recognition the check comes first: the next step is decided on what it shows. */}
      {canEdit && detail.step === 'recognition' && <RecognitionPanel caseId={detail.id} editable />}
      {/* Experts and their analyses before the handling option, so it is chosen with them in view. */}
      {canEdit && isAssignable(detail.step) && <CaseDeepening detail={detail} />}
      {/* In feedback the message comes first: the case closes by itself once it reached everyone. */}
      {canEdit && hasFeedback(detail.step) && (
        <CaseFeedback caseId={detail.id} caseStep={detail.step} onCaseMoved={onConflict} />
      )}
      {/* On the agenda the items come before the next step: the case reports back once each has an outcome. */}
      {hasAgenda(detail.step) && <CaseAgenda detail={detail} canEdit={canEdit} onChanged={onChanged} />}
      <CaseTransitions detail={detail} onChanged={onChanged} onConflict={onConflict} />
      {canEdit && <HandlingOptionForm detail={detail} onChanged={onChanged} onConflict={onConflict} />}
      {canEdit && detail.step !== 'recognition' && <RecognitionPanel caseId={detail.id} editable={false} />}
      {canEdit && <CasePublications caseId={detail.id} step={detail.step} />}

      <Heading level={2}>{t('case.signals')}</Heading>
      {detail.signals.length === 0 ? (
        <Paragraph>{t('case.noSignals')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {detail.signals.map((signal) => (
            <li key={signal.id} className="utrecht-unordered-list__item">
              {signal.reference}: {signal.title}{' '}
              <span className="sr-meta">({formatDate(signal.linkedAt, language)})</span>
            </li>
          ))}
        </ul>
      )}

      {canEdit && !isAssignable(detail.step) && <CaseDeepening detail={detail} />}
      {!canEdit && (
        <>
          <Heading level={2}>{t('case.experts')}</Heading>
          {detail.experts.length === 0 ? (
            <Paragraph>{t('case.noExperts')}</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list">
              {detail.experts.map((expert) => (
                <li key={expert.assignmentId} className="utrecht-unordered-list__item">
                  {expert.displayName}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <Heading level={2}>{t('case.timeline')}</Heading>
      <CaseTimeline history={detail.history} />
    </>
  );
}
