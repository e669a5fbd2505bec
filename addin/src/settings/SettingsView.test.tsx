import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, type SettingsApi } from '../api/client';
import { ApiError } from '../api/errors';
import type { ImportReport, MailboxState } from '../api/types';
import { createI18n } from '../i18n';
import { plan } from '../test/fixtures';
import { renderInPane } from '../test/render';
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
    eraseMe: vi.fn<SettingsApi['eraseMe']>().mockResolvedValue({ state: 'pending' }),
    eraseStatus: vi.fn<SettingsApi['eraseStatus']>().mockResolvedValue({ state: 'done' }),
  };
}

function renderSettings(api: SettingsApi, i18n: I18n) {
  return renderInPane(<SettingsView api={api} />, i18n);
}

function chooseFile(content: string, name = 'Connections.csv', type = 'text/csv') {
  const input = screen.getByTestId('import-file');
  const file = new File([content], name, { type });
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
    api.importContacts.mockResolvedValue({ ...report, linkedInWritten: 0, linkedInReplies: 0, outsideNetwork: 0 });
    await renderSettings(api, i18n);

    const file = chooseFile('First Name,Last Name\nAda,Lovelace\n');
    expect(await screen.findByText('Imported 3 rows')).toBeTruthy();
    expect(api.importContacts).toHaveBeenCalledWith(file, 'text/csv');
    expect(screen.getByText('Created: 1')).toBeTruthy();
    expect(screen.getByText('Line 4: No name.')).toBeTruthy();
    expect(screen.getByText(/Ada Lovelace: Analyst at Babbage & Co → Head of Computing/)).toBeTruthy();
    // A CSV without messages: no LinkedIn figures, though the API sends zeros.
    expect(screen.queryByText('LinkedIn messages')).toBeNull();
  });

  it('sends LinkedIn’s ZIP as application/zip and shows each file of it, its rejected lines and the LinkedIn figures', async () => {
    api.importContacts.mockResolvedValue({
      ...report,
      rejected: [{ line: 7, reason: 'No name.' }],
      careerChanges: [],
      files: [
        { name: 'Connections.csv', readAs: 'connections', rows: 3, rejected: [{ file: 'Connections.csv', line: 7, reason: 'No name.' }] },
        { name: 'Positions.csv', readAs: 'positions', rows: 1, rejected: [] },
        { name: 'messages.csv', readAs: 'messages', rows: 12, rejected: [] },
        { name: 'Ad_Targeting.csv', readAs: 'ignored', rows: 0, rejected: [], note: 'Not read: Outreach has no use for it.' },
      ],
      linkedInWritten: 2,
      linkedInReplies: 1,
      outsideNetwork: 3,
      linkedInAdded: { messages: 2, written: 1, replies: 0 },
    });
    await renderSettings(api, i18n);

    const file = chooseFile('PK', 'Basic_LinkedInDataExport_11-29-2026.zip', '');
    const status = (await screen.findByText('Imported 3 rows')).closest('[role="status"]') as HTMLElement;
    expect(api.importContacts).toHaveBeenCalledWith(file, 'application/zip');
    const files = within(status).getByRole('region', { name: 'Files' });
    const entry = (name: string) => files.querySelector(`[data-file="${name}"]`) as HTMLElement;
    expect(within(entry('Connections.csv')).getByText('Connections.csv: read as contacts, 3 rows')).toBeTruthy();
    expect(within(entry('Connections.csv')).getByText('Line 7: No name.')).toBeTruthy();
    expect(within(entry('Positions.csv')).getByText('Positions.csv: read as your positions, 1 row')).toBeTruthy();
    expect(within(entry('messages.csv')).getByText('messages.csv: read as LinkedIn messages, 12 rows')).toBeTruthy();
    expect(within(entry('Ad_Targeting.csv')).getByText('Ad_Targeting.csv: not read')).toBeTruthy();
    expect(within(entry('Ad_Targeting.csv')).getByText('Not read: Outreach has no use for it.')).toBeTruthy();
    // The rejected line is listed once, under its file.
    expect(within(status).getAllByText('Line 7: No name.')).toHaveLength(1);
    expect(within(status).getByText('2 people written on LinkedIn since the plan’s start')).toBeTruthy();
    expect(within(status).getByText('1 person has answered on LinkedIn')).toBeTruthy();
    // What this upload added, beside the totals over every message kept.
    expect(within(status).getByText('2 new messages from this import')).toBeTruthy();
    expect(within(status).getByText('1 person newly counted as written on LinkedIn')).toBeTruthy();
    expect(within(status).getByText('0 new replies on LinkedIn')).toBeTruthy();
    expect(within(status).getByText('3 messages with people outside your network, left out')).toBeTruthy();
  });

  it('names the files of the report in German', async () => {
    api.importContacts.mockResolvedValue({
      ...report,
      files: [{ name: 'Positions.csv', readAs: 'positions', rows: 2, rejected: [] }],
      linkedInReplies: 1,
      linkedInAdded: { messages: 1, written: 0, replies: 1 },
    });
    await renderSettings(api, await createI18n('de'));

    chooseFile('Company Name\n', 'Positions.csv');
    expect(await screen.findByText('Positions.csv: gelesen als Ihre Positionen, 2 Zeilen')).toBeTruthy();
    expect(screen.getByText('1 Person hat auf LinkedIn geantwortet')).toBeTruthy();
    expect(screen.getByText('1 neue Nachricht aus diesem Import')).toBeTruthy();
    expect(screen.getByText('1 neue Antwort auf LinkedIn')).toBeTruthy();
  });

  it('says in words why a ZIP was refused (413 problem+json)', async () => {
    api.importContacts.mockRejectedValue(
      new ApiError('client', {
        status: 413,
        problem: { status: 413, title: 'The request is too large.', detail: 'export.zip: the archive unpacks to more than 200 MB.' },
      }),
    );
    await renderSettings(api, i18n);

    chooseFile('PK', 'export.zip', 'application/zip');
    expect(await screen.findByText('The request is too large. export.zip: the archive unpacks to more than 200 MB.')).toBeTruthy();
  });

  it('sends the day the plan started when moved, which may lie in the past', async () => {
    api.putPlan.mockImplementation(async (input) => plan({ startedOn: input.startedOn ?? '2026-11-01' }));
    await renderSettings(api, i18n);

    const started = screen.getByLabelText('Started on') as HTMLInputElement;
    expect(started.value).toBe('2026-11-01');
    expect(started.max).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Unchanged, the start is left out (the API keeps it).
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    });
    await waitFor(() => expect(api.putPlan).toHaveBeenCalledTimes(1));
    expect(api.putPlan.mock.calls[0]![0]).not.toHaveProperty('startedOn');

    fireEvent.change(started, { target: { value: '2025-09-15' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    });
    await waitFor(() => expect(api.putPlan).toHaveBeenCalledTimes(2));
    expect(api.putPlan).toHaveBeenLastCalledWith(expect.objectContaining({ startedOn: '2025-09-15' }));
    expect((screen.getByLabelText('Started on') as HTMLInputElement).value).toBe('2025-09-15');
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

  it('posts LinkedIn’s ZIP to /api/imports as application/zip', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValue(new Response(JSON.stringify(report), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const client = new ApiClient({ baseUrl: '/api', getToken: () => Promise.resolve('t'), fetch: fetchMock });
    const zip = new Blob(['PK']);
    await client.importContacts(zip, 'application/zip');
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/zip');
    expect(init?.body).toBe(zip);
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

    // The dialog re-renders into a new portal node as it opens; look the button up in the document. On a
    // loaded machine jsdom can catch tabster's modalizer with the surface itself still aria-hidden, so
    // the look-up does not require the button to be in the accessibility tree (only one Cancel exists).
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.eraseMe).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Erase my data' }));
    const confirm = await screen.findByRole('button', { name: 'Erase' });
    await act(async () => {
      fireEvent.click(confirm);
    });
    expect(api.eraseMe).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^Everything is erased/)).toBeTruthy();
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
