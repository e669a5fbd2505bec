import {
  Body1,
  Button,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { AddressSuggestion, Person } from '../api/types';
import { createFormatters } from '../i18n/format';
import { problemMessage } from '../shared/problems';
import { ErrorMessage } from '../shared/ErrorMessage';
import { displayName, roleText } from '../shared/names';
import { useLoader } from '../shared/useLoader';
import { AddEmailForm } from './AddEmailForm';
import { Notice } from '../shared/Notice';
import { Loading } from '../shared/Loading';

export const NEEDS_EMAIL_PAGE_SIZE = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  suggestions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  suggestion: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  address: { flexGrow: 1, overflowWrap: 'anywhere' },
  name: { margin: 0 },
});

/** Where the list goes on: people with suggested addresses first, then the rest; null at the end. */
type Next = { suggested: boolean; cursor: string | null } | null;

interface Page {
  items: Person[];
  next: Next;
}

const first: Next = { suggested: true, cursor: null };


interface ItemProps {
  api: OutreachApi;
  person: Person;
  /** The person has an address now (accepted or added) and leaves the list. */
  onResolved: (person: Person, message: string) => void;
  /** A suggestion was rejected: the person as saved. */
  onUpdated: (person: Person, message: string) => void;
}

function NeedsEmailItem({ api, person, onResolved, onUpdated }: ItemProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const headingId = useId();
  const name = displayName(person, t('person.unnamed'));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const personRole = roleText(person.position, person.company, t);

  const decide = async (suggestion: AddressSuggestion, accept: boolean) => {
    setBusy(suggestion.address);
    setError(null);
    try {
      const saved = accept
        ? await api.acceptSuggestion(person.id, suggestion.address)
        : await api.rejectSuggestion(person.id, suggestion.address);
      if (accept) {
        onResolved(saved, t('needsEmail.accepted', { name, address: suggestion.address }));
      } else {
        onUpdated(saved, t('needsEmail.rejected', { name, address: suggestion.address }));
      }
    } catch (cause) {
      setError(t('needsEmail.failed', { detail: problemMessage(cause, t) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <li className={styles.item}>
      <div>
        <Text as="h3" weight="semibold" id={headingId} block className={styles.name}>
          {name}
        </Text>
        {personRole && <Caption1>{personRole}</Caption1>}
      </div>
      {person.suggestions.length > 0 && (
        <section aria-label={t('needsEmail.suggested')}>
          <Caption1 as="p" className={styles.name}>
            {t('needsEmail.suggested')}
          </Caption1>
          <ul className={styles.suggestions}>
            {person.suggestions.map((suggestion) => (
              <li key={suggestion.address} className={styles.suggestion}>
                <Body1 className={styles.address}>
                  {t('needsEmail.suggestion', {
                    address: suggestion.address,
                    name: suggestion.matchedName,
                    count: suggestion.count,
                    formatted: f.number(suggestion.count),
                  })}
                </Body1>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy !== null}
                  aria-label={t('needsEmail.acceptLabel', { address: suggestion.address, name })}
                  onClick={() => void decide(suggestion, true)}
                >
                  {t('needsEmail.accept')}
                </Button>
                <Button
                  size="small"
                  disabled={busy !== null}
                  aria-label={t('needsEmail.rejectLabel', { address: suggestion.address, name })}
                  onClick={() => void decide(suggestion, false)}
                >
                  {t('needsEmail.reject')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {error && (
        <Notice intent="error">{error}</Notice>
      )}
      <AddEmailForm
        api={api}
        person={person}
        onAdded={(saved, address) => onResolved(saved, t('addEmail.added', { name, address }))}
      />
    </li>
  );
}

/** Where the list goes on: people with suggested addresses first, then the rest. */
async function nextPage(api: OutreachApi, shown: Page): Promise<Page> {
  let all = shown.items;
  let following = shown.next;
  // People whose address is one click away (suggested) come first; then the rest fills the page.
  do {
    const { suggested, cursor } = following!;
    const page = await api.listPeople({ status: 'needsEmail', suggested, cursor, pageSize: NEEDS_EMAIL_PAGE_SIZE });
    const known = new Set(all.map((person) => person.id));
    all = [...all, ...page.items.filter((person) => !known.has(person.id))];
    following = page.cursor ? { suggested, cursor: page.cursor } : suggested ? { suggested: false, cursor: null } : null;
  } while (following && following.cursor === null && all.length - shown.items.length < NEEDS_EMAIL_PAGE_SIZE);
  return { items: all, next: following };
}

export interface NeedsEmailListProps {
  api: OutreachApi;
  /** The section's heading: focus goes there when a person leaves the list with their controls. */
  headingId: string;
  onChanged: () => void;
  announce: (message: string) => void;
}

/**
 * The people without an address (`GET /people?status=needsEmail`, paged): the addresses the mailbox
 * suggests, with Accept and Reject, and an Add email field for each. Loaded when Today's section opens.
 */
export default function NeedsEmailList({ api, headingId, onChanged, announce }: NeedsEmailListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { state, extend, update } = useLoader(() => nextPage(api, { items: [], next: first }), [api]);
  const items = state.data?.items ?? [];
  const next = state.data?.next ?? null;

  const change = (edit: (items: Person[]) => Person[], message: string) => {
    update((page) => ({ ...page, items: edit(page.items) }));
    announce(message);
  };
  const resolved = (person: Person, message: string) => {
    change((items) => items.filter((p) => p.id !== person.id), message);
    // The person's controls leave with them: keep keyboard focus in the section, not on the page.
    document.getElementById(headingId)?.focus();
    onChanged();
  };
  const updated = (person: Person, message: string) => change((items) => items.map((p) => (p.id === person.id ? person : p)), message);
  const more = () => extend((page) => nextPage(api, page));

  return (
    <div className={styles.root} aria-busy={state.status === 'loading'}>
      {items.length > 0 && (
        <ul className={styles.list}>
          {items.map((person) => (
            <NeedsEmailItem key={person.id} api={api} person={person} onResolved={resolved} onUpdated={updated} />
          ))}
        </ul>
      )}
      {state.status === 'ready' && items.length === 0 && <Body1 as="p">{t('needsEmail.empty')}</Body1>}
      {state.status === 'loading' && <Loading label={t('needsEmail.loading')} />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={state.data ? more : () => extend(() => nextPage(api, { items: [], next: first }))} />}
      {state.status === 'ready' && next && <Button onClick={more}>{t('needsEmail.more')}</Button>}
    </div>
  );
}
