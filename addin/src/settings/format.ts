export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today in the browser's time zone as `YYYY-MM-DD` (Sweden writes dates the ISO way). */
export function browserToday(): string {
  return new Date().toLocaleDateString('sv-SE');
}
