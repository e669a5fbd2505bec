import { PublicClientApplication } from '@azure/msal-browser';
import { authConfig } from './config';

/** The Office dialog page: MSAL redirect sign-in, then the token goes back to the pane with `messageParent`. */
async function run(): Promise<void> {
  await Office.onReady();
  const config = authConfig();
  const msal = new PublicClientApplication({
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.dialogUrl },
  });
  await msal.initialize();
  const send = (message: object) => Office.context.ui.messageParent(JSON.stringify(message));
  try {
    const redirect = await msal.handleRedirectPromise();
    if (redirect) {
      send({ status: 'success', token: redirect.accessToken, userName: redirect.account.name ?? redirect.account.username });
      return;
    }
    const account = msal.getAllAccounts()[0];
    if (account) {
      const silent = await msal.acquireTokenSilent({ scopes: [config.apiScope], account });
      send({ status: 'success', token: silent.accessToken, userName: account.name ?? account.username });
      return;
    }
    await msal.loginRedirect({ scopes: [config.apiScope] });
  } catch (error) {
    send({ status: 'error', error: error instanceof Error ? error.message : String(error) });
  }
}

void run();
