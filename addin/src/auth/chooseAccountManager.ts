import type { AccountManager } from './AccountManager';
import { DevelopmentAccountManager } from './DevelopmentAccountManager';
import { DialogAccountManager } from './DialogAccountManager';
import { NaaAccountManager } from './NaaAccountManager';
import { authConfig, type AuthConfig } from './config';

/**
 * No Office host (browser preview) → development tokens; Office with NestedAppAuth 1.1 → NAA;
 * other Office clients → MSAL sign-in in the Office dialog. Without a configured app registration
 * (`VITE_AUTH_CLIENT_ID`), Office too runs on development tokens, for sideloading against the local host.
 */
export function chooseAccountManager(
  inOffice: boolean,
  previewUser = 'demo',
  config: AuthConfig = authConfig(),
): AccountManager {
  if (!inOffice || !config.configured) {
    return new DevelopmentAccountManager(previewUser);
  }
  const naa =
    typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('NestedAppAuth', '1.1') === true;
  return naa ? new NaaAccountManager(config) : new DialogAccountManager(config);
}
