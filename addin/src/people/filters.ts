import type { PeopleCounts, PeopleQuery } from '../api/types';

/** The People view's filters: what each asks the API for and which count it shows. */
export const peopleFilters = [
  { id: 'all', query: {}, count: 'all' },
  { id: 'open', query: { status: 'open' }, count: 'open' },
  { id: 'written', query: { status: 'written' }, count: 'written' },
  { id: 'replied', query: { status: 'replied' }, count: 'replied' },
  { id: 'snoozed', query: { status: 'snoozed' }, count: 'snoozed' },
  { id: 'skipped', query: { status: 'skipped' }, count: 'skipped' },
  { id: 'needsEmail', query: { status: 'needsEmail' }, count: 'needsEmail' },
  { id: 'suggested', query: { status: 'needsEmail', suggested: true }, count: 'suggested' },
] as const satisfies readonly { id: string; query: PeopleQuery; count: keyof PeopleCounts }[];

export type PeopleFilter = (typeof peopleFilters)[number]['id'];

export function filterQuery(id: PeopleFilter): PeopleQuery {
  return peopleFilters.find((filter) => filter.id === id)?.query ?? {};
}
