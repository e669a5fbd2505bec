import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { DevelopmentAccountManager } from './DevelopmentAccountManager';

const tokenResponse = (token: string) =>
  new Response(JSON.stringify({ token }), { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('DevelopmentAccountManager', () => {
  it('asks the local host for a token for the user and caches it until forced', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(tokenResponse('one'))
      .mockResolvedValueOnce(tokenResponse('two'));
    const accounts = new DevelopmentAccountManager('zoë', '/dev-token', fetchMock);

    expect(await accounts.getToken()).toBe('one');
    expect(await accounts.getToken()).toBe('one');
    expect(await accounts.getToken({ forceRefresh: true })).toBe('two');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/dev-token?user=zo%C3%AB');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports an unreachable host as a network error and tries again next time', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(tokenResponse('later'));
    const accounts = new DevelopmentAccountManager('demo', '/dev-token', fetchMock);

    const error = (await accounts.getToken().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('network');
    expect(await accounts.getToken()).toBe('later');
  });
});
