// An answer to a targeted call while it is filled in, where it starts from (an earlier answer or the
// member's profile), and the body it becomes.
import {
  publicCallAnswerDtoDomainValues,
  publicCallAnswerDtoOrganisationTypeValues,
  publicCallAnswerDtoRecognitionValues,
  publicCallAnswerDtoUrgencyValues,
  type components,
} from '../api/schema';
import type { FormErrors } from '../api/form-errors';
import type { MessageKey } from '../i18n/messages';

export type PublicCallAnswer = components['schemas']['PublicCallAnswerDto'];
export type CallAnswer = components['schemas']['CallAnswerDto'];
export type OwnAnswer = components['schemas']['OwnAnswerDto'];
export type AnswerOutcome = components['schemas']['AnswerOutcomeDto'];
export type Recognition = CallAnswer['recognition'];
export type Urgency = CallAnswer['urgency'];
export type Domain = CallAnswer['domain'];
export type OrganisationType = CallAnswer['organisationType'];

export const RECOGNITIONS = publicCallAnswerDtoRecognitionValues;
export const URGENCIES = publicCallAnswerDtoUrgencyValues;
export const ANSWER_DOMAINS = publicCallAnswerDtoDomainValues;
export const ORGANISATION_TYPES = publicCallAnswerDtoOrganisationTypeValues;

/** In the order they appear on the form. */
export const ANSWER_FIELDS = [
  'recognition',
  'urgency',
  'needed',
  'comment',
  'domain',
  'region',
  'organisationType',
  'organisation',
  'consentPublication',
  'email',
] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

export interface AnswerDraft {
  recognition: Recognition | '';
  urgency: Urgency | '';
  needed: string;
  comment: string;
  domain: Domain | '';
  region: string;
  organisationType: OrganisationType | '';
  organisation: string;
  consentPublication: boolean;
  email: string;
}

export const EMPTY_ANSWER: AnswerDraft = {
  recognition: '',
  urgency: '',
  needed: '',
  comment: '',
  domain: '',
  region: '',
  organisationType: '',
  organisation: '',
  consentPublication: false,
  email: '',
};

export interface Profile {
  domains: readonly Domain[];
  region: string | null;
  organisationType: OrganisationType | null;
  organisation: string | null;
}

/** A new answer starts from what the profile says about the respondent. */
export function draftFromProfile(profile: Profile): AnswerDraft {
  return {
    ...EMPTY_ANSWER,
    domain: profile.domains[0] ?? '',
    region: profile.region ?? '',
    organisationType: profile.organisationType ?? '',
    organisation: profile.organisation ?? '',
  };
}

export function draftFromAnswer(answer: OwnAnswer): AnswerDraft {
  return {
    recognition: answer.recognition,
    urgency: answer.urgency,
    needed: answer.needed,
    comment: answer.comment ?? '',
    domain: answer.domain,
    region: answer.region,
    organisationType: answer.organisationType,
    organisation: answer.organisation ?? '',
    consentPublication: answer.consentPublication ?? false,
    email: '',
  };
}

const CHOICE_MESSAGES = {
  recognition: 'answer.chooseRecognition',
  urgency: 'answer.chooseUrgency',
  domain: 'answer.chooseDomain',
  organisationType: 'answer.chooseOrganisationType',
} as const satisfies Partial<Record<AnswerField, MessageKey>>;

/**
 * The body to send, or what is missing: the choices are checked here (the API cannot be sent an empty
 * choice), the texts by the API, which words its own messages.
 */
export function toAnswerBody(
  draft: AnswerDraft,
  withEmail: boolean,
  t: (key: MessageKey) => string,
): { body: PublicCallAnswer } | { errors: FormErrors<AnswerField> } {
  const { recognition, urgency, domain, organisationType } = draft;
  if (!recognition || !urgency || !domain || !organisationType) {
    const byField: Partial<Record<AnswerField, string>> = {};
    for (const [field, key] of Object.entries(CHOICE_MESSAGES) as [
      keyof typeof CHOICE_MESSAGES,
      MessageKey,
    ][]) {
      if (!draft[field]) byField[field] = t(key);
    }
    return { errors: { byField, other: [] } };
  }
  const filled = (value: string) => value.trim() || undefined;
  return {
    body: {
      recognition,
      urgency,
      needed: draft.needed.trim(),
      comment: filled(draft.comment),
      domain,
      region: draft.region.trim(),
      organisationType,
      organisation: filled(draft.organisation),
      consentPublication: draft.consentPublication,
      email: withEmail ? filled(draft.email) : undefined,
    },
  };
}

export function answerTargetId(field: AnswerField): string {
  if (field === 'recognition') return `answer-recognition-${RECOGNITIONS[0] ?? ''}`;
  if (field === 'urgency') return `answer-urgency-${URGENCIES[0] ?? ''}`;
  return `answer-${field}`;
}
