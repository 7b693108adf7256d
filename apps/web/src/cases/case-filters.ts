import type { components } from '../api/schema';

type CaseSummary = components['schemas']['CaseSummaryDto'];
export type Domain = CaseSummary['domains'][number];
export type HandlingOption = NonNullable<CaseSummary['handlingOption']>;
export type CaseStep = CaseSummary['step'];

export const DOMAINS: readonly Domain[] = [
  'education',
  'childcare',
  'youth_care',
  'care',
  'welfare',
  'municipality',
];
export const HANDLING_OPTIONS: readonly HandlingOption[] = [
  'agenda_lobby',
  'knowledge_sharing',
  'data_research',
  'professional_development',
  'funding_experiment',
  'policy_framework',
];
/** The open steps as columns; the finished ones come after, folded away. */
export const OPEN_STEPS: readonly CaseStep[] = ['recognition', 'deepening', 'sharing', 'agenda', 'feedback'];
export const DONE_STEPS: readonly CaseStep[] = ['closed', 'archived'];

export interface CaseFilters {
  q?: string;
  domain?: Domain;
  region?: string;
  handlingOption?: HandlingOption;
}

/** The filters from the address, so a filtered board can be bookmarked and shared; unknown codes are ignored. */
export function readFilters(search: URLSearchParams): CaseFilters {
  const q = search.get('q')?.trim() || undefined;
  const domain = DOMAINS.find((d) => d === search.get('domain'));
  const region = search.get('region')?.trim().slice(0, 100) || undefined;
  const handlingOption = HANDLING_OPTIONS.find((o) => o === search.get('handlingOption'));
  return { q, domain, region, handlingOption };
}
