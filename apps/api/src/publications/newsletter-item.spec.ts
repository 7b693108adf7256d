import { describe, expect, it } from '@jest/globals';
import { renderNewsletterItem, type NewsletterItem } from './newsletter-item';

const item = (overrides: Partial<NewsletterItem> = {}): NewsletterItem => ({
  title: 'Samen één plek voor peuters',
  summary: 'Wat we leerden van vijf kindcentra',
  body: 'Eerste alinea\nmet een regel.\n\nTweede alinea.',
  linkUrl: null,
  callToAction: null,
  readMoreUrl: 'http://localhost:3000/inzichten/1',
  caseTitles: [],
  ...overrides,
});

describe('renderNewsletterItem', () => {
  it('makes paragraphs of blank lines and line breaks of single ones', () => {
    expect(renderNewsletterItem(item())).toBe(
      [
        '<article class="signaalroute-inzicht">',
        '  <h2>Samen één plek voor peuters</h2>',
        '  <p><strong>Wat we leerden van vijf kindcentra</strong></p>',
        '  <p>Eerste alinea<br>\nmet een regel.</p>',
        '  <p>Tweede alinea.</p>',
        '  <p><a href="http://localhost:3000/inzichten/1">Lees verder op de website</a></p>',
        '</article>',
        '',
      ].join('\n'),
    );
  });

  it('escapes every text, including the link and the case titles', () => {
    const html = renderNewsletterItem(
      item({
        title: '<img src=x onerror=alert(1)>',
        summary: '"quotes" & <b>',
        body: '<script>alert(1)</script>',
        callToAction: "Reageer <a href='evil'>hier</a>",
        linkUrl: 'https://podcast.example/?a=1&b="2"',
        caseTitles: ['Knelpunt <i>één</i>'],
      }),
    );
    expect(html).not.toMatch(/<(?:img|script|b|i)[\s>]/);
    expect(html).not.toContain("<a href='evil'>");
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quotes&quot; &amp; &lt;b&gt;');
    expect(html).toContain('<a href="https://podcast.example/?a=1&amp;b=&quot;2&quot;">');
    expect(html).toContain('Over: Knelpunt &lt;i&gt;één&lt;/i&gt;');
  });

  it('links only http(s) addresses', () => {
    expect(renderNewsletterItem(item({ linkUrl: 'javascript:alert(1)' }))).not.toContain('javascript:');
  });
});
