// `/analyses/:assignmentId`, the link in a staff expert's mail: the case and their analysis of it.
// Advisers and admins may open it too; they read along, only the expert writes.
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { RouterLink } from '../ui/router-link';
import type { SaveAnalysis } from './analysis-draft';
import { AnalysisWorkspacePanel } from './analysis-workspace';

export function AnalysisPage() {
  const { t } = useI18n();
  usePageTitle(t('analysis.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('analysis.heading')}</Heading>
      <StaffOnly roles={['expert', 'adviser', 'admin']}>
        {(user) => (
          <>
            {user.role === 'expert' && (
              <Paragraph>
                <RouterLink to="/analyses">{t('analysis.back')}</RouterLink>
              </Paragraph>
            )}
            <StaffAnalysis />
          </>
        )}
      </StaffOnly>
    </>
  );
}

function StaffAnalysis() {
  const { assignmentId = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(
    () => api.GET('/api/assignments/{assignmentId}/analysis', { params: { path: { assignmentId } } }),
    [api, assignmentId],
  );
  const send = useCallback(
    (body: SaveAnalysis) =>
      api.PUT('/api/assignments/{assignmentId}/analysis', { params: { path: { assignmentId } }, body }),
    [api, assignmentId],
  );
  return <AnalysisWorkspacePanel request={request} send={send} notFound={t('analysis.notFound')} />;
}
