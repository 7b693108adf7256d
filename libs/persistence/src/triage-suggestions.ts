import type { Domain, HandlingOption } from '@app/workflow';

/** What the triage job stores on a signal for the adviser. */
export interface SimilarSuggestion {
  signalId: string;
  caseId: string | null;
  score: number;
}

export type PersonalDataKind = 'email' | 'phone' | 'bsn' | 'postcode_house_number' | 'date_of_birth';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  field: 'title' | 'description';
  /** Character offsets in the field, so the interface can mark the text without repeating it. */
  start: number;
  end: number;
}

export interface TriageSuggestions {
  similar: SimilarSuggestion[];
  domains: Domain[];
  handlingOption: HandlingOption | null;
  personalData: PersonalDataFinding[];
}
