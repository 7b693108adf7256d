// Field names as people read them, for validation messages.
import type { Locale } from '@app/workflow';

const LABELS: Record<string, Record<Locale, string>> = {
  title: { nl: 'Titel', en: 'Title' },
  description: { nl: 'Beschrijving', en: 'Description' },
  kind: { nl: 'Soort melding', en: 'Kind' },
  domains: { nl: 'Domeinen', en: 'Domains' },
  region: { nl: 'Regio', en: 'Region' },
  submitterRole: { nl: 'Je rol', en: 'Your role' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  channel: { nl: 'Kanaal', en: 'Channel' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  consent: { nl: 'Toestemming', en: 'Consent' },
  contact: { nl: 'Toestemming voor contact', en: 'Consent to contact' },
  publication: { nl: 'Toestemming voor publicatie', en: 'Consent to publication' },
  callId: { nl: 'Oproep', en: 'Call' },
  caseId: { nl: 'Knelpunt', en: 'Case' },
  reason: { nl: 'Reden', en: 'Reason' },
  to: { nl: 'Volgende stap', en: 'Next step' },
  expectedVersion: { nl: 'Versie', en: 'Version' },
  handlingOption: { nl: 'Handelingsoptie', en: 'Handling option' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  step: { nl: 'Stap', en: 'Step' },
  domain: { nl: 'Domein', en: 'Domain' },
  q: { nl: 'Zoekterm', en: 'Search term' },
  cursor: { nl: 'Cursor', en: 'Cursor' },
  limit: { nl: 'Aantal', en: 'Limit' },
  locale: { nl: 'Taal', en: 'Language' },
  password: { nl: 'Wachtwoord', en: 'Password' },
  token: { nl: 'Link', en: 'Link' },
  displayName: { nl: 'Naam', en: 'Name' },
  role: { nl: 'Rol', en: 'Role' },
  expertId: { nl: 'Expert', en: 'Expert' },
  external: { nl: 'Externe expert', en: 'External expert' },
  name: { nl: 'Naam', en: 'Name' },
  dueOn: { nl: 'Klaar op', en: 'Due date' },
  causeAreas: { nl: 'Oorzaakgebieden', en: 'Cause areas' },
  playsRole: { nl: 'Speelt een rol', en: 'Plays a role' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  rootCauseSummary: { nl: 'Samenvatting van de oorzaak', en: 'Root-cause summary' },
  recommendations: { nl: 'Aanbevelingen', en: 'Recommendations' },
  proposedHandlingOption: { nl: 'Voorgestelde handelingsoptie', en: 'Proposed handling option' },
  submit: { nl: 'Indienen', en: 'Submit' },
};

export function fieldLabel(path: string, locale: Locale): string {
  const last = path.split('.').pop() ?? path;
  return LABELS[last]?.[locale] ?? path;
}
