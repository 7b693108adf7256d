// The rules a call must keep, with the message a person reads when it does not.
import { DomainError, isAudienceChosen, type CallAudience } from '@app/core';
import type { CallEntity } from '@app/persistence';

function violated(nl: string, en: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('rule_violated', { nl, en }, details);
}

/** A call's dates: it closes after it opens, and not in the past. */
export function checkCallDates(opensAt: Date, closesAt: Date, now = new Date()): void {
  if (closesAt.getTime() <= now.getTime()) {
    throw violated('De sluitdatum moet in de toekomst liggen.', 'The close date must be in the future.', {
      field: 'closesAt',
    });
  }
  if (closesAt.getTime() <= opensAt.getTime()) {
    throw violated('De oproep moet sluiten na de opening.', 'The call must close after it opens.', {
      field: 'closesAt',
    });
  }
}

export function checkAudience(audience: CallAudience): void {
  if (!isAudienceChosen(audience)) {
    throw violated(
      'Kies wie de gerichte oproep krijgt: domeinen, regio’s of iedereen.',
      'Choose who gets the targeted call: domains, regions or everyone.',
      { field: 'audienceEveryone' },
    );
  }
}

/** Answers are taken while a published call is open: from its opening until its close. */
export function isAnswerable(call: CallEntity, now = new Date()): boolean {
  return (
    call.status === 'published' &&
    call.opensAt.getTime() <= now.getTime() &&
    now.getTime() < call.closesAt.getTime()
  );
}

export function callNotOpen(): DomainError {
  return new DomainError('conflict', {
    nl: 'Deze oproep is niet (meer) open voor antwoorden.',
    en: 'This call is not open for answers (any more).',
  });
}
