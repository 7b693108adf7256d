import { describe, expect, it } from '@jest/globals';
import { composeInvite } from './invite.template';
import { validityText } from './link-validity';
import { composeMagicLink } from './magic-link.template';
import { composePasswordReset } from './password-reset.template';

const url = 'https://signaalroute.example/invite/abcDEF123';

describe('account link mails', () => {
  it('invites in Dutch by default, with the role in words, the link and how long it works', () => {
    const mail = composeInvite({
      locale: 'nl',
      displayName: 'Anna',
      role: 'adviser',
      url,
      validMinutes: 7 * 24 * 60,
    });
    expect(mail.subject).toBe('Je bent uitgenodigd voor Signaalroute');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Hallo Anna,');
      expect(part).toContain('als netwerkadviseur');
      expect(part).toContain('7 dagen geldig');
      expect(part).toContain('werkt één keer');
    }
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
  });

  it('invites in English when asked, and escapes the name in the HTML', () => {
    const mail = composeInvite({
      locale: 'en',
      displayName: '<b>Bob</b>',
      role: 'admin',
      url,
      validMinutes: 10080,
    });
    expect(mail.subject).toBe('You are invited to Signaalroute');
    expect(mail.text).toContain('as director (administrator)');
    expect(mail.text).toContain('valid for 7 days');
    expect(mail.html).not.toContain('<b>Bob</b>');
    expect(mail.html).toContain('&lt;b&gt;Bob&lt;/b&gt;');
  });

  it('sends a reset link valid for an hour, saying that other devices are signed out', () => {
    const nl = composePasswordReset({ locale: 'nl', url, validMinutes: 60 });
    expect(nl.subject).toBe('Nieuw wachtwoord voor Signaalroute');
    expect(nl.text).toContain('1 uur geldig');
    expect(nl.text).toContain('uitgelogd');
    expect(nl.text).toContain(url);
    const en = composePasswordReset({ locale: 'en', url, validMinutes: 60 });
    expect(en.text).toContain('valid for 1 hour');
    expect(en.text).not.toContain('wachtwoord');
  });

  it('sends a member sign-in link valid for 15 minutes', () => {
    const nl = composeMagicLink({ locale: 'nl', url, validMinutes: 15 });
    expect(nl.subject).toBe('Je inloglink voor Signaalroute');
    expect(nl.text).toContain('15 minuten geldig');
    expect(nl.html).toContain(`href="${url}"`);
    expect(composeMagicLink({ locale: 'en', url, validMinutes: 15 }).text).toContain('valid for 15 minutes');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => composeMagicLink({ locale: 'nl', url: 'javascript:alert(1)', validMinutes: 15 })).toThrow(
      /non-http/,
    );
  });
});

describe('validityText', () => {
  it('uses the largest whole unit', () => {
    expect(validityText(15, 'nl')).toBe('15 minuten');
    expect(validityText(1, 'nl')).toBe('1 minuut');
    expect(validityText(60, 'nl')).toBe('1 uur');
    expect(validityText(120, 'en')).toBe('2 hours');
    expect(validityText(90, 'en')).toBe('90 minutes');
    expect(validityText(1440, 'nl')).toBe('1 dag');
    expect(validityText(7 * 1440, 'en')).toBe('7 days');
  });
});
