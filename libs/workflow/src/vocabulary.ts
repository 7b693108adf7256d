// The codes of the domain (see shared/design/domain.md). Labels live in the interface, codes here.

export const ROLES = ['member', 'adviser', 'expert', 'liaison', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The roles of the organisation's own people: invited by an admin, they sign in with a password. */
export const STAFF_ROLES = ['adviser', 'expert', 'liaison', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: Role): role is StaffRole {
  return role !== 'member';
}

/** Who acts on a transition: a person with a role, or the system itself (a job). */
export type Actor = Role | 'system';

export const DOMAINS = ['education', 'childcare', 'youth_care', 'care', 'welfare', 'municipality'] as const;
export type Domain = (typeof DOMAINS)[number];

export const CHANNELS = [
  'website',
  'linkedin',
  'platform_vakmanschap',
  'newsletter',
  'intake_interview',
  'field',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const SUBMITTER_ROLES = [
  'teacher',
  'school_leader',
  'childcare_professional',
  'childcare_manager',
  'youth_care_professional',
  'care_professional',
  'special_needs_coordinator',
  'parent',
  'young_person',
  'policy_officer',
  'director',
  'other',
] as const;
export type SubmitterRole = (typeof SUBMITTER_ROLES)[number];

export const SIGNAL_KINDS = ['bottleneck', 'good_practice'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const HANDLING_OPTIONS = [
  'agenda_lobby',
  'knowledge_sharing',
  'data_research',
  'professional_development',
  'funding_experiment',
  'policy_framework',
] as const;
export type HandlingOption = (typeof HANDLING_OPTIONS)[number];

export const CAUSE_AREAS = [
  'legislation',
  'steering_accountability',
  'funding',
  'decision_making',
  'communication',
] as const;
export type CauseArea = (typeof CAUSE_AREAS)[number];

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The kind of organisation a respondent works for (or `parent_youth` for parents and young people). */
export const ORGANISATION_TYPES = [
  'school',
  'childcare_organisation',
  'youth_care_provider',
  'care_provider',
  'welfare_organisation',
  'municipality',
  'national_body',
  'parent_youth',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** An open call asks broadly where people get stuck; a targeted call asks about one case (step 3). */
export const CALL_KINDS = ['open', 'targeted'] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export const CALL_STATUSES = ['draft', 'published', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** The answer to "do you recognise this bottleneck?". */
export const RECOGNITION_ANSWERS = ['recognised', 'partly', 'not_recognised'] as const;
export type RecognitionAnswer = (typeof RECOGNITION_ANSWERS)[number];

export const URGENCIES = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What the recognition check recommends, from the tally and the admin's thresholds. */
export const RECOGNITION_RECOMMENDATIONS = ['broad', 'partial', 'isolated'] as const;
export type RecognitionRecommendation = (typeof RECOGNITION_RECOMMENDATIONS)[number];

/** An expert's analysis is a draft until the expert submits it. */
export const ANALYSIS_STATUSES = ['draft', 'submitted'] as const;
export type AnalysisStatus = (typeof ANALYSIS_STATUSES)[number];

/** What the network shares in step 5 (Delen). */
export const PUBLICATION_KINDS = ['interview', 'podcast', 'blikvanger', 'newsletter'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export const PUBLICATION_STATUSES = ['draft', 'review', 'published'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** What the publication check found in a text; each blocks publishing until fixed or accepted. */
export const FINDING_KINDS = [
  'email',
  'phone',
  'bsn',
  'address',
  'date_of_birth',
  'person_name',
  'child_or_school',
  'unconsented_quote',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_STATUSES = ['open', 'fixed', 'accepted'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** The register of national tables and bodies (step 6, Agenderen). */
export const TABLE_KINDS = ['table', 'ministry', 'association', 'council', 'other'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** An agenda item's way from proposal to closure at one table. */
export const AGENDA_STATUSES = [
  'proposed',
  'submitted',
  'scheduled',
  'discussed',
  'outcome',
  'follow_up',
  'closed',
] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export const AGENDA_OUTCOMES = ['commitment', 'decision', 'referred_on', 'declined', 'no_result'] as const;
export type AgendaOutcome = (typeof AGENDA_OUTCOMES)[number];

/** Feedback (step 7) goes to submitters and to call respondents who consented to contact. */
export const FEEDBACK_RECIPIENT_KINDS = ['submitter', 'respondent'] as const;
export type FeedbackRecipientKind = (typeof FEEDBACK_RECIPIENT_KINDS)[number];

export const FEEDBACK_DELIVERY_STATUSES = ['pending', 'sent', 'undeliverable'] as const;
export type FeedbackDeliveryStatus = (typeof FEEDBACK_DELIVERY_STATUSES)[number];

export const FEEDBACK_MESSAGE_STATUSES = ['draft', 'sending', 'sent'] as const;
export type FeedbackMessageStatus = (typeof FEEDBACK_MESSAGE_STATUSES)[number];

/** "Did this help?" at the end of every feedback message. */
export const HELPFULNESS = ['yes', 'partly', 'no'] as const;
export type Helpfulness = (typeof HELPFULNESS)[number];
