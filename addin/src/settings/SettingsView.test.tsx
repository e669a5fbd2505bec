import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, type SettingsApi } from '../api/client';
import { ApiError } from '../api/errors';
import type { ImportReport, MailboxState } from '../api/types';
import { createI18n } from '../i18n';
import { plan } from '../test/fixtures';
import SettingsView from './SettingsView';

// jsdom has no ResizeObserver; Fluent's MessageBar observes its own size.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = NoResizeObserver as unknown as typeof ResizeObserver;
}

type FakeSettingsApi = { [K in keyof SettingsApi]: ReturnType<typeof vi.fn<SettingsApi[K]>> };

const mailbox: MailboxState = {
  connected: false,
  connectedAt: null,
  reconnectNeeded: false,
  reconnectReason: null,
  lastNotificationAt: null,
  nextSubscriptionExpiry: null,
  poisonCount: 0,
  lastPoisonReason: null,
  subscriptionProblem: null,
  folders: {},
};

const report: ImportReport = {
  format: 'linkedIn',
  rows: 3,
  created: 1,
  updated: 1,
  unchanged: 0,
  duplicates: 0,
  careerChanges: [
    {
      personId: 'p1',
      name: 'Ada Lovelace',
      before: { company: 'Babbage & Co', position: 'Analyst' },
      after: { company: 'Analytical Engines Ltd', position: 'Head of Computing' },
    },
  ],
  rejected: [{ line: 4, reason: 'No name.' }],
  warnings: [],
  possibleDuplicates: [],
};

function fakeSettingsApi(): FakeSettingsApi {
  return {
    getPlan: vi.fn<SettingsApi['getPlan']>().mockResolvedValue(plan()),
    putPlan: vi.fn<SettingsApi['putPlan']>(),
    importContacts: vi.fn<SettingsApi['importContacts']>(),
    getMailbox: vi.fn<SettingsApi['getMailbox']>().mockResolvedValue(mailbox),
    connectMailbox: vi.fn<SettingsApi['connectMailbox']>(),
    exportData: vi.fn<SettingsApi['exportData']>(),
    eraseMe: vi.fn<SettingsApi['eraseMe']>().mockResolvedValue(undefined),
  };
}

async function renderSettings(api: SettingsApi, i18n: I18n) {
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>
          <SettingsView api={api} />
        </FluentProvider>
      </I18nextProvider>,
    );
  });
}

function chooseFile(content: string) {
  const input = screen.getByTestId('import-file');
  const file = new File([content], 'Connections.csv', { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
  return file;
}

describe('Settings view', () => {
  let api: FakeSettingsApi;
  let i18n: I18n;

  beforeEach(async () => {
    api = fakeSettingsApi();
    i18n = await createI18n('en');
    localStorage.clear();
  });

  it('imports a chosen file and shows the report with its rejected line', async () => {
    api.importContacts.mockResolvedValue(report);
    await renderSettings(api, i18n);

    const file = chooseFile('First Name,Last Name\nAda,Lovelace\n');
    expect(await screen.findByText('Imported 3 rows')).toBeTruthy();
    expect(api.importContacts).toHaveBeenCalledWith(file);
    expect(screen.getByText('Created: 1')).toBeTruthy();
    expect(screen.getByText('Line 4: No name.')).toBeTruthy();
    expect(screen.getByText(/Ada Lovelace: Analyst at Babbage & Co → Head of Computing/)).toBeTruthy();
  });

  it('names each folder, its sync state and its last sync, in the pane language', async () => {
    const synced: MailboxState = {
      ...mailbox,
      connected: true,
      folders: {
        inbox: { syncState: 'synced', lastSyncAt: '2026-11-26T09:05:00Z', messagesSeen: 412, subscribed: true, subscriptionExpiresAt: null, lastError: null },
        sentitems: { syncState: 'failed', lastSyncAt: null, messagesSeen: 0, subscribed: false, subscriptionExpiresAt: null, lastError: 'Graph said no.' },
      },
    };
    api.getMailbox.mockResolvedValue(synced);
    await renderSettings(api, await createI18n('de'));

    expect(await screen.findByText(/^Posteingang: abgeglichen · 412 Nachrichten · zuletzt abgeglichen /)).toBeTruthy();
    expect(screen.getByText('Gesendete Elemente: Abgleich fehlgeschlagen · 0 Nachrichten · Graph said no.')).toBeTruthy();
  });

  it('posts the file to /api/imports as text/csv', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(new Response(JSON.stringify(report), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const client = new ApiClient({ baseUrl: '/api', getToken: () => Promise.resolve('t'), fetch: fetchMock });
    await client.importContacts('a,b\n');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/imports');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('text/csv');
    expect(init?.body).toBe('a,b\n');
  });

  it('shows the line a 400 import problem names', async () => {
    api.importContacts.mockRejectedValue(
      new ApiError('client', {
        status: 400,
        problem: { status: 400, title: 'The file is not valid.', detail: 'The header row is missing.', line: 1 },
      }),
    );
    await renderSettings(api, i18n);

    chooseFile('garbage');
    expect(await screen.findByText('Line 1: The file is not valid. The header row is missing.')).toBeTruthy();
  });

  it('shows a field error from a 400 next to the plan field', async () => {
    api.putPlan.mockRejectedValue(
      new ApiError('client', {
        status: 400,
        problem: { status: 400, title: 'The request is not valid.', errors: { deadline: ['The deadline has passed.'] } },
      }),
    );
    await renderSettings(api, i18n);

    const deadline = screen.getByLabelText('Deadline');
    expect((deadline as HTMLInputElement).value).toBe('2026-12-31');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    });
    expect(await screen.findByText('The deadline has passed.')).toBeTruthy();
    expect(api.putPlan).toHaveBeenCalledWith(
      expect.objectContaining({ deadline: '2026-12-31', target: null, timeZone: 'Europe/Berlin', weekdaysOnly: true }),
    );
    expect(deadline.getAttribute('aria-invalid')).toBe('true');
  });

  it('erases only after confirming', async () => {
    await renderSettings(api, i18n);

    fireEvent.click(screen.getByRole('button', { name: 'Erase my data' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Erase all your data?')).toBeTruthy();
    expect(api.eraseMe).not.toHaveBeenCalled();

    // The dialog re-renders into a new portal node as it opens; look the button up in the document.
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.eraseMe).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Erase my data' }));
    const confirm = await screen.findByRole('button', { name: 'Erase' });
    await act(async () => {
      fireEvent.click(confirm);
    });
    expect(api.eraseMe).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Your data was erased.')).toBeTruthy();
  });

  it('switches the UI to German and remembers it', async () => {
    await renderSettings(api, i18n);

    await act(async () => {
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'de' } });
    });
    await waitFor(() => expect(screen.getByText('Einstellungen')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Plan speichern' })).toBeTruthy();
    expect(localStorage.getItem('outreach.language')).toBe('de');
  });
});
