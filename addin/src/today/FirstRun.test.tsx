import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import type { SettingsApi } from '../api/client';
import type { MailboxState } from '../api/types';
import { createI18n } from '../i18n';
import { type FakeApi, fakeApi, plan, today } from '../test/fixtures';
import { firstRunSteps } from './FirstRun';

const empty = () =>
  today({
    progress: { ...today().progress, doneToday: 0, dailyQuota: 0, done: 0, total: 0, remaining: 0, projectedFinish: null, paceKnown: false },
    next: null,
    needsEmailCount: 0,
  });

function settingsApi(connected = false) {
  const mailbox = { connected, folders: {} } as unknown as MailboxState;
  return {
    getPlan: vi.fn<SettingsApi['getPlan']>(),
    putPlan: vi.fn<SettingsApi['putPlan']>().mockImplementation(async (input) => plan({ ...input, target: input.target })),
    importContacts: vi.fn<SettingsApi['importContacts']>(),
    getMailbox: vi.fn<SettingsApi['getMailbox']>().mockResolvedValue(mailbox),
    connectMailbox: vi.fn<SettingsApi['connectMailbox']>().mockResolvedValue({ ...mailbox, connected: true }),
    exportData: vi.fn<SettingsApi['exportData']>(),
    eraseMe: vi.fn<SettingsApi['eraseMe']>(),
    eraseStatus: vi.fn<SettingsApi['eraseStatus']>(),
  };
}

async function renderPane(api: FakeApi, settings: SettingsApi) {
  const i18n = await createI18n('en');
  await act(async () => {
    render(<App api={api} i18n={i18n} dark={false} settingsApi={settings} />);
  });
}

const step = (id: string) => document.querySelector(`[data-step="${id}"]`) as HTMLElement;

describe('first run', () => {
  let api: FakeApi;

  beforeEach(() => {
    localStorage.clear();
    api = fakeApi();
  });

  afterEach(() => localStorage.clear());

  it('knows each step from the facts', () => {
    expect(firstRunSteps({ total: 0, planSaved: false, mailboxConnected: false }).map((s) => s.done)).toEqual([false, false, false]);
    expect(firstRunSteps({ total: 3, planSaved: true, mailboxConnected: false }).map((s) => s.done)).toEqual([true, true, false]);
  });

  it('an empty Today shows three steps and no "0 of 0"', async () => {
    api.getToday.mockResolvedValue(empty());
    await renderPane(api, settingsApi());

    expect(await screen.findByRole('heading', { name: 'Get started' })).toBeTruthy();
    expect(within(step('import')).getByRole('heading', { name: 'Import your network' })).toBeTruthy();
    expect(within(step('plan')).getByRole('heading', { name: 'Set your goal' })).toBeTruthy();
    expect(within(step('mailbox')).getByRole('heading', { name: 'Connect your mailbox' })).toBeTruthy();
    expect(screen.queryByText(/0 of 0/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Drop area for LinkedIn’s ZIP or a CSV file' })).toBeTruthy();
  });

  it('each step ticks itself, and after the third the first person shows', async () => {
    api.getToday.mockResolvedValueOnce(empty()).mockResolvedValue(today());
    const settings = settingsApi();
    settings.importContacts.mockResolvedValue({
      format: 'linkedIn', rows: 1, created: 1, updated: 0, unchanged: 0, duplicates: 0, careerChanges: [], rejected: [], warnings: [], possibleDuplicates: [],
    });
    await renderPane(api, settings);
    await screen.findByRole('heading', { name: 'Get started' });

    const file = new File(['First Name,Last Name\nAda,Lovelace\n'], 'Connections.csv', { type: 'text/csv' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    });
    await waitFor(() => expect(step('import').dataset.done).toBe('true'));

    // The plan form starts from the sensible default: everyone, a year from today, weekdays.
    const planStep = step('plan');
    expect((within(planStep).getByLabelText('Everyone') as HTMLInputElement).checked).toBe(true);
    expect((within(planStep).getByLabelText('Deadline') as HTMLInputElement).value).toBe('2027-11-26');
    expect((within(planStep).getByLabelText('Weekdays only') as HTMLInputElement).checked).toBe(true);
    await act(async () => {
      fireEvent.click(within(planStep).getByRole('button', { name: 'Save plan' }));
    });
    expect(settings.putPlan).toHaveBeenCalledWith(expect.objectContaining({ target: null, deadline: '2027-11-26', weekdaysOnly: true }));
    await waitFor(() => expect(step('plan').dataset.done).toBe('true'));

    await act(async () => {
      fireEvent.click(within(step('mailbox')).getByRole('button', { name: 'Connect mailbox' }));
    });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Get started' })).toBeNull());
    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByText('2 of 5 written today · 412 of 1,109 · on pace for 9 Dec')).toBeTruthy();
  });
});
