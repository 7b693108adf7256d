import { describe, expect, it } from '@jest/globals';
import { composeAcknowledgement } from './acknowledgement.template';
import { escapeHtml } from './html-escape';
import { resolveLocale } from './mail-layout';

const base = {
  reference: 'SR-2026-000123',
  title: 'Geen plek in de opvang na schooltijd',
  trackingUrl: 'https://signaalroute.example/volgen/abc123DEF',
};

describe('composeAcknowledgement', () => {
  it('writes Dutch by default: thanks, reference, what happens next, how to ask questions', () => {
    const mail = composeAcknowledgement({ ...base, locale: 'nl' });

    expect(mail.subject).toBe('Bedankt voor je signaal (SR-2026-000123)');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Bedankt voor je signaal');
      expect(part).toContain('SR-2026-000123');
      expect(part).toContain('Geen plek in de opvang na schooltijd');
      expect(part).toContain('Een netwerkadviseur bekijkt je signaal');
      expect(part).toContain('Je hoort van ons wat er met je signaal is gebeurd');
      expect(part).toContain('Beantwoord dan deze e-mail');
      expect(part).toContain('Deel hem niet met anderen');
    }
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('Wat gebeurt er nu?');
  });

  it('writes English when asked', () => {
    const mail = composeAcknowledgement({ ...base, locale: 'en' });

    expect(mail.subject).toBe('Thank you for your signal (SR-2026-000123)');
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('SR-2026-000123');
      expect(part).toContain('A network adviser looks at your signal');
      expect(part).toContain('Do not share it');
      expect(part).toContain('Reply to this e-mail');
      expect(part).not.toContain('Bedankt');
    }
    expect(mail.html).toContain('<html lang="en">');
  });

  it('puts the personal tracking link in both parts, as a link in the HTML', () => {
    const mail = composeAcknowledgement({ ...base, locale: 'nl' });

    expect(mail.text).toContain(base.trackingUrl);
    expect(mail.html).toContain(`href="${base.trackingUrl}"`);
  });

  it('escapes the title in the HTML so user text never becomes markup', () => {
    const title = `<script>alert("x")</script> & <img src=x onerror='y'>`;
    const mail = composeAcknowledgement({ ...base, locale: 'nl', title });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;y&#39;&gt;',
    );
    // The text part is plain text: the title stays as typed.
    expect(mail.text).toContain(title);
  });

  it('escapes the link and refuses anything but http(s)', () => {
    const trackingUrl = 'https://signaalroute.example/volgen/a"b<c';
    expect(composeAcknowledgement({ ...base, locale: 'nl', trackingUrl }).html).toContain(
      `href="${escapeHtml(trackingUrl)}"`,
    );
    expect(() =>
      composeAcknowledgement({ ...base, locale: 'nl', trackingUrl: 'javascript:alert(1)' }),
    ).toThrow(/non-http/);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that end text or a quoted attribute', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml('gewone tekst: é ü €')).toBe('gewone tekst: é ü €');
  });
});

describe('resolveLocale', () => {
  it('falls back to Dutch for a missing or unsupported locale', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('fr')).toBe('nl');
    expect(resolveLocale(null)).toBe('nl');
  });
});
