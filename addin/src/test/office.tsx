import { OfficeMockObject } from 'office-addin-mock';
import { act, render } from '@testing-library/react';
import type { MailActions } from '../mail/MailActions';
import { App } from '../App';
import type { FakeApi } from './fixtures';
import { createI18n } from '../i18n';

type Handler = () => void;

/** An Outlook mailbox mock whose ItemChanged handler tests can fire after changing `item`. */
export interface MailboxMock {
  mailbox: { item: unknown };
  fireItemChanged(item: unknown): Promise<void>;
  itemHandlers: Map<string, Handler>;
  calls: { displayNewMessageForm: unknown[]; displayMessageForm: unknown[]; convertToEwsId: unknown[][] };
}

export function installMailbox(item: unknown): MailboxMock {
  let itemChanged: Handler | null = null;
  const calls: MailboxMock['calls'] = { displayNewMessageForm: [], displayMessageForm: [], convertToEwsId: [] };
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: 'en-US',
      mailbox: {
        // office-addin-mock cannot hold null; the real item is set below.
        item: {},
        addHandlerAsync: (_type: string, handler: Handler) => {
          itemChanged = handler;
        },
        removeHandlerAsync: () => undefined,
        displayNewMessageForm: (parameters: unknown) => {
          calls.displayNewMessageForm.push(parameters);
        },
        displayMessageForm: (id: unknown) => {
          calls.displayMessageForm.push(id);
        },
        convertToEwsId: (id: string, version: string) => {
          calls.convertToEwsId.push([id, version]);
          return `ews:${id}`;
        },
      },
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged', RecipientsChanged: 'olkRecipientsChanged' },
    MailboxEnums: { RestVersion: { v2_0: 'v2.0' } },
    onReady: async () => ({ host: 'Outlook', platform: 'PC' }),
  });
  (globalThis as unknown as { Office: unknown }).Office = mock;
  const mailbox = (mock as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox;
  mailbox.item = item;
  return {
    mailbox,
    itemHandlers: new Map(),
    calls,
    fireItemChanged: async (next: unknown) => {
      mailbox.item = next;
      await act(async () => {
        itemChanged?.();
      });
    },
  };
}

export function uninstallOffice(): void {
  delete (globalThis as unknown as { Office?: unknown }).Office;
}

/** A compose item: To recipients that tests can change, RecipientsChanged, and body.setSelectedDataAsync. */
export function composeItem(recipients: string[]) {
  const state = { recipients, inserted: [] as string[], recipientsChanged: null as Handler | null };
  const item = {
    to: {
      getAsync: (callback: (result: { status: string; value: { emailAddress: string }[] }) => void) =>
        callback({ status: 'succeeded', value: state.recipients.map((emailAddress) => ({ emailAddress })) }),
    },
    addHandlerAsync: (_type: string, handler: Handler) => {
      state.recipientsChanged = handler;
    },
    removeHandlerAsync: () => undefined,
    body: {
      setSelectedDataAsync: (data: string, callback?: (result: { status: string }) => void) => {
        state.inserted.push(data);
        callback?.({ status: 'succeeded' });
      },
    },
  };
  return { item, state };
}

export async function renderApp(api: FakeApi, mail?: MailActions, language: 'en' | 'de' = 'en') {
  const i18n = await createI18n(language);
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<App api={api} i18n={i18n} dark={false} mail={mail} />);
  });
  return result;
}
