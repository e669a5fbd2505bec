import type { GetToken } from '../api/client';
import type { Person } from '../api/types';

/** A draft written in the browser preview's compose dialog. */
export interface Draft {
  subject: string;
  text: string;
}

/** What the pane does with mail: in Outlook through office.js, in the browser preview through the sandbox. */
export interface MailActions {
  /** `office`: Outlook opens its own compose form; `preview`: the pane asks for a draft and sends it itself. */
  readonly kind: 'office' | 'preview';
  /** Starts a mail to `address` (the preview sends `draft` right away). */
  write(address: string, draft?: Draft): Promise<void>;
  /** Opens a received message by its Graph (REST) id; false when this host cannot. */
  openMessage(messageId: string): boolean;
}

/** The person's first address that has not bounced, or null. */
export function usableAddress(person: Person): string | null {
  return person.emails.find((email) => !email.bounced)?.address ?? null;
}

/** Outlook: its new-message form and its message reader. */
export class OfficeMailActions implements MailActions {
  readonly kind = 'office';

  write(address: string): Promise<void> {
    Office.context.mailbox.displayNewMessageForm({ toRecipients: [address] });
    return Promise.resolve();
  }

  openMessage(messageId: string): boolean {
    const mailbox = Office.context.mailbox;
    const v2 = (typeof Office.MailboxEnums !== 'undefined' ? Office.MailboxEnums.RestVersion?.v2_0 : undefined) ??
      ('v2.0' as Office.MailboxEnums.RestVersion);
    mailbox.displayMessageForm(mailbox.convertToEwsId(messageId, v2));
    return true;
  }
}

/** The `oid` claim of a JWT (the sandbox's mailbox id), read without verifying. */
export function tokenObjectId(token: string): string | null {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='));
    const claims: unknown = JSON.parse(json);
    if (claims !== null && typeof claims === 'object' && 'oid' in claims && typeof claims.oid === 'string') {
      return claims.oid;
    }
    return null;
  } catch {
    return null;
  }
}

/** The browser preview: sends as the signed-in demo user through the Graph sandbox's control route. */
export class PreviewMailActions implements MailActions {
  readonly kind = 'preview';
  private readonly fetchImpl: typeof fetch;

  constructor(
    private readonly getToken: GetToken,
    private readonly sandboxUrl = 'http://127.0.0.1:7072',
    fetchImpl?: typeof fetch,
  ) {
    this.fetchImpl = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  }

  async write(address: string, draft?: Draft): Promise<void> {
    const mailbox = tokenObjectId(await this.getToken());
    if (!mailbox) {
      throw new Error('The development token has no oid claim.');
    }
    const response = await this.fetchImpl(`${this.sandboxUrl}/sandbox/mailboxes/${encodeURIComponent(mailbox)}/send`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ to: [address], subject: draft?.subject ?? '' }),
    });
    if (!response.ok) {
      throw new Error(`The sandbox refused the mail (HTTP ${response.status}).`);
    }
  }

  openMessage(): boolean {
    return false;
  }
}
