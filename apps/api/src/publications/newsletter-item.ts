// A published item as an HTML fragment to paste into the mailing tool that sends the newsletter update.
// Every text is escaped; paragraphs come from blank lines in the body, line breaks from single ones.
import { escapeHtml } from '@app/mail';

export interface NewsletterItem {
  title: string;
  summary: string;
  body: string;
  linkUrl: string | null;
  callToAction: string | null;
  /** The item on the public insights page. */
  readMoreUrl: string;
  /** Reviewed titles of the cases it is about. */
  caseTitles: readonly string[];
}

/** Only http(s) addresses become links (the API accepts no others; this guards the fragment too). */
function isWebAddress(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url);
}

function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `  <p>${paragraph.split('\n').map(escapeHtml).join('<br>\n')}</p>`);
}

export function renderNewsletterItem(item: NewsletterItem): string {
  const lines = [
    '<article class="signaalroute-inzicht">',
    `  <h2>${escapeHtml(item.title)}</h2>`,
    ...(item.summary.trim() ? [`  <p><strong>${escapeHtml(item.summary.trim())}</strong></p>`] : []),
    ...paragraphs(item.body),
    ...(item.callToAction ? [`  <p><em>${escapeHtml(item.callToAction)}</em></p>`] : []),
    ...(item.linkUrl && isWebAddress(item.linkUrl)
      ? [`  <p><a href="${escapeHtml(item.linkUrl)}">${escapeHtml(item.linkUrl)}</a></p>`]
      : []),
    ...(item.caseTitles.length > 0 ? [`  <p>Over: ${item.caseTitles.map(escapeHtml).join('; ')}</p>`] : []),
    `  <p><a href="${escapeHtml(item.readMoreUrl)}">Lees verder op de website</a></p>`,
    '</article>',
  ];
  return `${lines.join('\n')}\n`;
}
