import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import type { PeopleQuery, Person } from '../api/types';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';
import { renderApp, uninstallOffice } from '../test/office';
import { NEEDS_EMAIL_PAGE_SIZE } from './NeedsEmailList';

function grace(overrides: Partial<Person> = {}): Person {
  return person({
    id: 'p2',
    firstName: 'Grace',
    lastName: 'Hopper',
    company: 'US Navy',
    position: 'Rear Admiral',
    emails: [],
    status: 'needsEmail',
    suggestions: [
      { address: 'grace@navy.example', matchedName: 'Grace Hopper', count: 4 },
      { address: 'g.hopper@example.org', matchedName: 'G. Hopper', count: 1 },
    ],
    eTag: 'W/"7"',
    ...overrides,
  });
}

const alan = () => person({ id: 'p3', firstName: 'Alan', lastName: 'Turing', company: null, position: null, emails: [], suggestions: [], eTag: 'W/"9"' });

/** The API's answer by `suggested`: people with suggestions first, then the rest. */
function pages(withSuggestions: Person[], rest: Person[]) {
  return async (query: PeopleQuery) => ({ items: query.suggested ? withSuggestions : rest, cursor: null });
}

async function showList() {
  const section = await screen.findByRole('region', { name: 'People without an email address' });
  const toggle = within(section).getByRole('button', { name: 'Show them' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await act(async () => {
    fireEvent.click(toggle);
  });
  return section;
}

describe('People who need an address, on Today', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
    api.getToday.mockResolvedValue(today({ needsEmailCount: 2 }));
  });

  afterEach(uninstallOffice);

  it('lists them on request, with the suggested addresses', async () => {
    api.listPeople.mockImplementation(pages([grace()], [alan()]));
    await renderApp(api);

    const section = await showList();
    expect(api.listPeople.mock.calls.map(([query]) => query)).toEqual([
      { status: 'needsEmail', suggested: true, cursor: null, pageSize: NEEDS_EMAIL_PAGE_SIZE },
      { status: 'needsEmail', suggested: false, cursor: null, pageSize: NEEDS_EMAIL_PAGE_SIZE },
    ]);
    const headings = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Grace Hopper', 'Alan Turing']);
    expect(within(section).getByText('2 people need an email address')).toBeTruthy();
    expect(within(section).getByRole('heading', { name: 'Grace Hopper', level: 3 })).toBeTruthy();
    expect(within(section).getByText('grace@navy.example (as “Grace Hopper”, 4 mails)')).toBeTruthy();
    expect(within(section).getByText('g.hopper@example.org (as “G. Hopper”, 1 mail)')).toBeTruthy();
    expect(within(section).getByRole('heading', { name: 'Alan Turing', level: 3 })).toBeTruthy();
    expect(within(section).getByLabelText(/New email address for Alan Turing/)).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'Hide them' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('Accept gives the person the address: they leave the list and Today reloads', async () => {
    api.listPeople.mockImplementation(pages([grace()], [alan()]));
    api.acceptSuggestion.mockResolvedValue(grace({ emails: [{ address: 'grace@navy.example', source: 'mailbox' }], suggestions: [] }));
    await renderApp(api);
    const section = await showList();

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Accept grace@navy.example for Grace Hopper' }));
    });

    expect(api.acceptSuggestion).toHaveBeenCalledWith('p2', 'grace@navy.example');
    expect(within(section).queryByRole('heading', { name: 'Grace Hopper' })).toBeNull();
    expect(within(section).getByText('Grace Hopper now has grace@navy.example.')).toBeTruthy();
    expect(document.activeElement).toBe(within(section).getByRole('heading', { name: 'People without an email address' }));
    await waitFor(() => expect(api.getToday).toHaveBeenCalledTimes(2));
  });

  it('Reject removes that suggestion and keeps the person', async () => {
    api.listPeople.mockImplementation(pages([grace()], []));
    api.rejectSuggestion.mockResolvedValue(grace({ suggestions: [{ address: 'grace@navy.example', matchedName: 'Grace Hopper', count: 4 }] }));
    await renderApp(api);
    const section = await showList();

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Reject g.hopper@example.org for Grace Hopper' }));
    });

    expect(api.rejectSuggestion).toHaveBeenCalledWith('p2', 'g.hopper@example.org');
    expect(within(section).queryByText(/g\.hopper@example\.org \(/)).toBeNull();
    expect(within(section).getByText('g.hopper@example.org will not be suggested for Grace Hopper again.')).toBeTruthy();
    expect(within(section).getByRole('heading', { name: 'Grace Hopper' })).toBeTruthy();
    expect(api.getToday).toHaveBeenCalledTimes(1);
  });

  it('shows a failed decision readably', async () => {
    api.listPeople.mockImplementation(pages([grace()], []));
    api.acceptSuggestion.mockRejectedValue(
      new ApiError('client', { status: 404, problem: { title: 'Not Found', status: 404, detail: 'grace@navy.example is not a suggested address of this person.' } }),
    );
    await renderApp(api);
    const section = await showList();

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Accept grace@navy.example for Grace Hopper' }));
    });

    expect(within(section).getByRole('alert').textContent).toContain('grace@navy.example is not a suggested address of this person.');
  });

  it('Add email on a listed person adds it and removes them from the list', async () => {
    api.listPeople.mockImplementation(pages([], [alan()]));
    api.setEmails.mockResolvedValue({ ...alan(), emails: [{ address: 'alan@bletchley.example', source: 'user' }] });
    await renderApp(api);
    const section = await showList();

    fireEvent.change(within(section).getByLabelText(/New email address for Alan Turing/), { target: { value: 'alan@bletchley.example' } });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Add email for Alan Turing' }));
    });

    expect(api.setEmails).toHaveBeenCalledWith('p3', ['alan@bletchley.example'], 'W/"9"');
    expect(within(section).getByText('alan@bletchley.example was added for Alan Turing.')).toBeTruthy();
    expect(within(section).queryByRole('heading', { name: 'Alan Turing' })).toBeNull();
    expect(within(section).getByText('Everyone in your plan has an email address.')).toBeTruthy();
  });

  it('pages with Load more: the people with suggestions, then the rest', async () => {
    api.listPeople
      .mockResolvedValueOnce({ items: [grace()], cursor: 'more-suggested' })
      .mockResolvedValueOnce({ items: [grace({ id: 'p4', firstName: 'Katherine', lastName: 'Johnson' })], cursor: null })
      .mockResolvedValueOnce({ items: [alan()], cursor: 'more-rest' })
      .mockResolvedValueOnce({ items: [person({ id: 'p5', firstName: 'Edsger', lastName: 'Dijkstra', emails: [] })], cursor: null });
    await renderApp(api);
    const section = await showList();
    expect(api.listPeople).toHaveBeenCalledTimes(1);

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Load more' }));
    });
    expect(api.listPeople).toHaveBeenNthCalledWith(2, { status: 'needsEmail', suggested: true, cursor: 'more-suggested', pageSize: NEEDS_EMAIL_PAGE_SIZE });
    expect(api.listPeople).toHaveBeenNthCalledWith(3, { status: 'needsEmail', suggested: false, cursor: null, pageSize: NEEDS_EMAIL_PAGE_SIZE });

    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Load more' }));
    });
    expect(api.listPeople).toHaveBeenNthCalledWith(4, { status: 'needsEmail', suggested: false, cursor: 'more-rest', pageSize: NEEDS_EMAIL_PAGE_SIZE });
    const headings = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Grace Hopper', 'Katherine Johnson', 'Alan Turing', 'Edsger Dijkstra']);
    expect(within(section).queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('is in German too', async () => {
    api.listPeople.mockImplementation(pages([grace()], []));
    await renderApp(api, undefined, 'de');
    const section = await screen.findByRole('region', { name: 'Personen ohne E-Mail-Adresse' });
    await act(async () => {
      fireEvent.click(within(section).getByRole('button', { name: 'Anzeigen' }));
    });
    expect(within(section).getByText('grace@navy.example (als „Grace Hopper“, 4 Mails)')).toBeTruthy();
    expect(within(section).getByRole('button', { name: 'grace@navy.example für Grace Hopper übernehmen' })).toBeTruthy();
  });

  it('is not shown when everyone has an address', async () => {
    api.getToday.mockResolvedValue(today({ needsEmailCount: 0 }));
    await renderApp(api);
    await screen.findByRole('heading', { name: 'Ada Lovelace' });
    expect(screen.queryByRole('region', { name: 'People without an email address' })).toBeNull();
  });
});
