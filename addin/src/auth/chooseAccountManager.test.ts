import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DevelopmentAccountManager } from './DevelopmentAccountManager';
import { DialogAccountManager } from './DialogAccountManager';
import { NaaAccountManager } from './NaaAccountManager';
import { chooseAccountManager } from './chooseAccountManager';
import { testAuthConfig as config } from '../test/fixtures';

// MSAL stands in here: the pane must import it only when a token is first asked for.
const msal = vi.hoisted(() => ({
  createNestablePublicClientApplication: vi.fn(async () => ({
    getActiveAccount: () => null,
    getAllAccounts: () => [],
    acquireTokenSilent: async () => ({ accessToken: 'naa-token', account: { name: 'Ada', username: 'ada@example.com' } }),
    acquireTokenPopup: async () => {
      throw new Error('no popup expected');
    },
  })),
}));
vi.mock('@azure/msal-browser', () => msal);

function installOffice(nestedAppAuth: boolean): void {
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => nestedAppAuth && name === 'NestedAppAuth' && version === '1.1',
      },
    },
  });
  (globalThis as unknown as { Office: unknown }).Office = mock;
}

describe('chooseAccountManager', () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it('uses nested app authentication where Office supports NestedAppAuth 1.1', () => {
    installOffice(true);
    expect(chooseAccountManager(true, 'demo', config)).toBeInstanceOf(NaaAccountManager);
  });

  it('loads MSAL lazily: not when choosing NAA, only for the first token', async () => {
    installOffice(true);
    msal.createNestablePublicClientApplication.mockClear();
    const accounts = chooseAccountManager(true, 'demo', config);
    expect(accounts).toBeInstanceOf(NaaAccountManager);
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();

    expect(await accounts.getToken()).toBe('naa-token');
    expect(await accounts.getToken()).toBe('naa-token');
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledWith({
      auth: { clientId: config.clientId, authority: config.authority },
    });
    expect(accounts.userName).toBe('Ada');
  });

  it('falls back to the Office dialog where NestedAppAuth is unsupported', () => {
    installOffice(false);
    expect(chooseAccountManager(true, 'demo', config)).toBeInstanceOf(DialogAccountManager);
  });

  it('keeps to development tokens in Office without a configured app registration', () => {
    installOffice(true);
    expect(chooseAccountManager(true, 'demo', { ...config, configured: false })).toBeInstanceOf(DevelopmentAccountManager);
  });

  it('uses development tokens without an Office host', () => {
    const accounts = chooseAccountManager(false, 'zoë', config);
    expect(accounts).toBeInstanceOf(DevelopmentAccountManager);
    expect(accounts.userName).toBe('zoë');
  });
});
