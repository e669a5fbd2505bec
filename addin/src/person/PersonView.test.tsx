import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { ASSIGN_SEARCH_PAGE_SIZE } from '../addresses/AssignAddress';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';
import { composeItem, installMailbox, renderApp, uninstallOffice } from '../test/office';

async function openPersonTab() {
  await act(async () => {
    fireEvent.click(screen.getByRole('tab', { name: 'Person' }));
  });
  // The view loads on demand (its own chunk).
  await screen.findByRole('heading', { name: 'Person', level: 1 });
}

describe('Person view', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
    api.getToday.mockResolvedValue(today());
  });

  afterEach(uninstallOffice);

  it('ItemChanged with an item shows its sender, with null the empty state', async () => {
    const office = installMailbox(null);
    api.lookupPerson.mockResolvedValue(person());
    await renderApp(api);
    await openPersonTab();

    expect(screen.getByRole('heading', { name: 'No mail selected' })).toBeTruthy();

    await office.fireItemChanged({ from: { emailAddress: 'ada@example.com' }, to: [] });
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(api.lookupPerson).toHaveBeenCalledWith('ada@example.com');
    expect(screen.getByText('Head of Computing at Analytical Engines Ltd')).toBeTruthy();
    expect(screen.getByText('Last mail 12 Mar 2024 · 3 sent, 1 received')).toBeTruthy();
    expect(screen.getByText('How is the new role at Analytical Engines Ltd?')).toBeTruthy();
    // Reading, not composing: no Insert.
    expect(screen.queryByRole('button', { name: /^Insert/ })).toBeNull();

    await office.fireItemChanged(null);
    expect(await screen.findByRole('heading', { name: 'No mail selected' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Ada Lovelace' })).toBeNull();
  });

  it('shows "Not in your network" when nobody has the address', async () => {
    installMailbox({ from: { emailAddress: 'stranger@example.com' }, to: [] });
    api.lookupPerson.mockResolvedValue(null);
    await renderApp(api);
    await openPersonTab();

    expect(await screen.findByRole('heading', { name: 'Not in your network' })).toBeTruthy();
    expect(screen.getByText(/stranger@example\.com/)).toBeTruthy();
  });

  it('RecipientsChanged looks up the new recipient', async () => {
    const compose = composeItem(['ada@example.com']);
    installMailbox(compose.item);
    api.lookupPerson.mockImplementation(async (email) =>
      email === 'grace@example.com' ? person({ id: 'p2', firstName: 'Grace', lastName: 'Hopper' }) : person(),
    );
    await renderApp(api);
    await openPersonTab();
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();

    compose.state.recipients = ['grace@example.com'];
    await act(async () => {
      compose.state.recipientsChanged?.();
    });

    expect(await screen.findByRole('heading', { name: 'Grace Hopper' })).toBeTruthy();
    expect(api.lookupPerson).toHaveBeenLastCalledWith('grace@example.com');
  });

  it('Insert puts the prompt into the message body', async () => {
    const compose = composeItem(['ada@example.com']);
    installMailbox(compose.item);
    api.lookupPerson.mockResolvedValue(person());
    await renderApp(api);
    await openPersonTab();

    fireEvent.click(await screen.findByRole('button', { name: 'Insert “How is the new role at Analytical Engines Ltd?”' }));
    await waitFor(() => expect(compose.state.inserted).toEqual(['How is the new role at Analytical Engines Ltd?']));
  });

  it('autosaves notes with If-Match, and a 412 says someone changed the person elsewhere', async () => {
    installMailbox({ from: { emailAddress: 'ada@example.com' }, to: [] });
    api.lookupPerson.mockResolvedValue(person());
    api.saveNotes
      .mockResolvedValueOnce(person({ notes: 'Likes chess.', eTag: 'W/"2"' }))
      .mockRejectedValueOnce(new ApiError('client', { status: 412 }));
    await renderApp(api);
    await openPersonTab();

    const notes = await screen.findByLabelText('Notes');
    fireEvent.change(notes, { target: { value: 'Likes chess.' } });
    expect(screen.getByText('Saving…')).toBeTruthy();
    await waitFor(() => expect(api.saveNotes).toHaveBeenCalledWith('p1', 'Likes chess.', 'W/"1"'), { timeout: 2000 });
    expect(await screen.findByText('Saved')).toBeTruthy();

    fireEvent.change(notes, { target: { value: 'Likes chess and go.' } });
    await waitFor(() => expect(api.saveNotes).toHaveBeenLastCalledWith('p1', 'Likes chess and go.', 'W/"2"'), {
      timeout: 2000,
    });
    expect(
      await screen.findByText('Someone changed this person elsewhere — reload to see their version.'),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(api.lookupPerson).toHaveBeenCalledTimes(2));
  });

  it('adds an address nobody has yet to a person found by search', async () => {
    installMailbox({ from: { emailAddress: 'Ada@New.Example' }, to: [] });
    api.lookupPerson.mockResolvedValueOnce(null).mockResolvedValue(person());
    api.listPeople.mockResolvedValue({ items: [person()], cursor: null });
    api.setEmails.mockResolvedValue(person({ eTag: 'W/"2"' }));
    await renderApp(api);
    await openPersonTab();

    const section = await screen.findByRole('region', { name: 'Add this address to someone' });
    expect(section.textContent).toContain('Is it a new address of someone in your network?');
    fireEvent.change(within(section).getByRole('searchbox', { name: /Search your network/ }), { target: { value: 'Ada' } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Search' }));
    });
    expect(api.listPeople).toHaveBeenCalledWith({ search: 'Ada', pageSize: ASSIGN_SEARCH_PAGE_SIZE });
    within(section).getByRole('list', { name: 'People matching “Ada”' });

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Add Ada@New.Example to Ada Lovelace' }));
    });

    expect(api.setEmails).toHaveBeenCalledWith('p1', ['ada@example.com', 'ada@new.example'], 'W/"1"');
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(api.lookupPerson).toHaveBeenCalledTimes(2);
  });

  it('says when the search finds nobody, and explains a 412 with Retry', async () => {
    installMailbox({ from: { emailAddress: 'ada@new.example' }, to: [] });
    api.lookupPerson.mockResolvedValue(null);
    api.listPeople.mockResolvedValueOnce({ items: [], cursor: null }).mockResolvedValue({ items: [person()], cursor: null });
    api.setEmails
      .mockRejectedValueOnce(new ApiError('client', { status: 412 }))
      .mockResolvedValueOnce(person({ eTag: 'W/"3"' }));
    api.getPerson.mockResolvedValue(person({ eTag: 'W/"2"', notes: 'Changed elsewhere.' }));
    await renderApp(api);
    await openPersonTab();

    const section = await screen.findByRole('region', { name: 'Add this address to someone' });
    const search = within(section).getByRole('searchbox', { name: /Search your network/ });
    fireEvent.change(search, { target: { value: 'Zed' } });
    await act(async () => {
      fireEvent.submit(search.closest('form')!);
    });
    expect(within(section).getByText('Nobody in your network matches “Zed”.')).toBeTruthy();

    fireEvent.change(search, { target: { value: 'Ada' } });
    await act(async () => {
      fireEvent.submit(search.closest('form')!);
    });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Add ada@new.example to Ada Lovelace' }));
    });
    const alert = within(section).getByRole('alert');
    expect(alert.textContent).toContain('Ada Lovelace was changed elsewhere in the meantime');
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    });
    expect(api.setEmails).toHaveBeenLastCalledWith('p1', ['ada@example.com', 'ada@new.example'], 'W/"2"');
  });
});
