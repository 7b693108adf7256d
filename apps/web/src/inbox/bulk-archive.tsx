import { Button } from '@utrecht/button-react';
import { useState } from 'react';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { LinkButton } from '../ui/link-button';
import { Paragraph } from '../ui/paragraph';
import { Textarea } from '../ui/textarea';
import { runForEach } from './run-for-each';
import type { Selection } from './selection';

interface Props {
  selection: Selection;
  onClear: () => void;
  /** After the run: the signals archived, and whether some could not be (then the lists reload). */
  onDone: (ids: string[]) => void;
}

/** For the obvious ones: archive every ticked signal with one reason. */
export function BulkArchive({ selection, onClear, onDone }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  const archive = async () => {
    if (reason.trim().length < 3) {
      setReasonError(t('staff.reasonRequired'));
      document.getElementById('bulk-reason')?.focus();
      return;
    }
    setReasonError(undefined);
    setBusy(true);
    const result = await runForEach(selection, (id) =>
      api.POST('/api/signals/{id}/archive', { params: { path: { id } }, body: { reason: reason.trim() } }),
    );
    setBusy(false);
    setOutcome(
      result.failed.length > 0
        ? {
            type: 'error',
            message: `${t('inbox.bulk.done', { count: result.done.length })} ${t('inbox.bulk.failed', { references: result.failed.join(', ') })}`,
          }
        : { type: 'ok', message: t('inbox.bulk.done', { count: result.done.length }) },
    );
    if (result.failed.length === 0) setReason('');
    onDone(result.done);
  };

  return (
    <section aria-labelledby="bulk-heading" className="sr-bulk">
      <Heading level={2} id="bulk-heading">
        {t('inbox.bulk.heading')}
      </Heading>
      <OutcomeMessage outcome={outcome} />
      {selection.size === 0 ? (
        <Paragraph>{t('inbox.bulk.none')}</Paragraph>
      ) : (
        <>
          <Paragraph aria-live="polite">
            {t('inbox.bulk.selected', { count: selection.size })} ·{' '}
            <LinkButton onClick={onClear}>{t('inbox.bulk.clear')}</LinkButton>
          </Paragraph>
          <Field id="bulk-reason" label={t('inbox.bulk.reasonLabel')} error={reasonError}>
            {(control) => (
              <Textarea
                {...control}
                rows={2}
                maxLength={2000}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <Button
            appearance="secondary-action-button"
            busy={busy}
            disabled={busy}
            onClick={() => void archive()}
          >
            {t('inbox.bulk.archive')}
          </Button>
        </>
      )}
    </section>
  );
}
