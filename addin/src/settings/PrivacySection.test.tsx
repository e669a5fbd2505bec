import { act, fireEvent, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { SettingsApi } from '../api/client';
import { ApiError } from '../api/errors';
import { createI18n, type Language } from '../i18n';
import { renderInPane } from '../test/render';
import { PrivacySection } from './PrivacySection';

function privacyApi(): SettingsApi & { eraseMe: ReturnType<typeof vi.fn<SettingsApi['eraseMe']>>; eraseStatus: ReturnType<typeof vi.fn<SettingsApi['eraseStatus']>> } {
  return {
    getPlan: vi.fn(),
    putPlan: vi.fn(),
    importContacts: vi.fn(),
    getMailbox: vi.fn(),
    connectMailbox: vi.fn(),
    exportData: vi.fn(),
    eraseMe: vi.fn<SettingsApi['eraseMe']>().mockResolvedValue({ state: 'pending' }),
    eraseStatus: vi.fn<SettingsApi['eraseStatus']>(),
  };
}

async function renderPrivacy(api: SettingsApi, language: Language): Promise<I18n> {
  const i18n = await createI18n(language);
  await renderInPane(<PrivacySection api={api} />, i18n);
  return i18n;
}

async function confirmErase(open: string, confirm: string) {
  fireEvent.click(screen.getByRole('button', { name: open }));
  // Not required to be in the accessibility tree: see the same look-up in SettingsView.test.tsx.
  const button = await screen.findByRole('button', { name: confirm, hidden: true });
  await act(async () => {
    fireEvent.click(button);
  });
}

describe('Erasing from the privacy section', () => {
  it('says the erase is running until the server says done, then that everything is erased', async () => {
    const api = privacyApi();
    let finish: () => void = () => {};
    api.eraseStatus
      .mockResolvedValueOnce({ state: 'pending' })
      .mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve({ state: 'done' }))));
    await renderPrivacy(api, 'en');

    await confirmErase('Erase my data', 'Erase');

    expect(screen.getByRole('status').textContent).toMatch(/^Erasing your data…/);
    expect(screen.getByRole('button', { name: 'Erase my data' }).hasAttribute('disabled')).toBe(true);
    await vi.waitFor(() => expect(api.eraseStatus).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    expect(screen.queryByText(/^Everything is erased/)).toBeNull();
    await act(async () => finish());
    expect(await screen.findByText(/^Everything is erased: your contacts/)).toBeTruthy();
    expect(api.eraseMe).toHaveBeenCalledTimes(1);
  });

  it('says so in German', async () => {
    const api = privacyApi();
    api.eraseStatus.mockResolvedValue({ state: 'done' });
    await renderPrivacy(api, 'de');

    await confirmErase('Meine Daten löschen', 'Löschen');

    expect(await screen.findByText(/^Alles ist gelöscht: Ihre Kontakte/)).toBeTruthy();
  });

  it('says when there was nothing to erase', async () => {
    const api = privacyApi();
    api.eraseMe.mockResolvedValue(undefined);
    await renderPrivacy(api, 'en');

    await confirmErase('Erase my data', 'Erase');

    expect(await screen.findByText('There was nothing to erase: Outreach holds no data of yours.')).toBeTruthy();
    expect(api.eraseStatus).not.toHaveBeenCalled();
  });

  it('says readably when the erase cannot be confirmed, and checks again when asked', async () => {
    const api = privacyApi();
    const problem = new ApiError('client', { status: 403, problem: { title: 'Forbidden.', detail: 'Not for this account.' } });
    api.eraseStatus.mockRejectedValueOnce(problem).mockRejectedValueOnce(problem).mockRejectedValueOnce(problem).mockResolvedValue({ state: 'done' });
    await renderPrivacy(api, 'en');

    await confirmErase('Erase my data', 'Erase');

    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert.textContent).toContain('Outreach could not confirm that the erase finished: Forbidden. Not for this account. It goes on on the server');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    });
    expect(await screen.findByText(/^Everything is erased/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
