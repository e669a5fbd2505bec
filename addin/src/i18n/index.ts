import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/** Where lazily loaded views put their strings (see lazy.ts). */
export const lazyNamespace = 'lazy';

export const supportedLanguages = ['en', 'de'] as const;
export type Language = (typeof supportedLanguages)[number];

/** The pane's language from a BCP 47 tag (Office's display language, the browser's): German or English. */
export function pickLanguage(tag: string | null | undefined): Language {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** A fresh i18next instance (one per app or test), with English and, when asked for, German. */
export async function createI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    resources: { en: { translation: en } },
    // Lazily loaded views bring their own strings (see lazy.ts).
    fallbackNS: lazyNamespace,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await switchLanguage(instance, language);
  return instance;
}

/** Switches to `language`, loading its strings first: German is downloaded only by those who use it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (language === 'de' && !instance.hasResourceBundle('de', 'translation')) {
    const { de } = await import('./de');
    instance.addResourceBundle('de', 'translation', de);
  }
  await instance.changeLanguage(language);
}
