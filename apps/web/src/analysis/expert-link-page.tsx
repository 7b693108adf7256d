// `/expert/:token`, the private link in an external expert's mail: no account, the link is the access.
// The same case context and form as a staff expert's; an unknown or expired link says so plainly.
import { useCallback } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import type { SaveAnalysis } from './analysis-draft';
import { AnalysisWorkspacePanel } from './analysis-workspace';

export function ExpertLinkPage() {
  const { token = '' } = useParams();
  const { t } = useI18n();
  const api = useApi();
  usePageTitle(t('analysis.pageTitle'));
  const request = useCallback(
    () => api.GET('/api/expert-links/{token}', { params: { path: { token } } }),
    [api, token],
  );
  const send = useCallback(
    (body: SaveAnalysis) =>
      api.PUT('/api/expert-links/{token}/analysis', { params: { path: { token } }, body }),
    [api, token],
  );
  return (
    <>
      <Heading level={1}>{t('analysis.heading')}</Heading>
      <Paragraph>{t('analysis.linkIntro')}</Paragraph>
      <AnalysisWorkspacePanel request={request} send={send} notFound={t('analysis.linkNotFound')} />
    </>
  );
}
