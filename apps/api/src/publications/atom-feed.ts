// The insights as an Atom feed (RFC 4287). No maintained feed library is installed, so the XML is
// written here: every text goes through `xmlText`, which escapes markup and drops characters XML 1.0
// does not allow; atom-feed.spec.ts parses the result with a strict XML parser.

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address. */
  selfUrl: string;
  /** The page people read. */
  alternateUrl: string;
  authorName: string;
  /** The newest entry's time, or now for an empty feed. */
  updated: Date;
}

export interface AtomEntry {
  id: string;
  title: string;
  summary: string;
  content: string;
  url: string;
  /** A podcast's or interview's own address. */
  relatedUrl: string | null;
  category: { term: string; label: string };
  published: Date;
  updated: Date;
}

/** Allowed in XML 1.0: tab, newline, carriage return and the rest outside the controls; no lone surrogate. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

/** Text for an element or a quoted attribute value. */
export function xmlText(value: string): string {
  return Array.from(value)
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const element = (name: string, text: string, indent: string) =>
  `${indent}<${name}>${xmlText(text)}</${name}>`;
const link = (rel: string, href: string, indent: string, type?: string) =>
  `${indent}<link rel="${rel}"${type ? ` type="${type}"` : ''} href="${xmlText(href)}"/>`;

export function buildAtomFeed(feed: AtomFeed, entries: readonly AtomEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    element('id', feed.id, '  '),
    element('title', feed.title, '  '),
    element('subtitle', feed.subtitle, '  '),
    element('updated', feed.updated.toISOString(), '  '),
    link('self', feed.selfUrl, '  ', 'application/atom+xml'),
    link('alternate', feed.alternateUrl, '  ', 'text/html'),
    `  <author>${element('name', feed.authorName, '')}</author>`,
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      element('id', entry.id, '    '),
      element('title', entry.title, '    '),
      link('alternate', entry.url, '    ', 'text/html'),
      ...(entry.relatedUrl ? [link('related', entry.relatedUrl, '    ')] : []),
      `    <category term="${xmlText(entry.category.term)}" label="${xmlText(entry.category.label)}"/>`,
      element('published', entry.published.toISOString(), '    '),
      element('updated', entry.updated.toISOString(), '    '),
      ...(entry.summary ? [`    <summary type="text">${xmlText(entry.summary)}</summary>`] : []),
      `    <content type="text">${xmlText(entry.content)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
