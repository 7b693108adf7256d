// While someone types, look for personal data of a child or family with the same detector the API's
// triage uses (libs/triage), so the form warns about what an adviser would otherwise have to remove.
import { useMemo } from 'react';
import type { PersonalDataKind } from '@app/persistence';
import { findPersonalData } from '@app/triage/personal-data.detector';

export type PersonalDataByField = Record<'title' | 'description', PersonalDataKind[]>;

/** The kinds of personal data found per field, each kind once, in the order they appear. */
export function usePersonalData(title: string, description: string): PersonalDataByField {
  return useMemo(() => {
    const found: PersonalDataByField = { title: [], description: [] };
    for (const finding of findPersonalData(title, description)) {
      const kinds = found[finding.field];
      if (!kinds.includes(finding.kind)) kinds.push(finding.kind);
    }
    return found;
  }, [title, description]);
}
