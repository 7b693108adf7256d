import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { Alert } from '../ui/alert';
import { TextInputField } from '../ui/text-input-field';
import { FormMessage } from './form-message';
import { useApiForm } from './use-api-form';

/** Staff who forgot their password ask for a link to choose a new one. */
export function PasswordResetRequestForm() {
  const { t } = useI18n();
  const api = useApi();
  const form = useApiForm();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answer = await form.send(() =>
      api.POST('/api/auth/password-reset', { body: { email: email.trim() } }),
    );
    if (answer?.data) setSent(answer.data.message);
  };

  if (sent) {
    return (
      <Alert type="ok" role="status">
        {sent}
      </Alert>
    );
  }
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormMessage message={form.message} />
      <TextInputField
        id="reset-email"
        label={t('common.email')}
        type="email"
        autoComplete="username"
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.fieldErrors.email}
      />
      <Button type="submit" appearance="secondary-action-button" busy={form.sending}>
        {form.sending ? t('signIn.sending') : t('signIn.forgot.submit')}
      </Button>
    </form>
  );
}
