import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { lazyNamespace } from './index';

/** The same keys as `T`, each with a string of another language. */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

export interface LazyStrings<T extends object> {
  en: T;
  de: Translated<T>;
}

const added = new WeakMap<object, WeakSet<I18n>>();

/**
 * Adds a view's strings to the lazy namespace. Every `t()` falls back to it (`fallbackNS` in index.ts), so a
 * view's keys read as if they were in en.ts, and the first download carries none of them. Once per instance.
 */
export function addLazyStrings<T extends object>(i18n: I18n, strings: LazyStrings<T>): void {
  const instances = added.get(strings) ?? new WeakSet<I18n>();
  added.set(strings, instances);
  if (!instances.has(i18n)) {
    instances.add(i18n);
    i18n.addResourceBundle('en', lazyNamespace, strings.en, true, false);
    i18n.addResourceBundle('de', lazyNamespace, strings.de, true, false);
  }
}

/** `useTranslation()` for a lazily loaded view: its strings are added before the first `t()`. */
export function useLazyTranslation<T extends object>(strings: LazyStrings<T>) {
  const translation = useTranslation();
  addLazyStrings(translation.i18n, strings);
  return translation;
}
