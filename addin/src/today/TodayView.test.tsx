import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App';
import { ApiError } from '../api/errors';
import { createI18n, pickLanguage } from '../i18n';
import { detectHost } from '../office/host';
import { isDarkColor, prefersDark } from '../office/theme';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';

function installOffice(displayLanguage: string, bodyBackgroundColor = '#ffffff'): void {
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage,
      officeTheme: { bodyBackgroundColor, bodyForegroundColor: '#000000' },
    },
    onReady: async () => ({ host: 'Outlook', platform: 'PC' }),
  });
  (globalThis as unknown as { Office: unknown }).Office = mock;
}

async function renderPane(api: FakeApi) {
  const host = await detectHost(100);
  const i18n = await createI18n(pickLanguage(host.displayLanguage));
  // Inside act, so the first load's state update (a resolved mock) is flushed with the render.
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<App api={api} i18n={i18n} dark={prefersDark()} />);
  });
  return result;
}

describe('Today view', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
  });

  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it('renders progress and the next person in English', async () => {
    installOffice('en-US');
    api.getToday.mockResolvedValue(today());

    await renderPane(api);

    expect(await screen.findByText('2 of 5 written today · 412 of 1,109 · on pace for 9 Dec')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByText('Head of Computing at Analytical Engines Ltd')).toBeTruthy();
    expect(screen.getByText('Connected since March 2019')).toBeTruthy();
    expect(screen.getByText('Last mail 12 Mar 2024 · 3 sent, 1 received')).toBeTruthy();
    expect(
      screen.getByText('1 Oct 2026: Analyst at Babbage & Co → Head of Computing at Analytical Engines Ltd'),
    ).toBeTruthy();
    expect(screen.getByText('Met at the 2019 conference.')).toBeTruthy();
    expect(screen.getByText('3 people need an email address')).toBeTruthy();
    expect(screen.getByText('4.6 a day needed')).toBeTruthy();
    const actions = screen.getByRole('group', { name: 'Actions for Ada Lovelace' });
    expect(within(actions).getByRole('button', { name: 'Skip' })).toBeTruthy();
    expect(within(actions).getByRole('button', { name: 'Written elsewhere' })).toBeTruthy();
    expect((within(actions).getByLabelText('Snooze until') as HTMLInputElement).value).toBe('2026-11-27');
  });

  it('shows questions to ask on the card, from the new role and the years of silence', async () => {
    installOffice('en-US');
    api.getToday.mockResolvedValue(today());

    await renderPane(api);

    const questions = await screen.findByRole('region', { name: 'Questions to ask' });
    expect(within(questions).getByText('How is the new role at Analytical Engines Ltd?')).toBeTruthy();
    expect(within(questions).getByText(/years — what happened since\?$/)).toBeTruthy();
  });

  it('renders progress and the next person in German', async () => {
    installOffice('de-DE');
    api.getToday.mockResolvedValue(today({ needsEmailCount: 1 }));

    await renderPane(api);

    expect(await screen.findByText('2 von 5 heute geschrieben · 412 von 1.109 · im Plan für den 9. Dez.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Heute' })).toBeTruthy();
    expect(screen.getByText('Head of Computing bei Analytical Engines Ltd')).toBeTruthy();
    expect(screen.getByText('Vernetzt seit März 2019')).toBeTruthy();
    expect(screen.getByText('Letzte Mail am 12. März 2024 · 3 gesendet, 1 empfangen')).toBeTruthy();
    expect(screen.getByText('1 Person braucht eine E-Mail-Adresse')).toBeTruthy();
    expect(screen.getByText('4,6 pro Tag nötig')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Überspringen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anderswo geschrieben' })).toBeTruthy();
  });

  it('Skip calls the route and loads the next person', async () => {
    installOffice('en-US');
    api.getToday
      .mockResolvedValueOnce(today())
      .mockResolvedValueOnce(today({ next: person({ id: 'p2', firstName: 'Grace', lastName: 'Hopper' }) }));
    api.skip.mockResolvedValue(person({ status: 'skipped' }));

    await renderPane(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Skip' }));

    expect(await screen.findByRole('heading', { name: 'Grace Hopper' })).toBeTruthy();
    expect(api.skip).toHaveBeenCalledWith('p1');
    expect(api.getToday).toHaveBeenCalledTimes(2);
  });

  it('Snooze posts the chosen date, Written elsewhere marks the person written', async () => {
    installOffice('en-US');
    api.getToday.mockResolvedValue(today());
    api.snooze.mockResolvedValue(person());
    api.markWritten.mockResolvedValue(person());

    await renderPane(api);
    const input = (await screen.findByLabelText('Snooze until')) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '2026-12-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(api.snooze).toHaveBeenCalledWith('p1', '2026-12-24'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Written elsewhere' }).hasAttribute('disabled')).toBe(false));

    fireEvent.click(screen.getByRole('button', { name: 'Written elsewhere' }));
    await waitFor(() => expect(api.markWritten).toHaveBeenCalledWith('p1'));
    await waitFor(() => expect(api.getToday).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Written elsewhere' }).hasAttribute('disabled')).toBe(false));
  });

  it('shows an API 5xx with Retry, and Retry recovers', async () => {
    installOffice('en-US');
    api.getToday
      .mockRejectedValueOnce(
        new ApiError('server', { status: 503, problem: { title: 'Service Unavailable', detail: 'Storage is not reachable.', status: 503 } }),
      )
      .mockResolvedValueOnce(today());

    await renderPane(api);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Outreach had a problem on its side.');
    expect(alert.textContent).toContain('Storage is not reachable.');
    expect(alert.textContent).toContain('HTTP 503');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains network failure and sign-in failure', async () => {
    installOffice('en-US');
    api.getToday
      .mockRejectedValueOnce(new ApiError('network', { message: 'Failed to fetch' }))
      .mockRejectedValueOnce(new ApiError('unauthorized', { status: 401 }));

    await renderPane(api);

    expect((await screen.findByRole('alert')).textContent).toContain('Outreach can’t be reached.');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Your sign-in has expired'));
  });

  it('shows the "no one to write to" state for an empty network', async () => {
    installOffice('en-US');
    api.getToday.mockResolvedValue(
      today({
        next: null,
        needsEmailCount: 0,
        progress: { doneToday: 0, dailyQuota: 0, done: 0, total: 0, remaining: 0, projectedFinish: null, onPace: true, remainingWorkingDays: 24, averagePerDay: 0 },
      }),
    );

    await renderPane(api);

    expect(await screen.findByRole('heading', { name: 'No one to write to' })).toBeTruthy();
    expect(screen.getByText(/Your network is empty/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
  });

  it('shows a loading state first', async () => {
    installOffice('en-US');
    api.getToday.mockReturnValue(new Promise(() => {}));

    await renderPane(api);

    expect(screen.getByText('Loading today’s plan…')).toBeTruthy();
  });
});

describe('Office host and theme', () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it('reads Office display language and dark theme', async () => {
    installOffice('de-DE', '#262626');
    const host = await detectHost(100);
    expect(host).toEqual({ inOffice: true, displayLanguage: 'de-DE' });
    expect(prefersDark()).toBe(true);
  });

  it('runs as a preview when Office.onReady gives host null', async () => {
    (globalThis as unknown as { Office: unknown }).Office = new OfficeMockObject({
      host: 'outlook',
      onReady: async () => ({ host: null, platform: null }),
    });
    expect((await detectHost(100)).inOffice).toBe(false);
  });

  it('tells dark from light colours', () => {
    expect(isDarkColor('#000')).toBe(true);
    expect(isDarkColor('#1f1f1f')).toBe(true);
    expect(isDarkColor('#ffffff')).toBe(false);
    expect(isDarkColor('#f3f2f1')).toBe(false);
    expect(isDarkColor('not a colour')).toBe(false);
  });
});
