// Invite, reset and sign-in mails carry a link that takes over an account. Staff who read outgoing
// mail must not be able to use it (an adviser could accept an admin's invite), so the token is hidden.
import { AUTH_LINK_PURPOSES } from '@app/persistence';

const LINK_TOKEN = /\/(invite|reset|sign-in)\/[A-Za-z0-9_-]{43}/g;

export function carriesAccountLink(purpose: string): boolean {
  return (AUTH_LINK_PURPOSES as readonly string[]).includes(purpose);
}

export function redactAccountLinks(body: string): string {
  return body.replace(LINK_TOKEN, '/$1/[verborgen-hidden]');
}
