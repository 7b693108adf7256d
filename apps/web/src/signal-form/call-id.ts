const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The open call (oproep) a signal answers, from `?call=<id>` in the link to the form. A malformed id
 * is dropped: a mangled link should not stop anyone from reporting.
 */
export function callIdFrom(search: URLSearchParams): string | undefined {
  const value = search.get('call')?.trim();
  return value && UUID.test(value) ? value : undefined;
}
