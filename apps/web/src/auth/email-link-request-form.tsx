import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { Alert } from '../ui/alert';
import { TextInputField } from '../ui/text-input-field';
import { FormMessage } from './form-message';
import { useApiForm } from './use-api-form';

interface Props {
  /** A member's sign-in link, or a staff member's password-reset link. */
  path: '/api/auth/magic-link' | '/api/auth/password-reset';
  id: string;
  autoComplete: 'email' | 'username';
  submitLabel: string;
  appearance: 'primary-action-button' | 'secondary-action-button';
}

/** Asks for a link by e-mail; shows the API's answer, worded the same whether or not the address is known. */
export function EmailLinkRequestForm({ path, id, autoComplete, submitLabel, appearance }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const form = useApiForm();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string>();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const answer = await form.send(() => api.POST(path, { body: { email: email.trim() } }));
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
        id={id}
        label={t('common.email')}
        type="email"
        autoComplete={autoComplete}
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={form.fieldErrors.email}
      />
      <Button type="submit" appearance={appearance} busy={form.sending}>
        {form.sending ? t('signIn.sending') : submitLabel}
      </Button>
    </form>
  );
}
