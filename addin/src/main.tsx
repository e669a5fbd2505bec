/// <reference types="vite/client" />
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiClient } from './api/client';
import { apiBaseUrl } from './api/config';
import { DevelopmentAccountManager } from './auth/DevelopmentAccountManager';
import { SignInGate } from './auth/SignInGate';
import { chooseAccountManager } from './auth/chooseAccountManager';
import { storedLanguage } from './settings/language';
import { createI18n, pickLanguage } from './i18n';
import { detectHost } from './office/host';
import { OfficeMailActions, PreviewMailActions } from './mail/MailActions';
import { prefersDark } from './office/theme';

async function start(): Promise<void> {
  const host = await detectHost();
  const query = new URLSearchParams(window.location.search);
  const language = query.get('lang') ? pickLanguage(query.get('lang')) : (storedLanguage() ?? pickLanguage(host.displayLanguage));
  const i18n = await createI18n(language);
  document.documentElement.lang = language;

  // Inside Office: nested app authentication (or the Office dialog); the browser preview runs on
  // development tokens from the local host (loopback only).
  const user = query.get('user') ?? 'demo';
  const accounts = chooseAccountManager(host.inOffice, user);
  const signIn = accounts instanceof DevelopmentAccountManager ? undefined : accounts;
  const api = new ApiClient({ baseUrl: apiBaseUrl(), getToken: (options) => accounts.getToken(options) });

  const mail = host.inOffice
    ? new OfficeMailActions()
    : new PreviewMailActions((options) => accounts.getToken(options), query.get('sandbox') ?? (import.meta.env.DEV ? '' : 'http://127.0.0.1:7072'));

  const container = document.getElementById('root');
  if (!container) {
    throw new Error('#root is missing from index.html');
  }
  createRoot(container).render(
    <StrictMode>
      <App
        api={api}
        i18n={i18n}
        dark={prefersDark()}
        previewUser={host.inOffice ? undefined : user}
        settingsApi={api}
        mail={mail}
        gate={signIn ? (views) => <SignInGate accounts={signIn}>{views}</SignInGate> : undefined}
      />
    </StrictMode>,
  );
}

void start();
