// Invite, reset and sign-in mails carry a link that takes over an account. Staff who read outgoing
// mail must not be able to use it (an adviser could accept an admin's invite), so the token is hidden.
// An external expert's private link is hidden too: with it, anyone could write as that expert.
import { AUTH_LINK_PURPOSES } from '@app/persistence';

const LINK_TOKEN = /\/(invite|reset|sign-in|expert)\/[A-Za-z0-9_-]{43}/g;

const SECRET_LINK_PURPOSES: readonly string[] = [...AUTH_LINK_PURPOSES, 'expert_assigned'];

export function carriesAccountLink(purpose: string): boolean {
  return SECRET_LINK_PURPOSES.includes(purpose);
}

export function redactAccountLinks(body: string): string {
  return body.replace(LINK_TOKEN, '/$1/[verborgen-hidden]');
}
