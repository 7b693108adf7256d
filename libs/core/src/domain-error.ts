// Errors the domain raises on purpose. Each has a stable code that the API maps to one HTTP status in
// one place (the exception filter), and a message a person can act on.

export type DomainErrorCode =
  | 'not_found'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf_failed'
  | 'version_conflict'
  | 'transition_not_allowed'
  | 'role_not_allowed'
  | 'reason_required'
  | 'guard_failed'
  | 'idempotency_conflict'
  | 'rate_limited'
  | 'conflict'
  | 'link_invalid'
  | 'invalid_assignment'
  | 'analysis_incomplete'
  | 'rule_violated'
  | 'service_unavailable';

/** A message a person reads, in Dutch and English. */
export interface LocalizedMessage {
  nl: string;
  en: string;
}

export class DomainError extends Error {
  /** Set when the message was written for the person who sent the request, in both languages. */
  readonly localized?: LocalizedMessage;

  constructor(
    readonly code: DomainErrorCode,
    message: string | LocalizedMessage,
    readonly details?: Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'DomainError';
    if (typeof message !== 'string') this.localized = message;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('not_found', `${what} ${id} was not found.`, { id });
  }
}
