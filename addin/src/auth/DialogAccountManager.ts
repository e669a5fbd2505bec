import type { AccountManager } from './AccountManager';
import type { AuthConfig } from './config';

/** What the dialog page sends back with `Office.context.ui.messageParent`. */
export type DialogMessage = { status: 'success'; token: string; userName: string } | { status: 'error'; error: string };

export function parseDialogMessage(message: string): DialogMessage {
  try {
    const value: unknown = JSON.parse(message);
    if (value !== null && typeof value === 'object' && 'status' in value) {
      const v = value as Record<string, unknown>;
      if (v.status === 'success' && typeof v.token === 'string') {
        return { status: 'success', token: v.token, userName: typeof v.userName === 'string' ? v.userName : '' };
      }
      if (v.status === 'error') {
        return { status: 'error', error: typeof v.error === 'string' ? v.error : 'Sign-in failed.' };
      }
    }
  } catch {
    // fall through
  }
  return { status: 'error', error: 'The sign-in dialog sent an unreadable message.' };
}

/**
 * Sign-in where nested app authentication is missing: MSAL browser sign-in in the Office dialog
 * (`/pane/auth-dialog.html`), which hands the token back with `messageParent`.
 */
export class DialogAccountManager implements AccountManager {
  private cached: Promise<string> | null = null;
  private name = '';

  constructor(private readonly config: AuthConfig) {}

  get userName(): string {
    return this.name;
  }

  getToken(options?: { forceRefresh?: boolean }): Promise<string> {
    if (options?.forceRefresh || this.cached === null) {
      const request = this.openDialog();
      this.cached = request;
      request.catch(() => {
        if (this.cached === request) {
          this.cached = null;
        }
      });
    }
    return this.cached;
  }

  private openDialog(): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      Office.context.ui.displayDialogAsync(this.config.dialogUrl, { height: 60, width: 30 }, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(result.error.message));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const message = 'message' in arg ? parseDialogMessage(arg.message) : null;
          if (message?.status === 'success') {
            this.name = message.userName;
            resolve(message.token);
          } else {
            reject(new Error(message?.error ?? 'Sign-in failed.'));
          }
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
          reject(new Error('The sign-in dialog was closed.'));
        });
      });
    });
  }
}
