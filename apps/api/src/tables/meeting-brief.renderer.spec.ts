import { describe, expect, it } from '@jest/globals';
import { renderMeetingBrief, type BriefCase, type MeetingBriefModel } from './meeting-brief.renderer';
import { redact } from './meeting-brief.service';

const kase: BriefCase = {
  reference: 'KP-2026-000012',
  title: 'Geen plek voor de peutergroep',
  summary: 'Peuters kunnen niet naar de voorschool in het schoolgebouw.',
  domains: ['education', 'childcare'],
  handlingOption: 'funding_experiment',
  theme: 'Sociaal netwerk versterkend werken',
  status: 'scheduled',
  meetingDate: '2026-12-10',
  ask: 'Wilt u één budget per regio mogelijk maken?',
  recognition: {
    respondents: 12,
    recognised: 7,
    partly: 2,
    notRecognised: 3,
    endorsements: 4,
    shareRecognising: 0.75,
    byDomain: { education: 5, childcare: 4, care: 0 },
    byRegion: { Utrecht: 6, landelijk: 3 },
    recommendation: 'broad',
    closedOn: '2026-10-20',
  },
  analyses: 2,
  causes: [{ area: 'funding', explanations: ['Twee potten.', 'Niemand betaalt het lokaal.'] }],
  rootCauses: ['De financiering is per domein geregeld.'],
  recommendations: ['Eén budget per regio.'],
  quotes: ['Wij moeten elk jaar opnieuw een lokaal zoeken.'],
};

const model = (overrides: Partial<MeetingBriefModel> = {}): MeetingBriefModel => ({
  locale: 'nl',
  tableName: 'OZK-tafel',
  tableDescription: 'Onderwijs, zorg en kinderopvang samen.',
  theme: null,
  preparedOn: '2026-12-01',
  cases: [kase],
  ...overrides,
});

describe('meeting brief', () => {
  it('shows per case the bottleneck, the tally, the causes per area, the option and the ask, in Dutch', () => {
    const html = renderMeetingBrief(model());
    for (const text of [
      '<html lang="nl">',
      'Vergaderstuk OZK-tafel',
      'KP-2026-000012 · Geen plek voor de peutergroep',
      'Peuters kunnen niet naar de voorschool',
      '12 reacties op de oproep (gesloten op 20 oktober 2026)',
      '75% herkent het (7 helemaal, 2 deels, 3 niet)',
      '4 leden gaven daarnaast aan het te herkennen',
      'breed herkend',
      'onderwijs: 5, kinderopvang: 4',
      'Utrecht: 6, landelijk: 3',
      'Oorzaken per oorzaakgebied (2 analyses)',
      '<dt>Financiering</dt><dd>Twee potten.\nNiemand betaalt het lokaal.</dd>',
      'De financiering is per domein geregeld.',
      'Financiering, subsidiëring en experimenteerruimte',
      'Wilt u één budget per regio mogelijk maken?',
      '10 december 2026',
      '<blockquote>Wij moeten elk jaar opnieuw een lokaal zoeken.</blockquote>',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('zorg: 0');
  });

  it('writes English on request, and says what is missing instead of leaving gaps', () => {
    const html = renderMeetingBrief(
      model({
        locale: 'en',
        cases: [{ ...kase, title: null, recognition: null, analyses: 0, causes: [], handlingOption: null }],
      }),
    );
    expect(html).toContain('Meeting brief OZK-tafel');
    expect(html).toContain('KP-2026-000012 · Case (title not reviewed yet)');
    expect(html).toContain('No recognition call about this case has closed yet.');
    expect(html).toContain('No analysis of this case has been submitted yet.');
    expect(html).toContain('not chosen yet');
    expect(renderMeetingBrief(model({ cases: [] }))).toContain('Er staan geen knelpunten op de agenda');
  });

  it('escapes every text, so nothing anyone wrote becomes markup', () => {
    const evil = '<script>alert(1)</script>';
    const html = renderMeetingBrief(
      model({
        tableName: evil,
        theme: evil,
        cases: [
          {
            ...kase,
            title: evil,
            summary: evil,
            ask: evil,
            quotes: [evil],
            causes: [{ area: 'funding', explanations: [evil] }],
            rootCauses: [evil],
            recommendations: [evil],
            recognition: { ...kase.recognition!, byRegion: { [evil]: 2 } },
          },
        ],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('cuts e-mail addresses and phone numbers out of free text', () => {
    expect(redact('Mail juf.anna@school.nl of bel 06-12345678 voor details.')).toBe(
      'Mail […] of bel […] voor details.',
    );
    expect(redact('  Niets persoonlijks.  ')).toBe('Niets persoonlijks.');
  });
});
