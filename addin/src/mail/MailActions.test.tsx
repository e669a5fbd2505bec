import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';
import { installMailbox, renderApp, uninstallOffice } from '../test/office';
import { OfficeMailActions, PreviewMailActions, tokenObjectId, usableAddress } from './MailActions';

function jwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'none' })}.${encode(claims)}.sig`;
}

describe('Write', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
  });

  afterEach(() => {
    uninstallOffice();
    vi.useRealTimers();
  });

  it('picks the first address that has not bounced', () => {
    expect(
      usableAddress(
        person({
          emails: [
            { address: 'old@example.com', source: 'import', bounced: true },
            { address: 'ada@example.com', source: 'mail' },
          ],
        }),
      ),
    ).toBe('ada@example.com');
    expect(usableAddress(person({ emails: [{ address: 'old@example.com', source: 'import', bounced: true }] }))).toBeNull();
  });

  it('in Outlook opens a new message to the person’s usable address, never a bounced one', async () => {
    const office = installMailbox({});
    api.getToday.mockResolvedValue(
      today({
        next: person({
          emails: [
            { address: 'old@example.com', source: 'import', bounced: true },
            { address: 'ada@example.com', source: 'mail' },
          ],
        }),
      }),
    );
    await renderApp(api, new OfficeMailActions());

    fireEvent.click(await screen.findByRole('button', { name: 'Write' }));

    expect(office.calls.displayNewMessageForm).toEqual([{ toRecipients: ['ada@example.com'] }]);
  });

  it('tells the API that Write started, and still opens the form when that call fails', async () => {
    const office = installMailbox({});
    api.getToday.mockResolvedValue(today({ next: person({ id: 'p7' }) }));
    api.writeStarted.mockRejectedValue(new Error('offline'));
    await renderApp(api, new OfficeMailActions());

    fireEvent.click(await screen.findByRole('button', { name: 'Write' }));

    await waitFor(() => expect(api.writeStarted).toHaveBeenCalledWith('p7'));
    expect(office.calls.displayNewMessageForm).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers no Write when every address bounced', async () => {
    installMailbox({});
    api.getToday.mockResolvedValue(
      today({ next: person({ emails: [{ address: 'old@example.com', source: 'import', bounced: true }] }) }),
    );
    await renderApp(api, new OfficeMailActions());

    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write' })).toBeNull();
  });

  it('in the preview sends through the sandbox as the demo user, then refreshes Today', async () => {
    expect(tokenObjectId(jwt({ oid: 'oid-123' }))).toBe('oid-123');
    const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(new Response('{}', { status: 200 }));
    const mail = new PreviewMailActions(async () => jwt({ oid: 'oid-123', name: 'demo' }), 'http://127.0.0.1:7072', fetchMock);
    const counted = today();
    counted.progress = { ...counted.progress, done: 413, doneToday: 3 };
    counted.next = person({ id: 'p2', firstName: 'Grace', lastName: 'Hopper' });
    // The second refresh shows a reordered queue (another person first, nothing counted yet):
    // polling goes on until the mail is counted.
    api.getToday
      .mockResolvedValueOnce(today())
      .mockResolvedValueOnce(today({ next: person({ id: 'p3', firstName: 'Alan', lastName: 'Turing' }) }))
      .mockResolvedValue(counted);
    await renderApp(api, mail);

    fireEvent.click(await screen.findByRole('button', { name: 'Write' }));
    fireEvent.change(await screen.findByLabelText('Subject'), { target: { value: 'Hello again' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'How are you?' } });
    const send = await screen.findByRole('button', { name: 'Send', hidden: true });
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await act(async () => {
      fireEvent.click(send);
    });

    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:7072/sandbox/mailboxes/oid-123/send');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ to: ['ada@example.com'], subject: 'Hello again' });

    // Polls every 2 s: the first refresh shows the reordered queue, the second the counted mail.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(await screen.findByRole('heading', { name: 'Alan Turing' })).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    expect(await screen.findByRole('heading', { name: 'Grace Hopper' })).toBeTruthy();
    expect(screen.getByText(/3 of 5 written today/)).toBeTruthy();
    const calls = api.getToday.mock.calls.length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6000);
    });
    expect(api.getToday.mock.calls.length).toBe(calls);
  });
});
