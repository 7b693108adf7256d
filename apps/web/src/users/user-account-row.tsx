import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { problemMessage } from '../staff/problem-message';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { Select } from '../ui/select';

type Account = components['schemas']['UserAccountDto'];
type Role = Account['role'];

const ROLES: readonly Role[] = ['member', 'adviser', 'expert', 'liaison', 'admin'];

interface Props {
  account: Account;
  /** The admin's own account: the API refuses to change its role or deactivate it. */
  isSelf: boolean;
}

/** One account: its role to change, and deactivate or reactivate. */
export function UserAccountRow({ account: initial, isSelf }: Props) {
  const { t, language } = useI18n();
  const api = useApi();
  const [account, setAccount] = useState(initial);
  const [role, setRole] = useState<Role>(initial.role);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const path = { params: { path: { id: account.id } } };
  const name = account.displayName;

  const act = async (
    send: () => Promise<{ data?: Account; error?: unknown; response: Response }>,
    done: (updated: Account) => string,
  ) => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await send();
      if (data) {
        setAccount(data);
        setRole(data.role);
        setOutcome({ type: 'ok', message: done(data) });
      } else setOutcome({ type: 'error', message: problemMessage(t, response.status, error) });
    } catch {
      setOutcome({ type: 'error', message: t('common.networkError') });
    } finally {
      setBusy(false);
    }
  };

  const roleId = `role-${account.id}`;
  return (
    <li className="sr-card sr-account">
      <Heading level={3} className="sr-card__title">
        {name} {isSelf && <span className="sr-meta">{t('users.you')}</span>}
      </Heading>
      <Paragraph className="sr-meta">
        {account.email} · {account.active ? t('users.active') : <strong>{t('users.inactive')}</strong>} ·{' '}
        {account.lastSignInAt
          ? t('users.lastSignIn', { date: formatDate(account.lastSignInAt, language) })
          : t('users.neverSignedIn')}
      </Paragraph>
      {!isSelf && (
        <div className="sr-account__actions">
          <Field id={roleId} label={t('users.roleOf', { name })}>
            {(control) => (
              <Select
                {...control}
                value={role}
                onChange={(event) => setRole(ROLES.find((r) => r === event.target.value) ?? role)}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`userRoles.${r}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Button
            appearance="secondary-action-button"
            disabled={busy || role === account.role}
            onClick={() =>
              void act(
                () => api.PATCH('/api/users/{id}', { ...path, body: { role } }),
                () => t('users.roleSaved', { name }),
              )
            }
          >
            {t('users.saveRole')}
          </Button>
          {account.active ? (
            <Button
              appearance="secondary-action-button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => api.POST('/api/users/{id}/deactivate', path),
                  () => t('users.deactivated', { name }),
                )
              }
            >
              {t('users.deactivate')}
            </Button>
          ) : (
            <Button
              appearance="secondary-action-button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => api.POST('/api/users/{id}/reactivate', path),
                  () => t('users.reactivated', { name }),
                )
              }
            >
              {t('users.reactivate')}
            </Button>
          )}
        </div>
      )}
      <OutcomeMessage outcome={outcome} />
    </li>
  );
}
