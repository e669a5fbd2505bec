/** Sign-in configuration from Vite's environment (`VITE_AUTH_*`), with local defaults. */
export interface AuthConfig {
  clientId: string;
  authority: string;
  apiScope: string;
  /** The Office dialog page for sign-in where nested app authentication is missing. */
  dialogUrl: string;
  /** False without `VITE_AUTH_CLIENT_ID`: inside Office the pane then keeps to development tokens (local sideloading). */
  configured: boolean;
}

function env(name: string): string | undefined {
  const value: unknown = (import.meta.env as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function authConfig(): AuthConfig {
  const configuredId = env('VITE_AUTH_CLIENT_ID');
  const clientId = configuredId ?? '00000000-0000-0000-0000-000000000000';
  const origin = typeof window !== 'undefined' ? window.location.origin : 'https://localhost';
  return {
    clientId,
    authority: env('VITE_AUTH_AUTHORITY') ?? 'https://login.microsoftonline.com/common',
    apiScope: env('VITE_AUTH_API_SCOPE') ?? `api://localhost/${clientId}/access_as_user`,
    dialogUrl: env('VITE_AUTH_DIALOG_URL') ?? `${origin}/pane/auth-dialog.html`,
    configured: configuredId !== undefined,
  };
}
