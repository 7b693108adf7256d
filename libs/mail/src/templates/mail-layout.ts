// Every e-mail is described once as blocks and rendered twice, as plain text and as HTML, so the two
// parts cannot drift apart. All text goes through escapeHtml: no template can put user text into the
// HTML as markup.
import { LOCALES, type Locale } from '@app/workflow';
import { escapeHtml } from './html-escape';

export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  /** Label/value pairs such as the reference and the title. */
  | { kind: 'details'; rows: ReadonlyArray<{ label: string; value: string }> }
  /** A numbered list, e.g. what happens next. */
  | { kind: 'steps'; items: readonly string[] }
  /** A call to action; the URL is shown in full as well, for clients that hide links. */
  | { kind: 'link'; label: string; url: string; note?: string };

export interface MailContent {
  locale: Locale;
  subject: string;
  greeting: string;
  blocks: readonly MailBlock[];
  signOff: readonly string[];
  /** Why the recipient gets this mail. */
  footer: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Dutch unless the recipient chose another supported language. */
export const DEFAULT_LOCALE: Locale = 'nl';

export function resolveLocale(locale: string | null | undefined): Locale {
  return LOCALES.find((known) => known === locale) ?? DEFAULT_LOCALE;
}

export function renderMail(content: MailContent): RenderedMail {
  return { subject: content.subject, text: renderMailText(content), html: renderMailHtml(content) };
}

export function renderMailText(content: MailContent): string {
  const parts = [
    content.greeting,
    ...content.blocks.map(blockToText),
    content.signOff.join('\n'),
    `-- \n${content.footer}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

export function renderMailHtml(content: MailContent): string {
  const body = [
    paragraphHtml(escapeHtml(content.greeting)),
    ...content.blocks.map(blockToHtml),
    paragraphHtml(content.signOff.map(escapeHtml).join('<br>')),
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(content.locale)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f5f7;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px 12px;">',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px;${FONT}">`,
    `<tr><td style="padding:24px 32px;">${body.join('\n')}</td></tr>`,
    '</table>',
    `<p style="max-width:600px;margin:16px auto 0;${FONT}font-size:13px;color:#52606d;">${escapeHtml(content.footer)}</p>`,
    '</td></tr></table>',
    '</body></html>',
  ].join('\n');
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;';

function blockToText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return block.text.toUpperCase();
    case 'details':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'steps':
      return block.items.map((item, index) => `${index + 1}. ${item}`).join('\n');
    case 'link':
      return [`${block.label}:`, checkedUrl(block.url), ...(block.note ? [block.note] : [])].join('\n');
  }
}

function blockToHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHtml(escapeHtml(block.text));
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:18px;">${escapeHtml(block.text)}</h2>`;
    case 'details': {
      const rows = block.rows.map(
        (row) =>
          `<tr><td style="padding:4px 16px 4px 0;color:#52606d;vertical-align:top;">${escapeHtml(row.label)}</td>` +
          `<td style="padding:4px 0;font-weight:bold;">${escapeHtml(row.value)}</td></tr>`,
      );
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;${FONT}">${rows.join('')}</table>`;
    }
    case 'steps':
      return `<ol style="margin:0 0 16px;padding-left:24px;">${block.items.map((item) => `<li style="margin:0 0 8px;">${escapeHtml(item)}</li>`).join('')}</ol>`;
    case 'link': {
      const url = escapeHtml(checkedUrl(block.url));
      return [
        `<p style="margin:0 0 8px;"><a href="${url}" style="display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;">${escapeHtml(block.label)}</a></p>`,
        `<p style="margin:0 0 8px;font-size:13px;word-break:break-all;"><a href="${url}" style="color:#0b5cad;">${url}</a></p>`,
        ...(block.note ? [paragraphHtml(escapeHtml(block.note), 'font-size:14px;color:#52606d;')] : []),
      ].join('\n');
    }
  }
}

/** `innerHtml` is already escaped by the caller. */
function paragraphHtml(innerHtml: string, style = ''): string {
  return `<p style="margin:0 0 16px;${style}">${innerHtml}</p>`;
}

/** Links in mail are always absolute http(s) links; anything else (javascript:, data:) is a bug. */
function checkedUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url))
    throw new Error(`Refusing to put a non-http(s) link in an e-mail: ${url}`);
  return url;
}
