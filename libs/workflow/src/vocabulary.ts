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
