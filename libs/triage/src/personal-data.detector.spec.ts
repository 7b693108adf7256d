import { describe, expect, it } from '@jest/globals';
import type { PersonalDataKind } from '@app/persistence';
import { findPersonalData } from './personal-data.detector';
import { loadPracticeSignals } from './fixtures/practice-signals.fixture';

/** What was found in a description, as [kind, marked text] pairs in order. */
function marked(description: string): Array<[PersonalDataKind, string]> {
  return findPersonalData('', description).map((finding) => [
    finding.kind,
    description.slice(finding.start, finding.end),
  ]);
}

describe('findPersonalData', () => {
  describe('e-mail addresses', () => {
    it.each(['jan.de-vries+opvang@school.nl', 'm.el-amrani@gemeente.utrecht.nl', 'jan [at] voorbeeld.nl'])(
      'flags %s',
      (address) => {
        expect(marked(`Mail ${address}.`)).toEqual([['email', address]]);
      },
    );

    it('does not flag an @-handle or the word e-mail', () => {
      expect(marked('Stuur een e-mail of tag @kindcentrum op LinkedIn.')).toEqual([]);
    });
  });

  describe('phone numbers', () => {
    it.each([
      '06-12345678',
      '06 1234 5678',
      '06 12 34 56 78',
      '0612345678',
      '+31 6 12345678',
      '+31 (0)6 12345678',
      '0031 6 12345678',
      '010-1234567',
      '020 123 4567',
      '(020) 123 4567',
      '0201234567',
    ])('flags %s', (phone) => {
      expect(marked(`Bel mij op ${phone} na vijven.`)).toEqual([['phone', phone]]);
    });

    it('does not flag numbers that are too short or too long for a Dutch number', () => {
      expect(marked('Toestel 06-1234 of referentie 061234567890.')).toEqual([]);
    });
  });

  describe('BSN', () => {
    it.each(['123456782', '1234.56.782', '123 456 782', '12345672'])(
      'flags %s, which passes the 11-test',
      (bsn) => {
        expect(marked(`Het nummer is ${bsn} volgens de brief.`)).toEqual([['bsn', bsn]]);
      },
    );

    it('does not flag nine digits that fail the 11-test', () => {
      expect(marked('Het nummer is 123456789 volgens de brief.')).toEqual([]);
    });

    it('flags a number labelled as BSN even when it fails the 11-test', () => {
      expect(marked('BSN: 123456789')).toEqual([['bsn', '123456789']]);
    });

    it('does not flag amounts that happen to pass the 11-test', () => {
      expect(marked('De regio kreeg € 123.456.782 en de gemeente 123.456.782 euro.')).toEqual([]);
    });
  });

  describe('postcodes with house numbers', () => {
    it.each([
      ['Ze wonen op 1234 AB 12.', '1234 AB 12'],
      ['Adres: 1234AB 12a', '1234AB 12a'],
      ['Dorpsstraat 12, 1234 AB Utrecht', 'Dorpsstraat 12, 1234 AB'],
      ['Ze woont op de Hoofdweg 3b in Zeist.', 'Hoofdweg 3b'],
    ])('flags the address in "%s"', (text, address) => {
      expect(marked(text)).toEqual([['postcode_house_number', address]]);
    });

    it('does not flag years followed by words, or a postcode without a house number', () => {
      expect(marked('In 2023 en 2024 ging het mis in 1234 AB Utrecht, in groep 7 en 8.')).toEqual([]);
    });
  });

  describe('dates of birth', () => {
    it.each([
      '12-03-2015',
      '12/3/2015',
      '12.03.2015',
      '2015-03-12',
      '12 maart 2015',
      '3 jan. 2016',
      '1 mei 2010',
    ])('flags the full date %s even without a birth cue', (date) => {
      expect(marked(`Sinds ${date} is dat zo.`)).toEqual([['date_of_birth', date]]);
    });

    it.each([
      ['Zij is geboren op 12 maart en', '12 maart'],
      ['Hij is op 4 mei jarig.', '4 mei'],
      ['Emma (geb. 12-03-15) zit in', '12-03-15'],
      ['Geboortedatum: 12/03', '12/03'],
      ['Hij is geboren in juni 2014.', 'juni 2014'],
      ['geboren 12032015', '12032015'],
    ])('flags the partial date in "%s" next to a birth cue', (text, date) => {
      expect(marked(text)).toEqual([['date_of_birth', date]]);
    });

    it('does not flag partial dates without a birth cue', () => {
      expect(marked('Op 12 maart hadden we overleg; in juni 2014 startten we; dat was 12-03-15.')).toEqual(
        [],
      );
    });

    it('does not flag future dates, impossible dates, years, school years or groups', () => {
      expect(
        marked(
          'Per 1 januari 2099 geldt de wet. Op 32-13-2015 niets. In 2023 en schooljaar 2023-2024 is ze in groep 1-2 jarig.',
        ),
      ).toEqual([]);
    });
  });

  it('does not flag amounts, percentages, years and counts', () => {
    expect(
      marked(
        'In 2023 kostte het € 1.250.000 (2,5 miljoen in 2024), 45% van de 120 kinderen van 0 tot 4 jaar ' +
          'en 1.234.567 leerlingen; 12345 aanmeldingen, 3-2-1, artikel 107 WPO, 12,5 uur per week.',
      ),
    ).toEqual([]);
  });

  it('gives offsets per field, sorted by field and then by start', () => {
    const title = 'Bel 06-12345678';
    const description = 'Of mail a@b.nl; geboren 12-03-2015, BSN 123456782.';
    const findings = findPersonalData(title, description);
    expect(findings.map(({ kind, field }) => [field, kind])).toEqual([
      ['title', 'phone'],
      ['description', 'email'],
      ['description', 'date_of_birth'],
      ['description', 'bsn'],
    ]);
    const text = (field: 'title' | 'description') => (field === 'title' ? title : description);
    expect(findings.map((f) => text(f.field).slice(f.start, f.end))).toEqual([
      '06-12345678',
      'a@b.nl',
      '12-03-2015',
      '123456782',
    ]);
  });

  it('finds nothing in the 119 practice signals, which hold no personal data', () => {
    const flagged = loadPracticeSignals().filter(
      (signal) => findPersonalData(signal.title, signal.description).length > 0,
    );
    expect(flagged.map((signal) => signal.id)).toEqual([]);
  });
});
