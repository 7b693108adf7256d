// The call vocabulary as the API's contract types it, and the lists of codes the forms offer.
import {
  createCallDtoAudienceDomainsValues,
  createCallDtoChannelsValues,
  createCallDtoKindValues,
  type components,
} from '../api/schema';

export type Call = components['schemas']['CallDto'];
export type PublicCall = components['schemas']['PublicCallDto'];
export type CallKind = Call['kind'];
export type CallStatus = Call['status'];
export type Channel = Call['channels'][number];
export type Domain = Call['audienceDomains'][number];

export const CALL_KINDS = createCallDtoKindValues;
export const CHANNELS = createCallDtoChannelsValues;
export const DOMAINS = createCallDtoAudienceDomainsValues;

/** A call's audience: everyone, or members in any of the domains and (when given) any of the regions. */
export interface Audience {
  everyone: boolean;
  domains: readonly Domain[];
  regions: readonly string[];
}

export function isAudienceChosen(audience: Audience): boolean {
  return audience.everyone || audience.domains.length > 0 || audience.regions.length > 0;
}

/** "Utrecht, Amersfoort" as a list, without empty entries or doubles. */
export function parseRegions(text: string): string[] {
  const regions = text
    .split(/[,;\n]/)
    .map((region) => region.trim())
    .filter(Boolean);
  return [...new Set(regions)];
}
