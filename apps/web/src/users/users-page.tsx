// `/beheer/gebruikers`: the admin's list of accounts, with invite, role change and (de)activation.
import { Button } from '@utrecht/button-react';
import { useCallback, useState } from 'react';
import { useApi } from '../api/api-context';
import { usePagedList } from '../api/use-paged-list';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { InviteUserForm } from './invite-user-form';
import { UserAccountRow } from './user-account-row';

export function UsersPage() {
  const { t } = useI18n();
  usePageTitle(t('users.pageTitle'));
  return (
    <>
      <Heading level={1}>{t('users.heading')}</Heading>
      <StaffOnly roles={['admin']}>{(user) => <Users selfId={user.id} />}</StaffOnly>
    </>
  );
}

function Users({ selfId }: { selfId: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [round, setRound] = useState(0);
  // A new round (after an invite) asks for the first page again.
  const fetchPage = useCallback(
    (cursor?: string) => api.GET('/api/users', { params: { query: { cursor } } }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- round: reload on purpose after an invite
    [api, round],
  );
  const { page, failed, loadingMore, loadMore } = usePagedList(fetchPage);

  return (
    <>
      <section aria-labelledby="invite-heading" className="sr-section">
        <Heading level={2} id="invite-heading">
          {t('users.inviteHeading')}
        </Heading>
        <InviteUserForm onInvited={() => setRound((r) => r + 1)} />
      </section>
      <Heading level={2}>{t('users.listHeading')}</Heading>
      {failed && (
        <Alert type="error" role="alert">
          {failed}
        </Alert>
      )}
      {!page && !failed && <Paragraph role="status">{t('layout.loading')}</Paragraph>}
      {page && (
        <ul className="sr-card-list">
          {page.items.map((account) => (
            <UserAccountRow key={`${account.id}-${round}`} account={account} isSelf={account.id === selfId} />
          ))}
        </ul>
      )}
      {page?.nextCursor && (
        <Button appearance="secondary-action-button" busy={loadingMore} onClick={() => void loadMore()}>
          {t('staff.more')}
        </Button>
      )}
    </>
  );
}
