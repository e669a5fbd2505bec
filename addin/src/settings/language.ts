import { type Language, supportedLanguages } from '../i18n';

const key = 'outreach.language';

/** The language the user chose in Settings, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(key);
    return supportedLanguages.find((l) => l === value) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(key, language);
  } catch {
    // Storage may be unavailable; the choice then lasts for this session.
  }
}
