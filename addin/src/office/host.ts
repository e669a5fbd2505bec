/** Where the pane runs: inside an Office host, or as a browser preview (no office.js, or `host === null`). */
export interface HostInfo {
  inOffice: boolean;
  /** Office's display language (e.g. `de-DE`), else the browser's. */
  displayLanguage: string;
}

/** Waits for office.js (when loaded); outside Office `Office.onReady` gives `host === null`. */
export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  const browserLanguage = typeof navigator !== 'undefined' ? navigator.language : 'en';
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    return { inOffice: false, displayLanguage: browserLanguage };
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || info.host === null || info.host === undefined) {
    return { inOffice: false, displayLanguage: browserLanguage };
  }
  return { inOffice: true, displayLanguage: Office.context.displayLanguage || browserLanguage };
}
