import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n';
import type { AccountManager } from './AccountManager';
import { SignInGate } from './SignInGate';

describe('SignInGate', () => {
  it('asks to sign in when sign-in fails, and shows the pane once it works', async () => {
    const getToken = vi
      .fn<AccountManager['getToken']>()
      .mockRejectedValueOnce(new Error('popup_window_error'))
      .mockResolvedValueOnce('token');
    const accounts: AccountManager = { userName: '', getToken };
    const i18n = await createI18n('en');

    await act(async () => {
      render(
        <I18nextProvider i18n={i18n}>
          <SignInGate accounts={accounts}>
            <p>the pane</p>
          </SignInGate>
        </I18nextProvider>,
      );
    });
    expect(screen.getByText('Sign in to continue')).toBeTruthy();
    expect(screen.queryByText('the pane')).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });
    expect(screen.getByText('the pane')).toBeTruthy();
  });
});
