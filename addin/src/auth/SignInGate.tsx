import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountManager } from './AccountManager';
import { SignInPrompt } from './SignInPrompt';
import { Loading } from '../shared/Loading';

/** Signs in before showing the pane; on failure, "Sign in to continue" with a button. */
export function SignInGate({ accounts, children }: { accounts: AccountManager; children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'pending' | 'signedIn' | 'failed'>('pending');

  const signIn = useCallback(() => {
    setState('pending');
    accounts.getToken().then(
      () => setState('signedIn'),
      () => setState('failed'),
    );
  }, [accounts]);

  useEffect(signIn, [signIn]);

  if (state === 'pending') {
    return <Loading label={t('settings.loading')} />;
  }
  return state === 'failed' ? <SignInPrompt onSignIn={signIn} /> : <>{children}</>;
}
