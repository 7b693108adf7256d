import { describe, expect, it } from '@jest/globals';
import { fakeApi } from '../test/fake-api';
import { createApiClient } from './api-client';

function clientWith(csrfToken: string | undefined, language = 'nl') {
  const api = fakeApi({
    'GET /api/auth/me': () => ({ status: 200, body: {} }),
    'POST /api/auth/logout': () => ({ status: 204 }),
  });
  const client = createApiClient({
    baseUrl: 'http://localhost',
    language: () => language,
    csrfToken: () => csrfToken,
    fetch: api.fetch,
  });
  return { client, api };
}

describe('the API client', () => {
  it('sends the CSRF token of the session on a change, not on a read', async () => {
    const { client, api } = clientWith('csrf-123');
    await client.GET('/api/auth/me');
    await client.POST('/api/auth/logout');

    expect(api.sent('GET', '/api/auth/me')[0]?.headers.get('X-CSRF-Token')).toBeNull();
    expect(api.sent('POST', '/api/auth/logout')[0]?.headers.get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('sends no CSRF header without a session', async () => {
    const { client, api } = clientWith(undefined);
    await client.POST('/api/auth/logout');
    expect(api.sent('POST', '/api/auth/logout')[0]?.headers.has('X-CSRF-Token')).toBe(false);
  });

  it('asks for answers in the interface language', async () => {
    const { client, api } = clientWith(undefined, 'en');
    await client.GET('/api/auth/me');
    expect(api.sent('GET', '/api/auth/me')[0]?.headers.get('Accept-Language')).toBe('en');
  });
});
