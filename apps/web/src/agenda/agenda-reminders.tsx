// When liaisons and advisers hear about agenda items: days before a meeting the liaison is reminded,
// and weeks without a move after which an item counts as stalled. Admins set them, advisers read them.
import { Button } from '@utrecht/button-react';
import { Textbox } from '@utrecht/textbox-react';
import { Fragment, useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { noErrors, toFormErrors, type FormErrors } from '../api/form-errors';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../staff/load-state';
import { LoadView } from '../staff/load-view';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { Field } from '../ui/field';
import { GeneralErrorsAlert } from '../ui/general-errors-alert';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';

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
  const [values, setValues] = useState<Record<ReminderField, string>>({
    meetingReminderDaysBefore: String(reminders.meetingReminderDaysBefore),
    staleAfterWeeks: String(reminders.staleAfterWeeks),
  });
  const [errors, setErrors] = useState<FormErrors<ReminderField>>(noErrors);
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    try {
      const { data, error, response } = await api.PUT('/api/settings/agenda-reminders', {
        body: {
          meetingReminderDaysBefore: Number(values.meetingReminderDaysBefore),
          staleAfterWeeks: Number(values.staleAfterWeeks),
        },
      });
      if (data) {
        setErrors(noErrors());
        setOutcome({ type: 'ok', message: t('staff.saved') });
        return;
      }
      setErrors(toFormErrors(FIELDS, response.status, error, t('common.unexpectedError')));
    } catch {
      setErrors({ byField: {}, other: [t('common.networkError')] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={(event) => void save(event)}>
      <GeneralErrorsAlert messages={errors.other} />
      <OutcomeMessage outcome={outcome} />
      {FIELDS.map((field) => (
        <Field
          key={field}
          id={`reminders-${field}`}
          label={t(`agenda.reminders.${field}`)}
          help={t(`agenda.reminders.${field}Help`)}
          error={errors.byField[field]}
        >
          {(control) => (
            <Textbox
              {...control}
              inputMode="numeric"
              value={values[field]}
              onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
            />
          )}
        </Field>
      ))}
      <Paragraph className="sr-meta">{t('agenda.reminders.note')}</Paragraph>
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t('agenda.reminders.save')}
      </Button>
    </form>
  );
}
