import { describe, expect, it } from '@jest/globals';
import { summaryItems, toSignalFormErrors } from './signal-fields';

describe('placing the API field errors on the form', () => {
  it('puts nested and list paths at the control they belong to', () => {
    const errors = toSignalFormErrors([
      { field: 'consent.contact', message: 'Geef toestemming voor contact, of laat je e-mailadres leeg.' },
      { field: 'consent.publication', message: 'Toestemming voor publicatie moet waar of onwaar zijn.' },
      { field: 'domains.1', message: 'Domeinen heeft een onbekende waarde.' },
    ]);
    expect(errors.byField).toEqual({
      contact: 'Geef toestemming voor contact, of laat je e-mailadres leeg.',
      publication: 'Toestemming voor publicatie moet waar of onwaar zijn.',
      domains: 'Domeinen heeft een onbekende waarde.',
    });
    expect(errors.other).toEqual([]);
  });

  it('keeps the first message per field and collects what belongs to no field', () => {
    const errors = toSignalFormErrors([
      { field: 'title', message: 'Titel is verplicht.' },
      { field: 'title', message: 'Titel moet tekst zijn.' },
      { field: 'priority', message: 'priority is geen bekend veld.' },
    ]);
    expect(errors.byField).toEqual({ title: 'Titel is verplicht.' });
    expect(errors.other).toEqual(['priority is geen bekend veld.']);
  });

  it('lists the summary in the order of the form, linking to the controls', () => {
    const items = summaryItems({
      byField: {
        email: 'E-mailadres is geen geldig e-mailadres.',
        kind: 'Soort melding heeft een onbekende waarde.',
      },
      other: ['Oproep is geen geldige id.'],
    });
    expect(items).toEqual([
      { message: 'Soort melding heeft een onbekende waarde.', targetId: 'signal-kind-bottleneck' },
      { message: 'E-mailadres is geen geldig e-mailadres.', targetId: 'signal-email' },
      { message: 'Oproep is geen geldige id.' },
    ]);
  });
});
