import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { CallForm } from './call-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/beheer/oproepen/nieuw`, or `?case=<id>` for a targeted call about that case (from the case page). */
export function NewCallPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const caseParam = search.get('case') ?? '';
  const caseId = UUID.test(caseParam) ? caseParam : undefined;
  usePageTitle(t('calls.newPageTitle'));
  return (
    <>
      <Paragraph>
        {caseId ? (
          <RouterLink to={`/knelpunten/${caseId}`}>{t('calls.backToCase')}</RouterLink>
        ) : (
          <RouterLink to="/beheer/oproepen">{t('calls.back')}</RouterLink>
        )}
      </Paragraph>
      <Heading level={1}>{caseId ? t('calls.newTargeted') : t('calls.newHeading')}</Heading>
      <StaffOnly roles={['adviser', 'admin']}>
        {() => (
          <>
            <Paragraph>{t('calls.newIntro')}</Paragraph>
            <CallForm
              presetCaseId={caseId}
              onSaved={(call) => void navigate(`/beheer/oproepen/${call.id}`, { state: { created: true } })}
            />
          </>
        )}
      </StaffOnly>
    </>
  );
}
