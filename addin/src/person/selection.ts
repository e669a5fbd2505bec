import { useEffect, useState } from 'react';

/** What the pinned pane looks at: nothing (no Office), nothing selected, or a mail's addresses. */
export type Selection =
  | { kind: 'unavailable' }
  | { kind: 'none' }
  | { kind: 'mail'; composing: boolean; addresses: string[] };

interface EmailDetails {
  emailAddress?: string;
}

interface AsyncResult<T> {
  status: string;
  value: T;
}

/** The parts of a read or compose item the pane touches (office.js types them as a union). */
interface MailItem {
  from?: EmailDetails | null;
  to?: EmailDetails[] | { getAsync(callback: (result: AsyncResult<EmailDetails[]>) => void): void };
  addHandlerAsync?(eventType: Office.EventType | string, handler: () => void, callback?: () => void): void;
  removeHandlerAsync?(eventType: Office.EventType | string, callback?: () => void): void;
  body?: { setSelectedDataAsync?(data: string, callback?: (result: AsyncResult<void>) => void): void };
}

interface Mailbox {
  item: MailItem | null | undefined;
  addHandlerAsync?(eventType: Office.EventType | string, handler: () => void, callback?: () => void): void;
  removeHandlerAsync?(eventType: Office.EventType | string, callback?: () => void): void;
}

const itemChanged = (): Office.EventType | string =>
  typeof Office !== 'undefined' && Office.EventType ? Office.EventType.ItemChanged : 'olkItemSelectedChanged';
const recipientsChanged = (): Office.EventType | string =>
  typeof Office !== 'undefined' && Office.EventType ? Office.EventType.RecipientsChanged : 'olkRecipientsChanged';

export function currentMailbox(): Mailbox | null {
  if (typeof Office === 'undefined' || !Office.context || !Office.context.mailbox) {
    return null;
  }
  return Office.context.mailbox as unknown as Mailbox;
}

function isComposing(item: MailItem): boolean {
  return item.to !== undefined && !Array.isArray(item.to) && typeof item.to.getAsync === 'function';
}

function addressesOf(list: EmailDetails[] | null | undefined): string[] {
  return (list ?? []).map((entry) => entry.emailAddress ?? '').filter((address) => address.includes('@'));
}

/** Reads the selected item: the sender when reading, the To recipients when composing. */
export function readSelection(mailbox: Mailbox): Promise<Selection> {
  const item = mailbox.item;
  if (!item) {
    return Promise.resolve({ kind: 'none' });
  }
  const to = item.to;
  if (to !== undefined && !Array.isArray(to) && typeof to.getAsync === 'function') {
    return new Promise((resolve) => {
      to.getAsync((result) =>
        resolve({ kind: 'mail', composing: true, addresses: result.status === 'failed' ? [] : addressesOf(result.value) }),
      );
    });
  }
  const sender = item.from?.emailAddress;
  return Promise.resolve({ kind: 'mail', composing: false, addresses: sender ? [sender] : [] });
}

/** Inserts text at the cursor of the message being composed. */
export function insertIntoBody(text: string): Promise<void> {
  const body = currentMailbox()?.item?.body;
  return new Promise((resolve, reject) => {
    if (!body?.setSelectedDataAsync) {
      reject(new Error('Not composing.'));
      return;
    }
    body.setSelectedDataAsync(text, (result) => (result?.status === 'failed' ? reject(new Error('Insert failed.')) : resolve()));
  });
}

/**
 * Follows the pinned pane's selection: `ItemChanged` on the mailbox (item null = nothing selected) and,
 * while composing, `RecipientsChanged` on the item.
 */
export function useSelection(): Selection {
  const [selection, setSelection] = useState<Selection>(() => (currentMailbox() ? { kind: 'none' } : { kind: 'unavailable' }));

  useEffect(() => {
    const mailbox = currentMailbox();
    if (!mailbox) {
      return;
    }
    let active = true;
    let watched: MailItem | null = null;
    const refresh = () => {
      const item = mailbox.item ?? null;
      if (watched && watched !== item) {
        watched.removeHandlerAsync?.(recipientsChanged());
        watched = null;
      }
      if (item && isComposing(item) && watched !== item && item.addHandlerAsync) {
        watched = item;
        item.addHandlerAsync(recipientsChanged(), () => void refresh());
      }
      void readSelection(mailbox).then((next) => {
        if (active) {
          setSelection(next);
        }
      });
    };
    mailbox.addHandlerAsync?.(itemChanged(), () => refresh());
    refresh();
    return () => {
      active = false;
      watched?.removeHandlerAsync?.(recipientsChanged());
      mailbox.removeHandlerAsync?.(itemChanged());
    };
  }, []);

  return selection;
}
