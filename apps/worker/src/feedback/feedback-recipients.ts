// Who a case's feedback goes to: every submitter of every linked signal, and every respondent of the
// case's targeted calls. One row per address per case (the unique index), so someone who both
// submitted and answered gets it once, as a submitter. Someone it cannot reach is recorded with why.
import type { EntityManager } from 'typeorm';
import { FeedbackRecipientEntity } from '@app/persistence';
import type { FeedbackDeliveryStatus, FeedbackRecipientKind, Locale } from '@app/workflow';

/** Rows per INSERT: well under Postgres' parameter limit, few round trips for thousands. */
const INSERT_BATCH = 1000;

export const UNDELIVERABLE_REASONS = {
  noAddress: 'no e-mail address',
  noConsent: 'no consent to contact',
  accountInactive: 'account deactivated',
} as const;

export interface RecipientRow {
  kind: FeedbackRecipientKind;
  signalId: string | null;
  callAnswerId: string | null;
  email: string;
  locale: Locale;
  status: FeedbackDeliveryStatus;
  undeliverableReason: string | null;
}

/**
 * The unique (case, email) index allows one row per address per case; a submitter without an address
 * (or without consent) still needs a row of their own to say why feedback cannot reach them. Their
 * `email` is this key instead: it has no "@", so it is never taken for an address nor meets a real one.
 */
export function noAddressKey(sourceId: string): string {
  return `none:${sourceId}`;
}

interface SignalSource {
  id: string;
  email: string | null;
  consent_contact: boolean;
  locale: string;
}

interface AnswerSource {
  id: string;
  user_id: string | null;
  email: string | null;
  active: boolean | null;
  locale: string | null;
}

function asLocale(value: string | null): Locale {
  return value === 'en' ? 'en' : 'nl';
}

export function submitterRow(signal: SignalSource): RecipientRow {
  const email = signal.email?.trim().toLowerCase() ?? '';
  const base = {
    kind: 'submitter' as const,
    signalId: signal.id,
    callAnswerId: null,
    locale: asLocale(signal.locale),
  };
  if (!email)
    return {
      ...base,
      email: noAddressKey(signal.id),
      status: 'undeliverable',
      undeliverableReason: UNDELIVERABLE_REASONS.noAddress,
    };
  // Without consent the address is not copied here at all: feedback may not use it.
  if (!signal.consent_contact)
    return {
      ...base,
      email: noAddressKey(signal.id),
      status: 'undeliverable',
      undeliverableReason: UNDELIVERABLE_REASONS.noConsent,
    };
  return { ...base, email, status: 'pending', undeliverableReason: null };
}

/**
 * call_answers has no consent column, and the schema stays as it is: answering a targeted call (which
 * asks about this very case, and for which an anonymous respondent confirmed their address) counts as
 * consent to hear back about that case. A member is reached at their account's address, an anonymous
 * respondent at the confirmed one; a deactivated account is recorded as unreachable.
 */
export function respondentRow(answer: AnswerSource): RecipientRow {
  const email = answer.email?.trim().toLowerCase() ?? '';
  const base = {
    kind: 'respondent' as const,
    signalId: null,
    callAnswerId: answer.id,
    locale: asLocale(answer.locale),
  };
  if (answer.user_id && answer.active === false)
    return {
      ...base,
      email: noAddressKey(answer.id),
      status: 'undeliverable',
      undeliverableReason: UNDELIVERABLE_REASONS.accountInactive,
    };
  if (!email)
    return {
      ...base,
      email: noAddressKey(answer.id),
      status: 'undeliverable',
      undeliverableReason: UNDELIVERABLE_REASONS.noAddress,
    };
  return { ...base, email, status: 'pending', undeliverableReason: null };
}

/** Every recipient of the case, submitters first (so who both submitted and answered is a submitter). */
export async function gatherRecipients(manager: EntityManager, caseId: string): Promise<RecipientRow[]> {
  const signals = (await manager.query(
    `SELECT id, email, consent_contact, locale FROM signals WHERE case_id = $1
      ORDER BY linked_at NULLS LAST, created_at, id`,
    [caseId],
  )) as SignalSource[];
  const answers = (await manager.query(
    `SELECT a.id, a.user_id, COALESCE(u.email, a.email) AS email, u.active, u.locale
       FROM call_answers a
       JOIN calls c ON c.id = a.call_id
       LEFT JOIN users u ON u.id = a.user_id
      WHERE c.case_id = $1 AND c.kind = 'targeted'
      ORDER BY a.answered_at, a.id`,
    [caseId],
  )) as AnswerSource[];
  return [...signals.map(submitterRow), ...answers.map(respondentRow)];
}

/** Inserts the rows; an address already there (for this case) is skipped. Returns how many were new. */
export async function insertRecipients(
  manager: EntityManager,
  caseId: string,
  rows: readonly RecipientRow[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(FeedbackRecipientEntity)
      .values(rows.slice(start, start + INSERT_BATCH).map((row) => ({ ...row, caseId })))
      .orIgnore()
      .returning('id')
      .execute();
    inserted += (result.raw as unknown[]).length;
  }
  return inserted;
}
