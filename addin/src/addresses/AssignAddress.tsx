import { Body1, Button, Caption1, Field, Input, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { type ApiError, asApiError } from '../api/errors';
import type { Person } from '../api/types';
import { ErrorMessage } from '../shared/ErrorMessage';
import { displayName } from '../shared/names';
import { AddEmailFeedback } from './AddEmailForm';
import { useAddEmail } from './useAddEmail';
import { Loading } from '../shared/Loading';

export const ASSIGN_SEARCH_PAGE_SIZE = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  search: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  field: { flexGrow: 1, minWidth: '12em' },
  button: { marginTop: '22px' },
  text: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
});

type Results =
  | { status: 'idle' }
  | { status: 'loading'; search: string }
  | { status: 'ready'; search: string; items: Person[] }
  | { status: 'error'; search: string; error: ApiError };

/**
 * An address nobody has yet (the selected mail's sender, or a compose recipient): search the network
 * (`GET /people?search=`) and add the address to the person it belongs to.
 */
export function AssignAddress({ api, address, onAssigned }: { api: OutreachApi; address: string; onAssigned: (person: Person) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const resultsId = useId();
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const generation = useRef(0);
  const { state, add, retry } = useAddEmail(api, (saved) => onAssigned(saved));
  const saving = state.status === 'saving';

  const find = async (text: string) => {
    const query = text.trim();
    if (!query) {
      return;
    }
    const current = ++generation.current;
    setResults({ status: 'loading', search: query });
    try {
      const page = await api.listPeople({ search: query, pageSize: ASSIGN_SEARCH_PAGE_SIZE });
      if (current === generation.current) {
        setResults({ status: 'ready', search: query, items: page.items });
      }
    } catch (error) {
      if (current === generation.current) {
        setResults({ status: 'error', search: query, error: asApiError(error) });
      }
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('assign.heading')}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {t('assign.text')}
      </Body1>
      <form
        role="search"
        className={styles.search}
        onSubmit={(event) => {
          event.preventDefault();
          void find(search);
        }}
      >
        <Field className={styles.field} label={t('assign.search')} hint={t('assign.searchHint')}>
          <Input type="search" value={search} onChange={(_, data) => setSearch(data.value)} />
        </Field>
        <Button type="submit" className={styles.button} disabled={!search.trim()}>
          {t('assign.searchButton')}
        </Button>
      </form>
      {results.status === 'loading' && <Loading label={t('assign.searching')} />}
      {results.status === 'error' && <ErrorMessage error={results.error} onRetry={() => void find(results.search)} />}
      {results.status === 'ready' &&
        (results.items.length === 0 ? (
          <Body1 as="p" role="status">
            {t('assign.noMatches', { search: results.search })}
          </Body1>
        ) : (
          <ul className={styles.list} id={resultsId} aria-label={t('assign.results', { search: results.search })}>
            {results.items.map((person) => {
              const name = displayName(person, t('person.unnamed'));
              const role = [person.position, person.company].filter(Boolean).join(', ');
              return (
                <li key={person.id} className={styles.item}>
                  <div>
                    <Text weight="semibold" block>
                      {name}
                    </Text>
                    {role && <Caption1>{role}</Caption1>}
                  </div>
                  <Button
                    size="small"
                    disabled={saving}
                    aria-label={t('assign.addLabel', { address, name })}
                    onClick={() => void add(person, address)}
                  >
                    {t('assign.add')}
                  </Button>
                </li>
              );
            })}
          </ul>
        ))}
      <AddEmailFeedback state={state} onRetry={() => void retry()} showInvalid />
    </section>
  );
}
