import type { TFunction } from 'i18next';

/** "First Last", or `fallback` when the person (or a reply's sender) has no name. */
export function displayName(person: { firstName: string | null; lastName: string | null }, fallback: string): string {
  const name = [person.firstName, person.lastName].filter((part) => part && part.trim()).join(' ');
  return name || fallback;
}

/** "Position at Company", or whichever of the two is known; null when neither is. */
export function roleText(position: string | null, company: string | null, t: TFunction): string | null {
  if (position && company) {
    return t('person.positionAtCompany', { position, company });
  }
  return position || company || null;
}

/** Like `roleText`, with "unknown role" when neither is known (career changes, import reports). */
export function roleOrUnknown(role: { position: string | null; company: string | null }, t: TFunction): string {
  return roleText(role.position, role.company, t) ?? t('person.unknownRole');
}
