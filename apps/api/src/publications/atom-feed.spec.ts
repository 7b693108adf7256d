/**
 * @jest-environment jsdom
 */
// jsdom's DOMParser parses XML strictly (saxes): a feed that is not well-formed yields a parsererror.
import { describe, expect, it } from '@jest/globals';
import { buildAtomFeed, xmlText, type AtomEntry, type AtomFeed } from './atom-feed';

const ATOM = 'http://www.w3.org/2005/Atom';

/** The part of jsdom's DOM these tests read (the project compiles without the DOM library). */
interface XmlElement {
  localName: string;
  namespaceURI: string | null;
  textContent: string | null;
  children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  getElementsByTagNameNS(namespace: string, name: string): ArrayLike<XmlElement>;
}
interface XmlDocument extends XmlElement {
  documentElement: XmlElement;
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
};

const FEED: AtomFeed = {
  id: 'http://localhost:3000/api/public/insights.atom',
  title: 'Signaalroute: inzichten',
  subtitle: 'Wat het netwerk leerde',
  selfUrl: 'http://localhost:3000/api/public/insights.atom',
  alternateUrl: 'http://localhost:3000/inzichten',
  authorName: 'Signaalroute',
  updated: new Date('2026-11-20T10:00:00Z'),
};

/** Text that breaks naive XML: markup, entities, quotes, control characters and a lone surrogate. */
const HOSTILE = `Kinderen & ouders <script>alert("x")</script> 'quote' ]]> &amp; \u0000\u0007\u001F\uD800 einde 😀`;

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: 'urn:uuid:6f1d3c1e-2a4b-4c5d-8e9f-0a1b2c3d4e5f',
  title: HOSTILE,
  summary: 'Een korte samenvatting',
  content: `Eerste alinea.\n\n${HOSTILE}`,
  url: 'http://localhost:3000/inzichten/6f1d3c1e-2a4b-4c5d-8e9f-0a1b2c3d4e5f',
  relatedUrl: 'https://podcast.example/aflevering?id=1&t=30',
  category: { term: 'podcast', label: 'Podcast' },
  published: new Date('2026-11-19T08:00:00Z'),
  updated: new Date('2026-11-19T08:00:00Z'),
  ...overrides,
});

function parse(xml: string): XmlDocument {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('buildAtomFeed', () => {
  it('writes a well-formed Atom feed whose texts read back as written, markup and all', () => {
    const document = parse(buildAtomFeed(FEED, [entry(), entry({ relatedUrl: null, summary: '' })]));
    const feed = document.documentElement;
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    const entries = document.getElementsByTagNameNS(ATOM, 'entry');
    expect(entries).toHaveLength(2);
    const first = entries[0];
    const expected = HOSTILE.replace('\u0000\u0007\u001F\uD800', '');
    expect(first.getElementsByTagNameNS(ATOM, 'title')[0].textContent).toBe(expected);
    expect(first.getElementsByTagNameNS(ATOM, 'content')[0].textContent).toBe(
      `Eerste alinea.\n\n${expected}`,
    );
    expect(first.getElementsByTagNameNS(ATOM, 'content')[0].getAttribute('type')).toBe('text');
    // No element came out of the text: the script tag stayed text.
    expect(document.getElementsByTagName('script')).toHaveLength(0);
    const related = Array.from(first.getElementsByTagNameNS(ATOM, 'link')).find(
      (l) => l.getAttribute('rel') === 'related',
    );
    expect(related?.getAttribute('href')).toBe('https://podcast.example/aflevering?id=1&t=30');
    expect(entries[1].getElementsByTagNameNS(ATOM, 'summary')).toHaveLength(0);
  });

  it('has the elements Atom requires: id, title, updated, author, and per entry id, title, updated', () => {
    const document = parse(buildAtomFeed(FEED, [entry()]));
    const feed = document.documentElement;
    const child = (parent: XmlElement, name: string) =>
      Array.from(parent.children).filter((c) => c.namespaceURI === ATOM && c.localName === name);
    for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name)).toHaveLength(1);
    expect(child(feed, 'updated')[0].textContent).toBe('2026-11-20T10:00:00.000Z');
    const self = child(feed, 'link').find((l) => l.getAttribute('rel') === 'self');
    expect(self?.getAttribute('type')).toBe('application/atom+xml');
    const [first] = child(feed, 'entry');
    for (const name of ['id', 'title', 'updated', 'published', 'content'])
      expect(child(first, name)).toHaveLength(1);
  });

  it('writes an empty feed that is still valid', () => {
    const document = parse(buildAtomFeed(FEED, []));
    expect(document.getElementsByTagNameNS(ATOM, 'entry')).toHaveLength(0);
  });

  it('escapes the five XML specials and drops characters XML does not allow', () => {
    expect(xmlText(`<a href="x">&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('tab\tnewline\n😀')).toBe('tab\tnewline\n😀');
  });
});
