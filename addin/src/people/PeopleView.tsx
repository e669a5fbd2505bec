import { Body1, Button, Caption1, Field, Input, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import { createFormatters } from '../i18n/format';
import { ErrorMessage } from '../shared/ErrorMessage';
import { displayName, roleText } from '../shared/names';
import { Tabs } from '../shared/Tabs';
import { useLoader } from '../shared/useLoader';
import { type PeopleFilter, filterQuery, peopleFilters } from './filters';
import type { PeopleMemory } from './memory';
import { Loading } from '../shared/Loading';

/** No request per keystroke: the search goes out this long after the last one. */
export const SEARCH_DEBOUNCE_MS = 300;
export const PEOPLE_PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  rowText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  sentinel: { height: '1px' },
});

export interface PeopleViewProps {
  api: OutreachApi;
  memory: PeopleMemory;
  onOpen: (personId: string) => void;
}

/** Your network: search by name or company, filters with counts, pages that load as you scroll; a person opens their page. */
export default function PeopleView({ api, memory, onOpen }: PeopleViewProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const headingId = useId();
  const [search, setSearch] = useState(memory.search);
  const [query, setQuery] = useState(memory.search.trim());
  const [filter, setFilter] = useState<PeopleFilter>(memory.filter);
  const sentinel = useRef<HTMLLIElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const fetchPage = (cursor: string | null) =>
    api.listPeople({ ...filterQuery(filter), search: query || undefined, cursor, pageSize: PEOPLE_PAGE_SIZE });
  // The list kept from the last visit is shown once, without a request; any later load asks the API.
  const restore = useRef(memory.kept);
  const list = useLoader(() => {
    const kept = restore.current;
    restore.current = null;
    return kept && kept.query === query && kept.filter === filter ? Promise.resolve(kept.page) : fetchPage(null);
  }, [api, query, filter]);
  const counts = useLoader(() => api.getPeopleCounts(), [api]);
  const page = list.state.data;
  const loading = list.state.status === 'loading';

  const more = () => list.extend(async (shown) => {
    const next = await fetchPage(shown.cursor);
    const known = new Set(shown.items.map((person) => person.id));
    return { items: [...shown.items, ...next.items.filter((person) => !known.has(person.id))], cursor: next.cursor };
  });
  const latestMore = useRef(more);
  latestMore.current = more;

  useEffect(() => {
    memory.search = search;
    memory.filter = filter;
    if (page && list.state.status === 'ready') {
      memory.kept = { query, filter, page };
    }
  });

  // Back from a person's page: the same place in the list, focus on the person opened.
  useEffect(() => {
    if (memory.openedId) {
      window.scrollTo(0, memory.scrollY);
      document.querySelector<HTMLElement>(`[data-person-id="${CSS.escape(memory.openedId)}"]`)?.focus();
      memory.openedId = null;
    }
  }, [memory]);

  // The next page loads when the end of the list scrolls into view (the button below does it too).
  const canLoadMore = list.state.status === 'ready' && Boolean(page?.cursor);
  useEffect(() => {
    const target = sentinel.current;
    if (!canLoadMore || !target || typeof IntersectionObserver === 'undefined') {
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        latestMore.current();
      }
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [canLoadMore, page]);

  const open = (person: Person) => {
    memory.scrollY = window.scrollY;
    memory.openedId = person.id;
    onOpen(person.id);
  };

  const countOf = (id: PeopleFilter) => {
    const data = counts.state.data;
    const key = peopleFilters.find((each) => each.id === id)?.count;
    return data && key !== undefined ? f.number(data[key]) : null;
  };

  return (
    <main className={styles.root} aria-labelledby={headingId} aria-busy={loading}>
      <Title3 as="h1" id={headingId}>
        {t('people.heading')}
      </Title3>
      <Field label={t('people.search')} hint={t('people.searchHint')}>
        <Input type="search" value={search} onChange={(_, data) => setSearch(data.value)} />
      </Field>
      <Tabs<PeopleFilter>
        size="small"
        label={t('people.filters')}
        selected={filter}
        onSelect={setFilter}
        tabs={peopleFilters.map(({ id }) => {
          const count = countOf(id);
          const label = t(`people.filter.${id}`);
          return { value: id, label: count === null ? label : t('people.filterCount', { filter: label, count }) };
        })}
      />
      {list.state.status === 'error' && <ErrorMessage error={list.state.error} onRetry={page ? more : list.reload} />}
      {loading && page === null && <Loading label={t('people.loading')} />}
      {page && (
        <>
          {page.items.length === 0 && !loading ? (
            <Body1 as="p">{query ? t('people.noMatches', { search: query }) : t('people.empty')}</Body1>
          ) : (
            <ul className={styles.list} aria-label={t('people.results')}>
              {page.items.map((person) => {
                const role = roleText(person.position, person.company, t);
                return (
                  <li key={person.id}>
                    <Button appearance="subtle" className={styles.row} data-person-id={person.id} onClick={() => open(person)}>
                      <span className={styles.rowText}>
                        <Text weight="semibold">{displayName(person, t('person.unnamed'))}</Text>
                        {role && <Caption1>{role}</Caption1>}
                        <Caption1>{t(`card.status.${person.status}`, { defaultValue: person.status })}</Caption1>
                      </span>
                    </Button>
                  </li>
                );
              })}
              <li ref={sentinel} className={styles.sentinel} aria-hidden="true" />
            </ul>
          )}
          {loading && <Loading label={t('people.loading')} />}
          {canLoadMore && <Button onClick={more}>{t('people.more')}</Button>}
        </>
      )}
    </main>
  );
}
