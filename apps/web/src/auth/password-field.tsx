import { Textbox } from '@utrecht/textbox-react';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Field } from '../ui/field';
import { LinkButton } from '../ui/link-button';

interface Props {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}

/** A password input with a show/hide switch, so a long password can be checked instead of typed twice. */
export function PasswordField({ id, label, help, error, value, onChange, autoComplete }: Props) {
  const { t } = useI18n();
  const [visible, setVisible] = useState(false);
  return (
    <Field id={id} label={label} help={help} error={error}>
      {(control) => (
        <div className="sr-password">
          <Textbox
            {...control}
            type={visible ? 'text' : 'password'}
            autoComplete={autoComplete}
            spellCheck={false}
            maxLength={200}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          <LinkButton aria-controls={id} onClick={() => setVisible(!visible)}>
            {visible ? t('common.hidePassword') : t('common.showPassword')}
          </LinkButton>
        </div>
      )}
    </Field>
  );
}
