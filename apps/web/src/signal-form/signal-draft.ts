// What someone is filling in, and the request body it becomes. The body's type is the API's own
// (generated from openapi.json), so a changed contract shows up here at compile time.
import type { components } from '../api/schema';

export type CreateSignalRequest = components['schemas']['CreateSignalDto'];
export type Domain = CreateSignalRequest['domains'][number];
export type SignalKind = NonNullable<CreateSignalRequest['kind']>;
export type SubmitterRole = NonNullable<CreateSignalRequest['submitterRole']>;

export interface SignalDraft {
  kind: SignalKind;
  title: string;
  description: string;
  domains: Domain[];
  region: string;
  submitterRole: SubmitterRole | '';
  organisation: string;
  /** Consent to be contacted; the e-mail address is asked for, and sent, only with it. */
  contact: boolean;
  email: string;
  publication: boolean;
}

export const EMPTY_DRAFT: SignalDraft = {
  kind: 'bottleneck',
  title: '',
  description: '',
  domains: [],
  region: '',
  submitterRole: '',
  organisation: '',
  contact: false,
  email: '',
  publication: false,
};

/** Optional fields only when filled in; the e-mail address only together with consent to contact. */
export function toCreateSignalRequest(draft: SignalDraft, callId?: string): CreateSignalRequest {
  const filled = (value: string) => value.trim() || undefined;
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    description: draft.description.trim(),
    domains: draft.domains,
    region: filled(draft.region),
    submitterRole: draft.submitterRole || undefined,
    organisation: filled(draft.organisation),
    email: draft.contact ? filled(draft.email) : undefined,
    consent: { contact: draft.contact, publication: draft.publication },
    callId,
  };
}
