import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { type FakeApi, fakeApi, person, today } from '../test/fixtures';
import { renderApp, uninstallOffice } from '../test/office';

async function openAddEmail() {
  const actions = await screen.findByRole('region', { name: 'Email addresses' });
  const toggle = within(actions).getByRole('button', { name: 'Add an email address for Ada Lovelace' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await act(async () => {
    fireEvent.click(toggle);
  });
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return (await within(actions).findByLabelText(/New email address for Ada Lovelace/)) as HTMLInputElement;
}

async function submit(input: HTMLInputElement, value: string) {
  fireEvent.change(input, { target: { value } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add email for Ada Lovelace' }));
  });
}

const problem412 = () =>
  new ApiError('client', { status: 412, problem: { title: 'Precondition Failed', status: 412, detail: 'This person was changed since you read them.' } });

describe('Add email on the Today card', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = fakeApi();
    api.getToday.mockResolvedValue(today({ needsEmailCount: 0 }));
  });

  afterEach(uninstallOffice);

  it('adds the address with If-Match and reloads Today', async () => {
    api.setEmails.mockResolvedValue(person({ emails: [{ address: 'ada@example.com', source: 'import' }, { address: 'ada@new.example', source: 'user' }], eTag: 'W/"2"' }));
    await renderApp(api);

    const input = await openAddEmail();
    expect(document.activeElement).toBe(input);
    await submit(input, '  Ada@New.Example ');

    expect(api.setEmails).toHaveBeenCalledWith('p1', ['ada@example.com', 'ada@new.example'], 'W/"1"');
    expect(await screen.findByText('ada@new.example was added for Ada Lovelace.')).toBeTruthy();
    await waitFor(() => expect(api.getToday).toHaveBeenCalledTimes(2));
    expect(input.value).toBe('');
  });

  it('says what is wrong with an invalid address and sends nothing', async () => {
    await renderApp(api);
    const input = await openAddEmail();

    await submit(input, 'Ada <ada@new.example>');
    expect(screen.getByText('Enter one email address, like jane@example.com.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    await submit(input, 'ADA@example.com');
    expect(screen.getByText('Ada Lovelace already has ada@example.com.')).toBeTruthy();
    expect(api.setEmails).not.toHaveBeenCalled();
  });

  it('shows the API’s reason for a 400', async () => {
    api.setEmails.mockRejectedValue(
      new ApiError('client', {
        status: 400,
        problem: { title: 'The change is not valid.', status: 400, errors: { emails: ['A person may have at most 20 addresses.'] } },
      }),
    );
    await renderApp(api);
    const input = await openAddEmail();

    await submit(input, 'ada@new.example');
    expect(await screen.findByText('A person may have at most 20 addresses.')).toBeTruthy();
  });

  it('explains a 412 and Retry adds the address to the latest version', async () => {
    api.setEmails
      .mockRejectedValueOnce(problem412())
      .mockResolvedValueOnce(person({ eTag: 'W/"3"' }));
    api.getPerson.mockResolvedValue(
      person({ emails: [{ address: 'ada@example.com', source: 'import' }, { address: 'ada@work.example', source: 'user' }], eTag: 'W/"2"' }),
    );
    await renderApp(api);
    const input = await openAddEmail();

    await submit(input, 'ada@new.example');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ada Lovelace was changed elsewhere in the meantime');
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    });

    expect(api.getPerson).toHaveBeenCalledWith('p1');
    expect(api.setEmails).toHaveBeenLastCalledWith('p1', ['ada@example.com', 'ada@work.example', 'ada@new.example'], 'W/"2"');
    expect(await screen.findByText('ada@new.example was added for Ada Lovelace.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is in German too', async () => {
    await renderApp(api, undefined, 'de');
    const actions = await screen.findByRole('region', { name: 'E-Mail-Adressen' });
    await act(async () => {
      fireEvent.click(within(actions).getByRole('button', { name: 'E-Mail-Adresse für Ada Lovelace hinzufügen' }));
    });
    const input = (await within(actions).findByLabelText(/Neue E-Mail-Adresse für Ada Lovelace/)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'keine adresse' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'E-Mail für Ada Lovelace hinzufügen' }));
    });
    expect(screen.getByText('Geben Sie eine E-Mail-Adresse ein, etwa erika@example.com.')).toBeTruthy();
  });
});
