// The thresholds behind the recognition recommendation: admins set them, advisers read them. Shares
// are 0..1 in the API and whole percentages on screen.
import { Button } from '@utrecht/button-react';
import { Fragment, useCallback, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { toFormErrors } from '../api/form-errors';
import type { components } from '../api/schema';
import { formatShare } from '../calls/date-time';
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

export type Thresholds = components['schemas']['RecognitionThresholdsDto'];

const FIELDS = [
  'minRespondents',
  'broadShare',
  'broadMinDomains',
  'broadMinRegions',
  'partialShare',
] as const;
type ThresholdField = (typeof FIELDS)[number];
const SHARES: readonly ThresholdField[] = ['broadShare', 'partialShare'];

export function RecognitionThresholds({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const request = useCallback(() => api.GET('/api/settings/recognition-thresholds'), [api]);
  const { state } = useLoad(request);
  return (
    <section aria-labelledby="thresholds-heading" className="sr-section">
      <Heading level={2} id="thresholds-heading">
        {t('recognition.thresholds.heading')}
      </Heading>
      <Paragraph>{t('recognition.thresholds.intro')}</Paragraph>
      <LoadView state={state}>
        {(thresholds) =>
          canEdit ? <ThresholdsForm thresholds={thresholds} /> : <ThresholdsList thresholds={thresholds} />
        }
      </LoadView>
    </section>
  );
}

function ThresholdsList({ thresholds }: { thresholds: Thresholds }) {
  const { t, language } = useI18n();
  return (
    <dl className="sr-fact-list">
      {FIELDS.map((field) => (
        <Fragment key={field}>
          <dt>{t(`recognition.thresholds.${field}`)}</dt>
          <dd>{SHARES.includes(field) ? formatShare(thresholds[field], language) : thresholds[field]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function toText(thresholds: Thresholds): Record<ThresholdField, string> {
  const text = {} as Record<ThresholdField, string>;
  for (const field of FIELDS) {
    text[field] = SHARES.includes(field)
      ? String(Math.round(thresholds[field] * 1000) / 10)
      : String(thresholds[field]);
  }
  return text;
}

function ThresholdsForm({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useI18n();
  const api = useApi();
  const [values, update, setValues] = useDraft(() => toText(thresholds));
  const { errors, sending, send } = useFormSend(FIELDS, (field: ThresholdField) => `threshold-${field}`, {
    errorsOf: (status, body) => toFormErrors(FIELDS, status, body, t('common.unexpectedError')),
  });
  const [outcome, setOutcome] = useState<Outcome>();

  const number = (field: ThresholdField) => {
    const n = Number(values[field].replace(',', '.'));
    return SHARES.includes(field) ? n / 100 : n;
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setOutcome(undefined);
    void send(
      () =>
        api.PUT('/api/settings/recognition-thresholds', {
          body: {
            minRespondents: number('minRespondents'),
            broadShare: number('broadShare'),
            broadMinDomains: number('broadMinDomains'),
            broadMinRegions: number('broadMinRegions'),
            partialShare: number('partialShare'),
          },
        }),
      (data) => {
        setValues(toText(data));
        setOutcome({ type: 'ok', message: t('staff.saved') });
      },
    );
  };

  return (
    <form noValidate className="sr-inline-form" onSubmit={save}>
      <GeneralErrorsAlert messages={errors.other} />
      <OutcomeMessage outcome={outcome} />
      {FIELDS.map((field) => (
        <TextInputField
          key={field}
          id={`threshold-${field}`}
          label={t(`recognition.thresholds.${field}`)}
          help={SHARES.includes(field) ? t('recognition.thresholds.percentHelp') : undefined}
          error={errors.byField[field]}
          inputMode={SHARES.includes(field) ? 'decimal' : 'numeric'}
          value={values[field]}
          onChange={(event) => update(field, event.target.value)}
        />
      ))}
      <Button type="submit" appearance="secondary-action-button" busy={sending} disabled={sending}>
        {t('recognition.thresholds.save')}
      </Button>
    </form>
  );
}
