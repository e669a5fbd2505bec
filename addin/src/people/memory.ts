import type { PersonPage } from '../api/types';
import type { PeopleFilter } from './filters';

/** What the People view keeps while a person's page is open, so going back shows the same list at once. */
export interface PeopleMemory {
  search: string;
  filter: PeopleFilter;
  /** The list for `search` (debounced, trimmed) and `filter`, as far as it was loaded. */
  kept: { query: string; filter: PeopleFilter; page: PersonPage } | null;
  scrollY: number;
  /** The person opened last: focus returns to their row. */
  openedId: string | null;
}

export function emptyPeopleMemory(): PeopleMemory {
  return { search: '', filter: 'all', kept: null, scrollY: 0, openedId: null };
}
