import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { Heading } from '../ui/heading';
import { MemberOnly } from './member-only';
import { MySignalsList } from './my-signals-list';

/** `/mijn-meldingen`: what a member sent while signed in, and where each signal is. */
export function MySignalsPage() {
  const { t } = useI18n();
  usePageTitle(t('mySignals.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('mySignals.heading')}</Heading>
      <MemberOnly>
        <MySignalsList />
      </MemberOnly>
    </>
  );
}
