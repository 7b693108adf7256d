// A form's submit button, alike in every form: busy and not pressed twice while the form is being sent,
// and saying so meanwhile.
import { Button } from '@utrecht/button-react';
import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface Props {
  sending: boolean;
  appearance?: ComponentProps<typeof Button>['appearance'];
  children: ReactNode;
}

export function SendButton({ sending, appearance = 'primary-action-button', children }: Props) {
  const { t } = useI18n();
  return (
    <Button type="submit" appearance={appearance} busy={sending} disabled={sending}>
      {sending ? t('staff.sending') : children}
    </Button>
  );
}
