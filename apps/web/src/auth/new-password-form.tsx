import { Button } from '@utrecht/button-react';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { FormMessage } from './form-message';
import { PasswordField } from './password-field';
import type { FormOutcome } from './use-api-form';

interface Props {
  submitLabel: string;
  outcome: FormOutcome;
  onSubmit: (password: string) => void;
}

/** Choosing a password with a link from an e-mail (invite, reset). */
export function NewPasswordForm({ submitLabel, outcome, onSubmit }: Props) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(password);
  };
  return (
    <form noValidate onSubmit={submit}>
      <FormMessage message={outcome.message ?? outcome.fieldErrors.token} />
      <PasswordField
        id="new-password"
        label={t('newPassword.label')}
        help={t('newPassword.help')}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={outcome.fieldErrors.password}
      />
      <Button type="submit" appearance="primary-action-button" busy={outcome.sending}>
        {submitLabel}
      </Button>
    </form>
  );
}
