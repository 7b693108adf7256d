// `/beheer/gebruikers`: the admin's list of accounts, with invite, role change and (de)activation.
import { Button } from '@utrecht/button-react';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { usePageTitle } from '../layout/use-page-title';
import { StaffOnly } from '../staff/staff-only';
import { Alert } from '../ui/alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { InviteUserForm } from './invite-user-form';
import { UserAccountRow } from './user-account-row';

type Account = components['schemas']['UserAccountDto'];

interface Page {
  items: Account[];
  nextCursor: string | null | undefined;
}

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
  const [page, setPage] = useState<Page>();
  const [failed, setFailed] = useState<string>();
  const [round, setRound] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    api
      .GET('/api/users')
      .then(({ data }) => {
        if (!current) return;
        if (data) setPage({ items: data.items, nextCursor: data.nextCursor });
        else setFailed(t('common.unexpectedError'));
      })
      .catch(() => current && setFailed(t('common.networkError')));
    return () => {
      current = false;
    };
  }, [api, t, round]);

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const { data } = await api.GET('/api/users', { params: { query: { cursor: page.nextCursor } } });
      if (data) setPage({ items: [...page.items, ...data.items], nextCursor: data.nextCursor });
    } catch {
      setFailed(t('common.networkError'));
    } finally {
      setLoadingMore(false);
    }
  };

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
