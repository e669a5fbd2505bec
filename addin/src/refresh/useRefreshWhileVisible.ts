import { useEffect, useRef } from 'react';

/** How often a visible view reloads on its own: a mail sent from Outlook, or a reply, shows without a click. */
export const BACKGROUND_REFRESH_MS = 60_000;

/**
 * Calls `refresh` while the pane is visible: every `intervalMs`, and at once when the pane becomes
 * visible or gets focus again (the user comes back from the compose window or another mail). A
 * hidden pane makes no calls.
 */
export function useRefreshWhileVisible(refresh: () => void, intervalMs: number = BACKGROUND_REFRESH_MS): void {
  const latest = useRef(refresh);
  latest.current = refresh;

  useEffect(() => {
    const visible = () => document.visibilityState !== 'hidden';
    let last = Date.now();
    const run = () => {
      if (visible()) {
        last = Date.now();
        latest.current();
      }
    };
    // Focus and visibility arrive together when the user returns; one reload is enough.
    const onReturn = () => {
      if (Date.now() - last > 1000) {
        run();
      }
    };
    const timer = setInterval(run, intervalMs);
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
    };
  }, [intervalMs]);
}
