import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { homeForRole } from '../session/home-for-role';
import { useSession } from '../session/session-context';
import { TextInputField } from '../ui/text-input-field';
import { FormMessage } from './form-message';
import { PasswordField } from './password-field';
import { safeNextPath } from './safe-next-path';
import { useApiForm } from './use-api-form';

/** Staff sign in with e-mail address and password. */
export function StaffSignInForm() {
  const { t } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { signedIn } = useSession();
  const form = useApiForm();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answer = await form.send(() =>
      api.POST('/api/auth/login', { body: { email: email.trim(), password } }),
    );
    if (!answer?.data) return;
    signedIn(answer.data);
    await navigate(safeNextPath(search.get('next')) ?? homeForRole(answer.data.user.role));
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormMessage message={form.message} />
      <TextInputField
        id="staff-email"
        label={t('common.email')}
        type="email"
        autoComplete="username"
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.fieldErrors.email}
      />
      <PasswordField
        id="staff-password"
        label={t('common.password')}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={form.fieldErrors.password}
      />
      <Button type="submit" appearance="primary-action-button" busy={form.sending}>
        {form.sending ? t('signIn.sending') : t('signIn.staff.submit')}
      </Button>
    </form>
  );
}
