// The private tracking link of a submission: a secret token (see secret-token.ts) in a URL.
export {
  newSecretToken as newTrackingToken,
  hashSecretToken as hashTrackingToken,
  isWellFormedSecretToken as isWellFormedTrackingToken,
} from '@app/core';

export function trackingUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/track/${token}`;
}
