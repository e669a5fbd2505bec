import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import type { Person } from '../api/types';
import { createI18n } from '../i18n';
import { type FakeApi, fakeApi, person } from '../test/fixtures';
import { PersonCard } from './PersonCard';

async function renderCard(api: FakeApi, shown: Person, onAction = vi.fn(), onReload = vi.fn()) {
  const i18n = await createI18n('en');
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <PersonCard api={api} person={shown} headingId="h" today="2026-11-26" onAction={onAction} onReload={onReload} />
      </I18nextProvider>,
    );
  });
  return { onAction, onReload };
}

const actions = () => screen.getByRole('group', { name: 'Actions for Ada Lovelace' });

describe('the person card', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
  });

  it('for an open person offers Written elsewhere, Skip and Snooze, not Reopen', async () => {
    const { onAction } = await renderCard(api, person());
    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByText('Head of Computing at Analytical Engines Ltd')).toBeTruthy();
    expect(within(actions()).queryByRole('button', { name: 'Reopen' })).toBeNull();
    fireEvent.click(within(actions()).getByRole('button', { name: 'Skip' }));
    api.skip.mockResolvedValue(person({ status: 'skipped' }));
    await onAction.mock.calls[0]![0](api);
    expect(api.skip).toHaveBeenCalledWith('p1');
    expect(within(actions()).getByRole('button', { name: 'Written elsewhere' })).toBeTruthy();
    expect(within(actions()).getByLabelText('Snooze until')).toBeTruthy();
  });

  it('for a written person says when and offers Reopen', async () => {
    const { onAction } = await renderCard(api, person({ status: 'written', writtenOn: '2026-11-20T10:00:00Z' }));
    expect(within(actions()).getByText('Written on 20 Nov 2026')).toBeTruthy();
    expect(within(actions()).queryByRole('button', { name: 'Skip' })).toBeNull();
    fireEvent.click(within(actions()).getByRole('button', { name: 'Reopen' }));
    api.reopen.mockResolvedValue(person());
    await onAction.mock.calls[0]![0](api);
    expect(api.reopen).toHaveBeenCalledWith('p1');
  });

  it('shows the employers you share, your LinkedIn messages, and asks about the place you both know', async () => {
    await renderCard(
      api,
      person({
        sharedEmployers: [
          { company: 'FCB', from: '2015-03', to: '2018-06' },
          { company: 'Analytical Engines Ltd', from: '2021-01', to: null },
        ],
        linkedInHistory: { first: '2019-05-01T08:00:00Z', last: '2023-06-11T15:33:58Z', sent: 4, received: 2 },
      }),
    );
    const card = screen.getByTestId('person-card');
    expect(within(card).getByText('You both worked at FCB (2015–2018)')).toBeTruthy();
    expect(within(card).getByText('You both worked at Analytical Engines Ltd (since 2021)')).toBeTruthy();
    expect(within(card).getByText('Last LinkedIn message 11 Jun 2023 · 4 sent, 2 received')).toBeTruthy();
    const prompts = within(card).getByRole('region', { name: 'Questions to ask' });
    expect(within(prompts).getByText('You both worked at FCB: what do you remember of it?')).toBeTruthy();
  });

  it('without LinkedIn data (an API before the archive) shows neither employers nor LinkedIn messages', async () => {
    await renderCard(api, person());
    const card = screen.getByTestId('person-card');
    expect(within(card).queryByText(/You both worked at/)).toBeNull();
    expect(within(card).queryByText(/LinkedIn message/)).toBeNull();
  });

  it('for a person written on LinkedIn says so', async () => {
    await renderCard(api, person({ status: 'written', writtenOn: '2026-11-20T10:00:00Z', writtenVia: 'linkedIn' }));
    expect(within(actions()).getByText('Written on LinkedIn on 20 Nov 2026')).toBeTruthy();
  });

  it('for a snoozed or skipped person says so, with Reopen', async () => {
    await renderCard(api, person({ status: 'snoozed', snoozedUntil: '2026-12-24' }));
    expect(within(actions()).getByText('Snoozed until 24 Dec 2026')).toBeTruthy();
    expect(within(actions()).getByRole('button', { name: 'Reopen' })).toBeTruthy();
  });

  it('for a person who replied says so, with Reopen', async () => {
    await renderCard(api, person({ status: 'replied' }));
    expect(within(actions()).getByText('Replied')).toBeTruthy();
  });

  it('for a person without an address offers no Write but Skip, and says the address is missing', async () => {
    await renderCard(api, person({ status: 'needsEmail', emails: [] }));
    expect(screen.getByText('No email address yet')).toBeTruthy();
    expect(within(actions()).getByRole('button', { name: 'Skip' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write' })).toBeNull();
  });

  it('shows a bounced address as bounced and removes an address with the ETag', async () => {
    api.setEmails.mockResolvedValue(person({ emails: [{ address: 'ada@example.com', source: 'import' }], eTag: 'W/"2"' }));
    await renderCard(api, person({ emails: [{ address: 'ada@example.com', source: 'import' }, { address: 'old@example.com', source: 'import', bounced: true }] }));
    const addresses = screen.getByRole('region', { name: 'Email addresses' });
    expect(within(addresses).getByText('bounced')).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(addresses).getByRole('button', { name: 'Remove old@example.com' }));
    });
    expect(api.setEmails).toHaveBeenCalledWith('p1', ['ada@example.com'], 'W/"1"');
    await waitFor(() => expect(within(addresses).queryByText('old@example.com')).toBeNull());
  });

  it('adds and removes tags, each edit sending the newest ETag', async () => {
    api.setTags
      .mockResolvedValueOnce(person({ tags: ['runner'], eTag: 'W/"2"' }))
      .mockResolvedValueOnce(person({ tags: [], eTag: 'W/"3"' }));
    await renderCard(api, person());
    const tags = screen.getByRole('region', { name: 'Tags' });
    fireEvent.change(within(tags).getByLabelText('New tag'), { target: { value: ' runner ' } });
    await act(async () => {
      fireEvent.click(within(tags).getByRole('button', { name: 'Add tag' }));
    });
    expect(api.setTags).toHaveBeenLastCalledWith('p1', ['runner'], 'W/"1"');
    await act(async () => {
      fireEvent.click(await within(tags).findByRole('button', { name: 'Remove tag runner' }));
    });
    expect(api.setTags).toHaveBeenLastCalledWith('p1', [], 'W/"2"');
  });

  it('a 412 on a tag says someone changed the person and offers Reload', async () => {
    api.setTags.mockRejectedValue(new ApiError('client', { status: 412 }));
    const { onReload } = await renderCard(api, person());
    const tags = screen.getByRole('region', { name: 'Tags' });
    fireEvent.change(within(tags).getByLabelText('New tag'), { target: { value: 'x' } });
    await act(async () => {
      fireEvent.click(within(tags).getByRole('button', { name: 'Add tag' }));
    });
    expect(await screen.findByText('Someone changed this person elsewhere — reload to see their version.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('has the notes field, with the person’s notes', async () => {
    await renderCard(api, person());
    expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe('Met at the 2019 conference.');
  });
});
