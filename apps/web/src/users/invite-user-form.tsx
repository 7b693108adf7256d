import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useApiForm } from '../auth/use-api-form';
import { FormMessage } from '../auth/form-message';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { Field } from '../ui/field';
import { Select } from '../ui/select';
import { SendButton } from '../ui/send-button';
import { TextInputField } from '../ui/text-input-field';

const STAFF_ROLES = ['adviser', 'expert', 'liaison', 'admin'] as const;
type StaffRole = (typeof STAFF_ROLES)[number];

/** Invites a staff member by e-mail; the link in the mail lets them choose a password. */
export function InviteUserForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const form = useApiForm();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('adviser');
  const [locale, setLocale] = useState<'nl' | 'en'>('nl');
  const [outcome, setOutcome] = useState<Outcome>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    const answer = await form.send(() =>
      api.POST('/api/users/invite', {
        body: { displayName: displayName.trim(), email: email.trim(), role, locale },
      }),
    );
    if (!answer) return;
    setOutcome({ type: 'ok', message: t('users.invited', { email: email.trim() }) });
    setDisplayName('');
    setEmail('');
    onInvited();
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={(event) => void submit(event)}>
      <FormMessage message={form.message} />
      <OutcomeMessage outcome={outcome} />
      <TextInputField
        id="invite-name"
        label={t('users.name')}
        autoComplete="off"
        maxLength={200}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={form.fieldErrors.displayName}
      />
      <TextInputField
        id="invite-email"
        label={t('users.email')}
        type="email"
        autoComplete="off"
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.fieldErrors.email}
      />
      <Field id="invite-role" label={t('users.role')} error={form.fieldErrors.role}>
        {(control) => (
          <Select
            {...control}
            value={role}
            onChange={(event) => setRole(STAFF_ROLES.find((r) => r === event.target.value) ?? 'adviser')}
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`userRoles.${r}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="invite-locale" label={t('users.language')}>
        {(control) => (
          <Select
            {...control}
            value={locale}
            onChange={(event) => setLocale(event.target.value === 'en' ? 'en' : 'nl')}
          >
            <option value="nl">{t('users.languages.nl')}</option>
            <option value="en">{t('users.languages.en')}</option>
          </Select>
        )}
      </Field>
      <SendButton sending={form.sending}>{t('users.invite')}</SendButton>
    </form>
  );
}
