import { describe, expect, it } from '@jest/globals';
import { composeAgendaReminder } from './agenda-reminder.template';
import { composeAgendaStale } from './agenda-stale.template';

const itemUrl = 'https://signaalroute.example/agenda/6f1c2b0e-0000-4000-8000-000000000001';
const base = {
  reference: 'KP-2026-000012',
  caseTitle: 'Geen plek voor de peutergroep',
  tableName: 'OZK-tafel',
  itemUrl,
};

describe('agenda mails', () => {
  it('reminds a liaison in Dutch before the meeting, with the table, the date and the link', () => {
    const mail = composeAgendaReminder({
      ...base,
      locale: 'nl',
      recipientName: 'Lies Liaison',
      moment: 'meeting_before',
      date: '2026-12-10',
      outcome: null,
    });
    expect(mail.subject).toBe('Binnenkort aan tafel: KP-2026-000012 bij OZK-tafel op 10 december 2026');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Hallo Lies Liaison,');
      expect(part).toContain('Geen plek voor de peutergroep');
      expect(part).toContain('Leg na afloop vast');
    }
    expect(mail.html).toContain(`href="${itemUrl}"`);
  });

  it('asks again the day after the meeting, and checks a commitment on the follow-up date, in English', () => {
    const passed = composeAgendaReminder({
      ...base,
      locale: 'en',
      recipientName: 'Lee',
      moment: 'meeting_passed',
      date: '2026-12-10',
      outcome: null,
    });
    expect(passed.subject).toBe('How did it go? KP-2026-000012 at OZK-tafel');
    expect(passed.text).toContain('on 10 December 2026, but it has not been recorded as discussed yet');
    const followUp = composeAgendaReminder({
      ...base,
      locale: 'en',
      recipientName: 'Lee',
      moment: 'follow_up',
      date: '2027-03-01',
      outcome: 'commitment',
    });
    expect(followUp.text).toContain('Check on: 1 March 2027');
    expect(followUp.text).toContain('Outcome: commitment');
  });

  it('tells the liaison and adviser an item has stalled, and escapes every text in the HTML', () => {
    const mail = composeAgendaStale({
      ...base,
      tableName: '<b>VNG</b>',
      locale: 'nl',
      recipientName: 'Anna Adviseur',
      status: 'submitted',
      movedOn: '2026-11-02',
      weeks: 4,
      meetingDate: null,
    });
    expect(mail.subject).toBe('Stilgevallen: KP-2026-000012 bij <b>VNG</b>');
    expect(mail.text).toContain('al 4 weken niet verder gekomen (laatste stap op 2 november 2026)');
    expect(mail.text).toContain('Stand: ingediend');
    expect(mail.html).not.toContain('<b>VNG</b>');
    expect(mail.html).toContain('&lt;b&gt;VNG&lt;/b&gt;');
  });
});
