import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OfficeMailActions, PreviewMailActions } from '../mail/MailActions';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';
import { installMailbox, renderApp, uninstallOffice } from '../test/office';
import { reply } from '../test/replies';

async function openReplies(name = 'Replies') {
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name }));
  });
}

describe('Replies view', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
    api.getToday.mockResolvedValue(today());
  });

  afterEach(uninstallOffice);

  it('shows who answered, when, the subject, the mail it answers and how long the answer took', async () => {
    api.getReplies.mockResolvedValue([reply()]);
    await renderApp(api);
    await openReplies();

    const item = (await screen.findByRole('heading', { name: 'Ada Lovelace' })).closest('li')!;
    expect(within(item).getByText('“Re: Long time no see”')).toBeTruthy();
    expect(within(item).getByText('Received 20 Nov 2026, after 2 days')).toBeTruthy();
    expect(within(item).getByText('Answers your mail of 18 Nov 2026: “Long time no see”')).toBeTruthy();
  });

  it('marks a reply on LinkedIn as such, with the message it answers and no Open in Outlook', async () => {
    api.getReplies.mockResolvedValue([
      reply({
        channel: 'linkedIn',
        subject: null,
        messageId: 'linkedin-conversation-1',
        answers: { messageId: 'linkedin-conversation-1', sentAt: '2026-11-18T08:00:00+00:00', subject: null },
      }),
    ]);
    await renderApp(api);
    await openReplies();

    const item = (await screen.findByRole('heading', { name: 'Ada Lovelace' })).closest('li')!;
    expect(within(item).getByText('A message on LinkedIn')).toBeTruthy();
    expect(within(item).getByText('Answers your LinkedIn message of 18 Nov 2026')).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /in Outlook/ })).toBeNull();
    expect(within(item).getByRole('button', { name: 'No answer needed for the reply from Ada Lovelace' })).toBeTruthy();
  });

  it('opening a reply shows the person card beside it with the notes field focused', async () => {
    api.getReplies.mockResolvedValue([reply()]);
    api.getPerson.mockResolvedValue(person({ notes: '' }));
    await renderApp(api);
    await openReplies();

    fireEvent.click(await screen.findByRole('button', { name: 'Open the reply from Ada Lovelace' }));
    const card = await screen.findByRole('region', { name: 'About Ada Lovelace' });
    const notes = await within(card).findByLabelText('Notes');
    await waitFor(() => expect(document.activeElement).toBe(notes));
    expect(api.getPerson).toHaveBeenCalledWith('p1');
  });

  it('No answer needed dismisses the reply and it leaves the list', async () => {
    api.getReplies.mockResolvedValueOnce([reply(), reply({ id: 'r2', personId: 'p2', firstName: 'Grace', lastName: 'Hopper' })]);
    api.getReplies.mockResolvedValue([reply({ id: 'r2', personId: 'p2', firstName: 'Grace', lastName: 'Hopper' })]);
    api.dismissReply.mockResolvedValue(undefined);
    await renderApp(api);
    await openReplies();

    fireEvent.click(await screen.findByRole('button', { name: 'No answer needed for the reply from Ada Lovelace' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Ada Lovelace' })).toBeNull());
    expect(api.dismissReply).toHaveBeenCalledWith('r1');
    expect(screen.getByRole('heading', { name: 'Grace Hopper' })).toBeTruthy();
  });

  it('Open in Outlook opens the message with the converted id', async () => {
    const office = installMailbox({});
    api.getReplies.mockResolvedValue([reply()]);
    await renderApp(api, new OfficeMailActions());
    await openReplies();

    fireEvent.click(await screen.findByRole('button', { name: 'Open the reply from Ada Lovelace in Outlook' }));

    expect(office.calls.convertToEwsId).toEqual([['AAMkAD=', 'v2.0']]);
    expect(office.calls.displayMessageForm).toEqual(['ews:AAMkAD=']);
  });

  it('in the preview Open in Outlook shows the message id instead, in German', async () => {
    api.getReplies.mockResolvedValue([reply({ firstName: null, lastName: null, messageId: 'm-1', hoursToReply: 5, answers: null })]);
    await renderApp(api, new PreviewMailActions(async () => 'token', 'http://sandbox'), 'de');
    await openReplies('Antworten');

    expect(await screen.findByText('Empfangen am 20. Nov. 2026, nach 5 Stunden')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Die Antwort von Kontakt ohne Namen in Outlook öffnen' }));
    expect(screen.getByText('In Outlook öffnet das die Nachricht m-1.')).toBeTruthy();
  });
});
