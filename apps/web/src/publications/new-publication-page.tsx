import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import { PublicationForm } from './publication-form';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/beheer/publicaties/nieuw`, or `?case=<id>` for a publication about that case (from the case page). */
export function NewPublicationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const caseParam = search.get('case') ?? '';
  const caseId = UUID.test(caseParam) ? caseParam : undefined;
  usePageTitle(t('publications.newPageTitle'));
  return (
    <>
      <Paragraph>
        {caseId ? (
          <RouterLink to={`/knelpunten/${caseId}`}>{t('publications.backToCase')}</RouterLink>
        ) : (
          <RouterLink to="/beheer/publicaties">{t('publications.back')}</RouterLink>
        )}
      </Paragraph>
      <Heading level={1}>{t('publications.newHeading')}</Heading>
      <StaffOnly roles={['adviser', 'admin']}>
        {() => (
          <>
            <Paragraph>{t('publications.newIntro')}</Paragraph>
            <PublicationForm
              presetCaseId={caseId}
              onSaved={(publication) =>
                void navigate(`/beheer/publicaties/${publication.id}`, { state: { created: true } })
              }
            />
          </>
        )}
      </StaffOnly>
    </>
  );
}
