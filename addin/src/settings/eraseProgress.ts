import type { SettingsApi } from '../api/client';

/** Pauses between checks: soon at first (a small erase is done in a second), then every few seconds. */
export const eraseCheckDelays = [500, 1000, 2000, 3000, 5000];

/** Failed checks in a row that are taken for a hiccup before the last failure is reported. */
const toleratedFailures = 2;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/**
 * Asks `GET /me/erase` until it says `done` (true) or `signal` aborts (false). A check that fails is
 * tried again; the failure is thrown once `toleratedFailures` more failed in a row.
 */
export async function waitForErase(
  api: Pick<SettingsApi, 'eraseStatus'>,
  signal: AbortSignal,
  delays: readonly number[] = eraseCheckDelays,
): Promise<boolean> {
  let failures = 0;
  for (let check = 0; ; check++) {
    await pause(delays[Math.min(check, delays.length - 1)] ?? 0, signal);
    if (signal.aborted) {
      return false;
    }
    try {
      if ((await api.eraseStatus()).state === 'done') {
        return true;
      }
      failures = 0;
    } catch (error) {
      if (++failures > toleratedFailures) {
        throw error;
      }
    }
  }
}
