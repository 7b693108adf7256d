import escape from 'escape-html';

/** Escapes text for an HTML text node or a quoted attribute value (the maintained `escape-html`). */
export function escapeHtml(text: string): string {
  return escape(text);
}
