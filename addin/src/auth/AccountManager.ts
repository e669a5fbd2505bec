/**
 * Signs the user in and hands out API tokens, like the `AccountManager` of Microsoft's
 * Outlook-Add-in-SSO-NAA sample. Inside Office this will be nested app authentication (MSAL's
 * nestable client: silent, then popup, then the Office dialog); outside Office the pane runs as a
 * preview against the local host with a development token.
 */
export interface AccountManager {
  /** Who is signed in, for display. */
  readonly userName: string;
  /** A bearer token for the API; `forceRefresh` discards a cached one (after a 401). */
  getToken(options?: { forceRefresh?: boolean }): Promise<string>;
}
