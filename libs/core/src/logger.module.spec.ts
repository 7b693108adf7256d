import { describe, expect, it } from '@jest/globals';
import { redactSecretPaths } from './logger.module';

describe('redactSecretPaths', () => {
  it('keeps the secret of a tracking or e-mail link out of the log', () => {
    const token = 'FtZOaJ3k2lQ9x_-AbCdEfGhIjKlMnOpQrStUvWxYz01';
    expect(redactSecretPaths(`/api/track/${token}`)).toBe('/api/track/[redacted]');
    expect(redactSecretPaths(`/track/${token}?lang=en`)).toBe('/track/[redacted]?lang=en');
    expect(redactSecretPaths(`/invite/${token}`)).toBe('/invite/[redacted]');
    expect(redactSecretPaths('/api/signals?step=triage')).toBe('/api/signals?step=triage');
  });
});
