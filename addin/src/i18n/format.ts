import type { Language } from './index';

/** The locale `Intl` formats with for each pane language ("9 Dec" in English, "9. Dez." in German). */
const formatLocales: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

export function formatLocale(language: string): string {
  return language.startsWith('de') ? formatLocales.de : formatLocales.en;
}

/** Parses a `YYYY-MM-DD` day (or an ISO timestamp) to a Date at UTC midnight of that day. */
function toUtcDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) {
    return null;
  }
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export interface Formatters {
  number(value: number): string;
  decimal(value: number): string;
  /** "9 Dec" (same year as `today`) or "9 Dec 2027". */
  shortDate(value: string, today?: string): string;
  /** "March 2019". */
  monthYear(value: string): string;
  /** "12 Mar 2024". */
  date(value: string): string;
}

export function createFormatters(language: string): Formatters {
  const locale = formatLocale(language);
  const number = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const full = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const safe = (value: string, format: Intl.DateTimeFormat): string => {
    const day = toUtcDay(value);
    return day ? format.format(day) : value;
  };
  return {
    number: (value) => number.format(value),
    decimal: (value) => decimal.format(value),
    shortDate: (value, today) =>
      safe(value, today !== undefined && today.slice(0, 4) !== value.slice(0, 4) ? full : dayMonth),
    monthYear: (value) => safe(value, monthYear),
    date: (value) => safe(value, full),
  };
}
