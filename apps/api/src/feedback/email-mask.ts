// Addresses of recipients are shown to staff masked: enough to recognise one, not to copy it.

/** `jan@school.nl` → `j***@school.nl`; null for what is not an address (a recipient without one). */
export function maskEmail(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return null;
  return `${email[0]}***${email.slice(at)}`;
}
