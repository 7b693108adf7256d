// Who a targeted call reaches: active members whose profile matches the call's domains and regions.
// One SQL condition, used to count the audience before publishing and to invite it afterwards.
import type { Domain } from '@app/workflow';

export interface CallAudience {
  audienceEveryone: boolean;
  audienceDomains: readonly Domain[];
  audienceRegions: readonly string[];
}

/** True when the audience names someone: everyone, or at least one domain or region. */
export function isAudienceChosen(audience: CallAudience): boolean {
  return (
    audience.audienceEveryone || audience.audienceDomains.length > 0 || audience.audienceRegions.length > 0
  );
}

/**
 * A WHERE condition on `users` under `alias`, with its parameters numbered from `firstParam`. Regions
 * compare without case ("Utrecht" and "utrecht" are one region).
 */
export function audienceCondition(
  alias: string,
  audience: CallAudience,
  firstParam: number,
): { sql: string; params: unknown[] } {
  const parts = [`${alias}.role = 'member'`, `${alias}.active`];
  const params: unknown[] = [];
  if (!audience.audienceEveryone) {
    if (audience.audienceDomains.length > 0) {
      params.push(audience.audienceDomains);
      parts.push(`${alias}.domains && $${firstParam + params.length - 1}::varchar[]`);
    }
    if (audience.audienceRegions.length > 0) {
      params.push(audience.audienceRegions.map((region) => region.toLowerCase()));
      parts.push(`lower(${alias}.region) = ANY($${firstParam + params.length - 1}::text[])`);
    }
  }
  return { sql: parts.join(' AND '), params };
}
