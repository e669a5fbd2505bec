/**
 * Where the API lives. Locally the host serves the pane and the API on one origin, so `/api`; a
 * deployment hosts the pane on its own origin (Static Web Apps), and the build gets the Function
 * App's URL through `VITE_API_BASE_URL` (written by `infra/scripts/pane-env.sh`).
 */
export function apiBaseUrl(env: Record<string, unknown> = import.meta.env as Record<string, unknown>): string {
  const configured = env['VITE_API_BASE_URL'];
  return typeof configured === 'string' && configured.trim().length > 0 ? configured.trim().replace(/\/+$/, '') : '/api';
}
