import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DialogAccountManager, parseDialogMessage } from './DialogAccountManager';
import { testAuthConfig as config } from '../test/fixtures';

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

function installOffice(message: string) {
  const close = vi.fn();
  const displayDialogAsync = vi.fn(
    (url: string, _options: unknown, callback: (result: unknown) => void) => {
      const handlers: Record<string, Handler> = {};
      callback({
        status: 'succeeded',
        value: { close, addEventHandler: (type: string, handler: Handler) => (handlers[type] = handler) },
      });
      handlers.dialogMessageReceived?.({ message, origin: url });
    },
  );
  const mock = new OfficeMockObject({
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: { ui: { displayDialogAsync } },
  });
  (globalThis as unknown as { Office: unknown }).Office = mock;
  return { displayDialogAsync, close };
}

describe('DialogAccountManager', () => {
  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
  });

  it('opens the sign-in dialog and takes the token it sends back', async () => {
    const { displayDialogAsync, close } = installOffice(
      JSON.stringify({ status: 'success', token: 'dialog-token', userName: 'Ada' }),
    );
    const accounts = new DialogAccountManager(config);

    expect(await accounts.getToken()).toBe('dialog-token');
    expect(await accounts.getToken()).toBe('dialog-token');
    expect(displayDialogAsync).toHaveBeenCalledTimes(1);
    expect(displayDialogAsync.mock.calls[0]?.[0]).toBe(config.dialogUrl);
    expect(close).toHaveBeenCalled();
    expect(accounts.userName).toBe('Ada');
  });

  it('rejects when the dialog reports a failed sign-in', async () => {
    installOffice(JSON.stringify({ status: 'error', error: 'user_cancelled' }));
    await expect(new DialogAccountManager(config).getToken()).rejects.toThrow('user_cancelled');
  });

  it('reads unreadable messages as errors', () => {
    expect(parseDialogMessage('nope').status).toBe('error');
  });
});
