import { describe, expect, it } from '@jest/globals';
import type { FindingKind } from '@app/workflow';
import { loadPracticeSignals } from './fixtures/practice-signals.fixture';
import { passesElfproef } from './personal-data.detector';
import {
  findPublicationPrivacyIssues,
  type PublicationTexts,
  type SourceSignal,
} from './publication-privacy.detector';

const signal = (overrides: Partial<SourceSignal> = {}): SourceSignal => ({
  title: 'Geen plek voor onze zoon',
  description: 'De opvang heeft geen plek.',
  organisation: null,
  region: null,
  consentPublication: false,
  ...overrides,
});

/** What was found in a body, as [kind, marked text] pairs in order. */
function marked(body: string, signals: readonly SourceSignal[] = []): Array<[FindingKind, string]> {
  return findPublicationPrivacyIssues(
    { title: 'Inzicht', summary: '', body, callToAction: null },
    signals,
  ).map((finding) => [finding.kind, finding.text]);
}

describe('findPublicationPrivacyIssues', () => {
  describe('contact details, numbers, addresses and dates (the signal detector, reused)', () => {
    it.each<[string, FindingKind, string]>([
      ['Mail naar j.de.vries@kindcentrum.nl voor meer.', 'email', 'j.de.vries@kindcentrum.nl'],
      ['Bel haar op 06-12345678 of later.', 'phone', '06-12345678'],
      ['Bel het kantoor op +31 (0)30 1234567.', 'phone', '+31 (0)30 1234567'],
      ['Het nummer 123456782 stond op de brief.', 'bsn', '123456782'],
      ['Ze wonen aan de Dorpsstraat 12 in het dorp.', 'address', 'Dorpsstraat 12'],
      ['Het adres is 1234 AB 12a, achterom.', 'address', '1234 AB 12a'],
      ['Ze wonen in postcodegebied 3511 AB, vlak bij school.', 'address', '3511 AB'],
      ['Zij is geboren op 12 maart 2016 in Utrecht.', 'date_of_birth', '12 maart 2016'],
    ])('flags "%s"', (body, kind, text) => {
      expect(marked(body)).toEqual([[kind, text]]);
    });

    it('applies the 11-proof to nine digits: only a number that passes it is a BSN', () => {
      expect(passesElfproef('123456782')).toBe(true);
      expect(passesElfproef('111222333')).toBe(true);
      expect(passesElfproef('123456789')).toBe(false);
      expect(passesElfproef('000000000')).toBe(false);
      expect(marked('Dossiernummer 123456789 en 111222333.')).toEqual([['bsn', '111222333']]);
    });

    it('does not take a year and an abbreviation for a postcode', () => {
      expect(marked('In 2023 EU-subsidie en in 2024 VWS-geld, 45 kinderen.')).toEqual([]);
    });
  });

  describe('names of people', () => {
    it('flags first names from the list, with a surname that follows', () => {
      expect(marked('We spraken Sanne Bakker en later ook Mohammed over de wachtlijst.')).toEqual([
        ['person_name', 'Sanne Bakker'],
        ['person_name', 'Mohammed'],
      ]);
    });

    it('flags names after a person cue, also surnames and with particles', () => {
      expect(marked('Volgens mevrouw Jansen en meneer de Vries, en dhr. Öztürk, klopt het.')).toEqual([
        ['person_name', 'Jansen'],
        ['person_name', 'de Vries'],
        ['person_name', 'Öztürk'],
      ]);
    });

    it('flags the names the signals of the case mention, wherever they recur', () => {
      const signals = [
        signal({ description: 'Ik sprak met Yvonne Brouwersma en haar buurvrouw Tjitske over de opvang.' }),
      ];
      expect(marked('Brouwersma vertelt dat Tjitske en Yvonne het ook zagen.', signals)).toEqual([
        ['person_name', 'Brouwersma'],
        ['person_name', 'Tjitske'],
        ['person_name', 'Yvonne'],
      ]);
    });

    it("collects names in the submitter's organisation, but not a public body's place", () => {
      const signals = [
        signal({ organisation: 'Praktijk Wilhelmina Kranenburg' }),
        signal({ organisation: 'Gemeente Lansingerland' }),
      ];
      expect(marked('Kranenburg en Lansingerland werken samen.', signals)).toEqual([
        ['person_name', 'Kranenburg'],
      ]);
    });

    it('does not flag "Max." before a number, "Jan" before a year, or words that only look like names', () => {
      expect(marked('Max. 20 kinderen per groep. Jan 2024 start de pilot. Ben je er ook?')).toEqual([]);
    });
  });

  describe('children and schools', () => {
    it('marks a name near a child cue or an age as a child', () => {
      expect(marked('Haar zoon Daan kon nergens heen. Lisa (6) wacht al een jaar.')).toEqual([
        ['child_or_school', 'Daan'],
        ['child_or_school', 'Lisa'],
      ]);
    });

    it('keeps an adult named with a cue an adult, even near a child', () => {
      expect(marked('Juf Marieke zag dat het kind niet mee kon.')).toEqual([['person_name', 'Marieke']]);
    });

    it('flags a school once someone is named in the same publication', () => {
      expect(
        findPublicationPrivacyIssues(
          {
            title: 'Emma kon niet mee',
            summary: '',
            body: 'Op basisschool De Regenboog was geen plek.',
            callToAction: null,
          },
          [],
        ).map((f) => [f.field, f.kind, f.text]),
      ).toEqual([
        ['title', 'person_name', 'Emma'],
        ['body', 'child_or_school', 'basisschool De Regenboog'],
      ]);
    });

    it('leaves a school alone when nobody is named', () => {
      expect(marked('Op basisschool De Regenboog werkt de opvang samen met de school.')).toEqual([]);
    });

    it("flags the school a signal names, and the submitter's own school, even without a name", () => {
      const signals = [
        signal({ description: 'Op kindcentrum De Zonnewijzer kreeg onze zoon geen plek.' }),
        signal({ organisation: 'Basisschool De Klimop' }),
      ];
      expect(marked('Bij kindcentrum De Zonnewijzer en IKC De Klimop lukt het nu wel.', signals)).toEqual([
        ['child_or_school', 'kindcentrum De Zonnewijzer'],
        ['child_or_school', 'IKC De Klimop'],
      ]);
    });
  });

  describe('passages copied from a signal', () => {
    const description =
      'Onze dochter moest elke ochtend met de taxi naar een school ver buiten de wijk, terwijl haar vriendjes gewoon om de hoek naar school gingen.';

    it('flags 8 or more consecutive words from a signal whose submitter did not consent', () => {
      const body =
        'Een ouder schreef: "onze dochter moest elke ochtend met de taxi naar een school ver buiten de wijk." Dat raakt ons.';
      expect(marked(body, [signal({ description })])).toEqual([
        [
          'unconsented_quote',
          'onze dochter moest elke ochtend met de taxi naar een school ver buiten de wijk',
        ],
      ]);
    });

    it('does not flag the same passage when the submitter consented', () => {
      const body = 'Een ouder schreef: onze dochter moest elke ochtend met de taxi naar een school ver weg.';
      expect(marked(body, [signal({ description, consentPublication: true })])).toEqual([]);
    });

    it('does not flag seven words in a row, or words in another order', () => {
      const body =
        'Onze dochter moest elke ochtend met de bus. Elke ochtend moest onze dochter met de taxi naar een school.';
      expect(marked(body, [signal({ description })])).toEqual([]);
    });
  });

  it('gives each finding its field and offsets into that field', () => {
    const texts: PublicationTexts = {
      title: 'Bel 06-12345678',
      summary: 'Over Emma',
      body: 'Niets bijzonders.',
      callToAction: 'Mail ons: info@voorbeeld.nl',
    };
    const findings = findPublicationPrivacyIssues(texts, []);
    expect(findings.map((f) => [f.field, f.kind, f.text])).toEqual([
      ['title', 'phone', '06-12345678'],
      ['summary', 'person_name', 'Emma'],
      ['callToAction', 'email', 'info@voorbeeld.nl'],
    ]);
    for (const f of findings) expect(texts[f.field]?.slice(f.start, f.end)).toBe(f.text);
  });

  it('finds nothing in the 119 practice signals, as text and as the signals of their own cases', () => {
    const practice = loadPracticeSignals();
    const sources = practice.map((s) =>
      signal({ title: s.title, description: s.description, consentPublication: true }),
    );
    const flagged = practice.filter(
      (s) =>
        findPublicationPrivacyIssues(
          { title: s.title, summary: '', body: s.description, callToAction: null },
          [],
        ).length > 0 ||
        findPublicationPrivacyIssues(
          { title: s.title, summary: '', body: s.description, callToAction: null },
          sources,
        ).length > 0,
    );
    expect(flagged.map((s) => s.id)).toEqual([]);
  });

  it('gives the same findings when run twice', () => {
    const texts: PublicationTexts = {
      title: 'Emma en basisschool De Regenboog',
      summary: 'a@b.nl',
      body: 'Bel 06-12345678.',
      callToAction: null,
    };
    expect(findPublicationPrivacyIssues(texts, [signal()])).toEqual(
      findPublicationPrivacyIssues(texts, [signal()]),
    );
  });
});
