import { describe, expect, it } from '@jest/globals';
import { composeAnalysesComplete } from './analyses-complete.template';
import { composeAnalysisOverdue } from './analysis-overdue.template';
import { formatCalendarDate } from './calendar-date';
import { composeExpertAssigned } from './expert-assigned.template';
import { composeExpertReminder } from './expert-reminder.template';

const staffUrl = 'https://signaalroute.example/analyses/6f1c2b0e-0000-4000-8000-000000000001';
const externalUrl = 'https://signaalroute.example/expert/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
const caseUrl = 'https://signaalroute.example/knelpunten/6f1c2b0e-0000-4000-8000-000000000002';
const base = { reference: 'KP-2026-000012', caseTitle: 'Geen plek voor de peutergroep', dueOn: '2026-12-10' };

describe('deepening mails', () => {
  it('tells a staff expert in Dutch which case, by when, what is asked, and where to sign in', () => {
    const mail = composeExpertAssigned({
      ...base,
      locale: 'nl',
      recipientName: 'Eva Expert',
      access: { kind: 'staff', url: staffUrl },
    });
    expect(mail.subject).toBe('Gevraagd als expert: analyse van knelpunt KP-2026-000012');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Hallo Eva Expert,');
      expect(part).toContain('Geen plek voor de peutergroep');
      expect(part).toContain('10 december 2026');
      expect(part).toContain('sturing en verantwoording');
      expect(part).toContain('handelingsoptie');
      expect(part).toContain('Log in met je Signaalroute-account');
    }
    expect(mail.text).toContain(staffUrl);
    expect(mail.html).toContain(`href="${staffUrl}"`);
    expect(mail.html).toContain('<html lang="nl">');
  });

  it('gives an external expert the private link, how long it works, and leaves out an unreviewed title', () => {
    const mail = composeExpertAssigned({
      ...base,
      caseTitle: null,
      locale: 'nl',
      recipientName: 'Prof. Buiten',
      access: { kind: 'external', url: externalUrl, validUntil: '2027-01-09' },
    });
    expect(mail.text).toContain(externalUrl);
    expect(mail.text).toContain('werkt tot en met 9 januari 2027');
    expect(mail.text).toContain('Deel hem niet');
    expect(mail.text).not.toContain('Geen plek');
    expect(mail.text).not.toContain('Log in');
  });

  it('writes the assignment in English when asked, and escapes names in the HTML', () => {
    const mail = composeExpertAssigned({
      ...base,
      locale: 'en',
      recipientName: '<b>Eve</b>',
      access: { kind: 'staff', url: staffUrl },
    });
    expect(mail.subject).toBe('Asked as an expert: analysis of case KP-2026-000012');
    expect(mail.text).toContain('10 December 2026');
    expect(mail.text).not.toContain('Hallo');
    expect(mail.html).not.toContain('<b>Eve</b>');
    expect(mail.html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });

  it('reminds before and on the due date; an external expert is pointed to the first mail', () => {
    const before = composeExpertReminder({
      ...base,
      locale: 'nl',
      recipientName: 'Eva',
      moment: 'before',
      analysisUrl: staffUrl,
    });
    expect(before.subject).toBe('Herinnering: analyse voor KP-2026-000012 graag uiterlijk 10 december 2026');
    expect(before.text).toContain('uiterlijk 10 december 2026 nodig');
    expect(before.text).toContain(staffUrl);

    const due = composeExpertReminder({
      ...base,
      locale: 'en',
      recipientName: 'Prof. Outside',
      moment: 'due',
      analysisUrl: null,
    });
    expect(due.subject).toBe('Today: analysis for KP-2026-000012');
    expect(due.text).toContain('Use the personal link from our first e-mail');
    expect(due.text).not.toContain('https://');
  });

  it('tells the adviser which expert is overdue, and about all analyses being in', () => {
    const overdue = composeAnalysisOverdue({
      ...base,
      locale: 'nl',
      recipientName: 'Anna Adviseur',
      expertName: 'Eva Expert',
      caseUrl,
    });
    expect(overdue.subject).toBe('Analyse te laat: KP-2026-000012');
    expect(overdue.text).toContain(
      'De analyse van Eva Expert voor dit knelpunt was op 10 december 2026 nodig',
    );
    expect(overdue.html).toContain(`href="${caseUrl}"`);

    const one = composeAnalysesComplete({ ...base, locale: 'nl', recipientName: 'Anna', count: 1, caseUrl });
    expect(one.subject).toBe('Alle analyses binnen: KP-2026-000012');
    expect(one.text).toContain('De analyse voor dit knelpunt is ingediend.');
    expect(one.text).toContain('Kies de handelingsoptie');
    const two = composeAnalysesComplete({ ...base, locale: 'en', recipientName: 'Anna', count: 2, caseUrl });
    expect(two.text).toContain('All 2 analyses for this case have been submitted.');
  });

  it('writes a due date out in words in both languages', () => {
    expect(formatCalendarDate('2027-01-01', 'nl')).toBe('1 januari 2027');
    expect(formatCalendarDate('2027-01-01', 'en')).toBe('1 January 2027');
  });
});
