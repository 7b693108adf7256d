// Who the feedback goes to and whether it reached them: counts per status, the recipients a page at a
// time (filtered by status), looked at again every few seconds while mails are still going out. A
// recipient the feedback cannot reach is recorded with a reason; their "did this help?" answer shows too.
import { Button } from '@utrecht/button-react';
import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react';
import { useApi } from '../api/api-context';
import { formatDateTime } from '../calls/date-time';
import type { I18n } from '../i18n/i18n-context';
import { useI18n } from '../i18n/i18n-context';
import { OutcomeMessage, type Outcome } from '../staff/outcome-message';
import { useStaffChange } from '../staff/use-staff-change';
import { Alert } from '../ui/alert';
import { Field } from '../ui/field';
import { Heading } from '../ui/heading';
import { LinkButton } from '../ui/link-button';
import { MoreButton } from '../ui/more-button';
import { Paragraph } from '../ui/paragraph';
import { Select } from '../ui/select';
import { TextareaField } from '../ui/textarea-field';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type FeedbackRecipient,
  type FeedbackView,
} from './feedback-types';

/** How often the list looks again while mails are going out. */
export const DELIVERY_POLL_MS = 3000;
const PAGE_SIZE = 20;
/** The most recipients the API gives in one page. */
const MAX_PAGE = 500;

/** Reasons the system records itself, in the interface language; an adviser's own reason as written. */
const SYSTEM_REASONS: Record<string, 'noAddress' | 'noConsent' | 'accountInactive' | 'deliveryFailed'> = {
  'no e-mail address': 'noAddress',
  'no consent to contact': 'noConsent',
  'account deactivated': 'accountInactive',
  'delivery failed': 'deliveryFailed',
};

export function reasonLabel(t: I18n['t'], reason: string | null | undefined): string {
  if (!reason) return '';
  const known = SYSTEM_REASONS[reason];
  return known ? t(`feedback.reasons.${known}`) : reason;
}

/** Whether mails are still going out, so the delivery status may change by itself. */
export function isDelivering(view: FeedbackView): boolean {
  return view.status === 'sending' || (view.status === 'sent' && view.counts.pending > 0);
}

interface Props {
  view: FeedbackView;
  /** Every answer of the API is the whole feedback: the latest counts and status go back up. */
  onView: (view: FeedbackView) => void;
}

interface Loaded {
  items: FeedbackRecipient[];
  nextCursor: string | null;
}

export function DeliveryList({ view, onView }: Props) {
  const { t } = useI18n();
  const api = useApi();
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [list, setList] = useState<Loaded>();
  const [failed, setFailed] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>();
  const delivering = isDelivering(view);
  const { caseId, version, counts } = view;

  const fetchPage = useCallback(
    (cursor?: string, limit = PAGE_SIZE) =>
      api.GET('/api/cases/{id}/feedback', {
        params: { path: { id: caseId }, query: { status: status || undefined, limit, cursor } },
      }),
    [api, caseId, status],
  );

  // The first page: again when the filter changes, the feedback was edited or sent, or a recipient changed.
  useEffect(() => {
    let current = true;
    fetchPage()
      .then(({ data }) => {
        if (!current) return;
        if (!data) {
          setFailed(t('common.unexpectedError'));
          return;
        }
        setFailed(undefined);
        setList({ items: data.recipients, nextCursor: data.recipientsNextCursor ?? null });
        onView(data);
      })
      .catch(() => current && setFailed(t('common.networkError')));
    return () => {
      current = false;
    };
  }, [fetchPage, version, round, t, onView]);

  // While mails go out, look again every few seconds at what is shown (up to a page the API allows).
  useEffect(() => {
    if (!delivering || !list) return;
    let current = true;
    const timer = setTimeout(() => {
      fetchPage(undefined, Math.min(MAX_PAGE, Math.max(PAGE_SIZE, list.items.length)))
        .then(({ data }) => {
          if (!current || !data) return;
          setList({ items: data.recipients, nextCursor: data.recipientsNextCursor ?? null });
          onView(data);
        })
        .catch(() => undefined);
    }, DELIVERY_POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [delivering, list, fetchPage, onView]);

  const loadMore = async () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    try {
      const { data } = await fetchPage(list.nextCursor);
      if (data)
        setList({
          items: [...list.items, ...data.recipients],
          nextCursor: data.recipientsNextCursor ?? null,
        });
      else setFailed(t('common.unexpectedError'));
    } catch {
      setFailed(t('common.networkError'));
    } finally {
      setLoadingMore(false);
    }
  };

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const marked = useCallback(() => {
    setOutcome({ type: 'ok', message: t('feedback.recipients.marked') });
    refresh();
  }, [refresh, t]);

  const countOf = (s: DeliveryStatus) => counts[s];

  return (
    <section aria-labelledby="feedback-recipients-heading" className="sr-section">
      <Heading level={3} id="feedback-recipients-heading">
        {t('feedback.recipients.heading')}
      </Heading>
      <dl className="sr-fact-list">
        <dt>{t('feedback.recipients.total')}</dt>
        <dd>{counts.total}</dd>
        {DELIVERY_STATUSES.map((s) => (
          <Fragment key={s}>
            <dt>{t(`feedback.deliveryStatuses.${s}`)}</dt>
            <dd>{countOf(s)}</dd>
          </Fragment>
        ))}
      </dl>
      <div aria-live="polite">
        <Paragraph>
          {view.status === 'draft'
            ? t('feedback.recipients.notSentYet')
            : delivering
              ? t('feedback.recipients.delivering', { sent: counts.sent, total: counts.total })
              : t('feedback.recipients.settled')}
        </Paragraph>
      </div>
      <OutcomeMessage outcome={outcome} />
      <div className="sr-inline-form">
        <Field id="feedback-recipients-status" label={t('feedback.recipients.filter')}>
          {(control) => (
            <Select
              {...control}
              value={status}
              onChange={(event) => setStatus(DELIVERY_STATUSES.find((s) => s === event.target.value) ?? '')}
            >
              <option value="">{t('feedback.recipients.allStatuses', { count: counts.total })}</option>
              {DELIVERY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t('feedback.recipients.statusOption', {
                    status: t(`feedback.deliveryStatuses.${s}`),
                    count: countOf(s),
                  })}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      {failed && (
        <Alert type="error" role="alert">
          {failed}
        </Alert>
      )}
      {!list && !failed && <Paragraph role="status">{t('layout.loading')}</Paragraph>}
      {list &&
        (list.items.length === 0 ? (
          <Paragraph>{t('feedback.recipients.empty')}</Paragraph>
        ) : (
          <ul className="sr-card-list" aria-labelledby="feedback-recipients-heading">
            {list.items.map((recipient) => (
              <RecipientItem
                key={recipient.id}
                caseId={caseId}
                recipient={recipient}
                onMarked={marked}
                onConflict={refresh}
              />
            ))}
          </ul>
        ))}
      <MoreButton nextCursor={list?.nextCursor} loading={loadingMore} onMore={loadMore}>
        {t('staff.more')}
      </MoreButton>
    </section>
  );
}

interface ItemProps {
  caseId: string;
  recipient: FeedbackRecipient;
  onMarked: () => void;
  onConflict: () => void;
}

function RecipientItem({ caseId, recipient, onMarked, onConflict }: ItemProps) {
  const { t, language } = useI18n();
  const status = (() => {
    switch (recipient.status) {
      case 'sent':
        return recipient.deliveredAt
          ? t('feedback.recipients.sentAt', { date: formatDateTime(recipient.deliveredAt, language) })
          : t('feedback.deliveryStatuses.sent');
      case 'undeliverable':
        return t('feedback.recipients.undeliverable', {
          reason: reasonLabel(t, recipient.undeliverableReason) || '–',
        });
      case 'pending':
        return t('feedback.deliveryStatuses.pending');
    }
  })();
  return (
    <li className="sr-card">
      <Paragraph className="sr-card__title">
        {recipient.email ?? t('feedback.recipients.noAddress')}
      </Paragraph>
      <Paragraph className="sr-meta">
        {t('feedback.recipients.line', {
          kind: t(`feedback.kinds.${recipient.kind}`),
          locale: t(`feedback.locales.${recipient.locale}`),
        })}
      </Paragraph>
      <Paragraph>{status}</Paragraph>
      {recipient.helped && (
        <Paragraph>
          {t('feedback.recipients.answer', { answer: t(`feedback.helped.${recipient.helped}`) })}
          {recipient.responseComment && (
            <>
              {' '}
              <q>{recipient.responseComment}</q>
            </>
          )}
        </Paragraph>
      )}
      {recipient.status === 'pending' && (
        <UndeliverableAction
          caseId={caseId}
          recipient={recipient}
          onMarked={onMarked}
          onConflict={onConflict}
        />
      )}
    </li>
  );
}

/** "Record as undeliverable": a link-like button that opens a small form for the reason. */
function UndeliverableAction({ caseId, recipient, onMarked, onConflict }: ItemProps) {
  const { t } = useI18n();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const { busy, outcome, send } = useStaffChange(onConflict);
  const id = `feedback-undeliverable-${recipient.id}`;
  const who = recipient.email ?? t('feedback.recipients.noAddress');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('staff.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    void send(
      () =>
        api.POST('/api/cases/{id}/feedback/recipients/{recipientId}/undeliverable', {
          params: { path: { id: caseId, recipientId: recipient.id } },
          body: { reason: reason.trim() },
        }),
      () => onMarked(),
    );
  };

  if (!open) {
    return (
      <LinkButton aria-label={t('feedback.recipients.markFor', { who })} onClick={() => setOpen(true)}>
        {t('feedback.recipients.mark')}
      </LinkButton>
    );
  }
  return (
    <form noValidate className="sr-inline-form" onSubmit={submit}>
      <OutcomeMessage outcome={outcome} />
      <TextareaField
        id={id}
        label={t('feedback.recipients.reason')}
        help={t('feedback.recipients.reasonHelp', { who })}
        error={reasonError}
        required
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('feedback.recipients.markSubmit')}
        </Button>
        <Button appearance="subtle-button" disabled={busy} onClick={() => setOpen(false)}>
          {t('feedback.send.cancel')}
        </Button>
      </div>
    </form>
  );
}
