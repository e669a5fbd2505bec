import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import type { AccountManager } from './AccountManager';
import type { AuthConfig } from './config';

export type CreateClient = (config: AuthConfig) => Promise<IPublicClientApplication>;

/**
 * MSAL (~70 KiB gzipped) is loaded with a dynamic import on the first token request, so the browser
 * preview and the pane's first paint never download it; Vite does not modulepreload dynamic imports.
 */
export const createNestable: CreateClient = async (config) => {
  const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
  return createNestablePublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority },
  });
};

/**
 * Nested app authentication inside Office (MSAL's nestable client): a silent token, else a popup.
 * `forceRefresh` (after a 401) skips MSAL's cache.
 */
export class NaaAccountManager implements AccountManager {
  private client: Promise<IPublicClientApplication> | null = null;
  private account: AccountInfo | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly config: AuthConfig,
    private readonly createClient: CreateClient = createNestable,
  ) {}

  get userName(): string {
    return this.account?.name ?? this.account?.username ?? '';
  }

  /** Concurrent callers share one request, so a popup is never opened twice at once. */
  getToken(options?: { forceRefresh?: boolean }): Promise<string> {
    if (this.pending && !options?.forceRefresh) {
      return this.pending;
    }
    const request = this.acquire(options?.forceRefresh ?? false);
    this.pending = request;
    const clear = () => {
      if (this.pending === request) {
        this.pending = null;
      }
    };
    request.then(clear, clear);
    return request;
  }

  private async acquire(forceRefresh: boolean): Promise<string> {
    this.client ??= this.createClient(this.config);
    const client = await this.client;
    const scopes = [this.config.apiScope];
    const account = this.account ?? client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
    try {
      const result = await client.acquireTokenSilent({
        scopes,
        ...(account ? { account } : {}),
        forceRefresh,
      });
      this.account = result.account;
      return result.accessToken;
    } catch {
      // No cached or refreshable token (or consent needed): ask the user.
      const result = await client.acquireTokenPopup({ scopes });
      this.account = result.account;
      return result.accessToken;
    }
  }
}
