import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { NaaAccountManager } from './NaaAccountManager';
import { testAuthConfig as config } from '../test/fixtures';

function result(accessToken: string): AuthenticationResult {
  return {
    accessToken,
    account: { name: 'Ada Lovelace', username: 'ada@example.com' },
  } as unknown as AuthenticationResult;
}

function fakeClient() {
  const client = {
    acquireTokenSilent: vi.fn<IPublicClientApplication['acquireTokenSilent']>(),
    acquireTokenPopup: vi.fn<IPublicClientApplication['acquireTokenPopup']>(),
    getActiveAccount: vi.fn<IPublicClientApplication['getActiveAccount']>().mockReturnValue(null),
    getAllAccounts: vi.fn<IPublicClientApplication['getAllAccounts']>().mockReturnValue([]),
  };
  const create = () => Promise.resolve(client as unknown as IPublicClientApplication);
  return { client, create };
}

describe('NaaAccountManager', () => {
  it('returns a silent token for the API scope', async () => {
    const { client, create } = fakeClient();
    client.acquireTokenSilent.mockResolvedValue(result('silent'));
    const accounts = new NaaAccountManager(config, create);

    expect(await accounts.getToken()).toBe('silent');
    expect(client.acquireTokenSilent.mock.calls[0]?.[0].scopes).toEqual([config.apiScope]);
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    expect(accounts.userName).toBe('Ada Lovelace');
  });

  it('asks with a popup when the silent call fails', async () => {
    const { client, create } = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(new Error('interaction_required'));
    client.acquireTokenPopup.mockResolvedValue(result('popup'));
    const accounts = new NaaAccountManager(config, create);

    expect(await accounts.getToken()).toBe('popup');
    expect(client.acquireTokenPopup).toHaveBeenCalledWith({ scopes: [config.apiScope] });
  });

  it('shares one request between concurrent callers', async () => {
    const { client, create } = fakeClient();
    client.acquireTokenSilent.mockRejectedValue(new Error('interaction_required'));
    client.acquireTokenPopup.mockResolvedValue(result('popup'));
    const accounts = new NaaAccountManager(config, create);

    expect(await Promise.all([accounts.getToken(), accounts.getToken()])).toEqual(['popup', 'popup']);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('passes forceRefresh on to MSAL (after a 401)', async () => {
    const { client, create } = fakeClient();
    client.acquireTokenSilent.mockResolvedValue(result('fresh'));
    const accounts = new NaaAccountManager(config, create);

    await accounts.getToken({ forceRefresh: true });
    expect(client.acquireTokenSilent.mock.calls[0]?.[0].forceRefresh).toBe(true);
  });
});
