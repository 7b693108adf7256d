// When liaisons and advisers hear about agenda items: days before a meeting the liaison is reminded,
// and weeks without a move after which an item counts as stalled. Admins set them, advisers read them.
import { Button } from '@utrecht/button-react';
import { Fragment, useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { toFormErrors } from '../api/form-errors';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { useFormSend } from '../staff/use-form-send';
import { GeneralErrorsAlert } from '../ui/general-errors-alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { TextInputField } from '../ui/text-input-field';
import { useDraft } from '../ui/use-draft';

type Reminders = components['schemas']['AgendaRemindersDto'];

const FIELDS = ['meetingReminderDaysBefore', 'staleAfterWeeks'] as const;
type ReminderField = (typeof FIELDS)[number];

export function AgendaReminders({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/settings/agenda-reminders'), [api]);
  const { state } = useLoad(request);
  return (
    <section aria-labelledby="reminders-heading" className="sr-section">
      <Heading level={2} id="reminders-heading">
        {t('agenda.reminders.heading')}
      </Heading>
      <LoadView state={state}>
        {(reminders) =>
          canEdit ? (
            <RemindersForm reminders={reminders} />
          ) : (
            <dl className="sr-fact-list">
              {FIELDS.map((field) => (
                <Fragment key={field}>
                  <dt>{t(`agenda.reminders.${field}`)}</dt>
                  <dd>{reminders[field]}</dd>
                </Fragment>
              ))}
            </dl>
          )
        }
      </LoadView>
    </section>
  );
}

function RemindersForm({ reminders }: { reminders: Reminders }) {
  const { t } = useI18n();
  const api = useApi();
  const [values, update] = useDraft<Record<ReminderField, string>>({
    meetingReminderDaysBefore: String(reminders.meetingReminderDaysBefore),
    staleAfterWeeks: String(reminders.staleAfterWeeks),
  });
  const { errors, sending, send } = useFormSend(FIELDS, (field: ReminderField) => `reminders-${field}`, {
    errorsOf: (status, body) => toFormErrors(FIELDS, status, body, t('common.unexpectedError')),
  });
  const [outcome, setOutcome] = useState<Outcome>();

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    void send(
      () =>
        api.PUT('/api/settings/agenda-reminders', {
          body: {
            meetingReminderDaysBefore: Number(values.meetingReminderDaysBefore),
            staleAfterWeeks: Number(values.staleAfterWeeks),
          },
        }),
      () => setOutcome({ type: 'ok', message: t('staff.saved') }),
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={save}>
      <GeneralErrorsAlert messages={errors.other} />
      <OutcomeMessage outcome={outcome} />
      {FIELDS.map((field) => (
        <TextInputField
          key={field}
          id={`reminders-${field}`}
          label={t(`agenda.reminders.${field}`)}
          help={t(`agenda.reminders.${field}Help`)}
          error={errors.byField[field]}
          inputMode="numeric"
          value={values[field]}
          onChange={(event) => update(field, event.target.value)}
        />
      ))}
      <Paragraph className="sr-meta">{t('agenda.reminders.note')}</Paragraph>
      <Button type="submit" appearance="secondary-action-button" busy={sending} disabled={sending}>
        {t('agenda.reminders.save')}
      </Button>
    </form>
  );
}
