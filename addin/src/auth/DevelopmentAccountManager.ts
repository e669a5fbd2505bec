import { ApiError } from '../api/errors';
import type { AccountManager } from './AccountManager';

/**
 * Gets development tokens from the local host's loopback-only `GET /dev-token?user=NAME`,
 * for the browser preview (outside Office) against `dotnet run --project functions/Outreach.Local`.
 */
export class DevelopmentAccountManager implements AccountManager {
  private cached: Promise<string> | null = null;

  constructor(
    readonly userName: string,
    private readonly tokenUrl = '/dev-token',
    private readonly fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {}

  getToken(options?: { forceRefresh?: boolean }): Promise<string> {
    if (options?.forceRefresh || this.cached === null) {
      const request = this.fetchToken();
      this.cached = request;
      request.catch(() => {
        if (this.cached === request) {
          this.cached = null;
        }
      });
    }
    return this.cached;
  }

  private async fetchToken(): Promise<string> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.tokenUrl}?user=${encodeURIComponent(this.userName)}`, {
        headers: { Accept: 'application/json' },
      });
    } catch (cause) {
      throw new ApiError('network', { cause, message: cause instanceof Error ? cause.message : String(cause) });
    }
    if (!response.ok) {
      throw new ApiError(response.status >= 500 ? 'server' : 'unauthorized', {
        status: response.status,
        message: `The development token route answered ${response.status}.`,
      });
    }
    const body = (await response.json()) as { token?: unknown };
    if (typeof body.token !== 'string' || body.token.length === 0) {
      throw new Error('The development token route sent no token.');
    }
    return body.token;
  }
}
