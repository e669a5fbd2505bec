import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { type ApiError, asApiError } from '../api/errors';
import type { AddressSuggestion, Person } from '../api/types';
import { createFormatters } from '../i18n/format';
import { problemMessage } from '../settings/problems';
import { ErrorMessage } from '../today/ErrorMessage';
import { displayName } from '../today/PersonCard';
import { AddEmailForm } from './AddEmailForm';

export const NEEDS_EMAIL_PAGE_SIZE = 20;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
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
});

/** Where the list goes on: people with suggested addresses first, then the rest; null at the end. */
type Next = { suggested: boolean; cursor: string | null } | null;

type ListState =
  | { status: 'closed' }
  | { status: 'loading'; items: Person[]; next: Next }
  | { status: 'ready'; items: Person[]; next: Next }
  | { status: 'error'; items: Person[]; next: Next; error: ApiError };

const first: Next = { suggested: true, cursor: null };

function role(person: Person): string | null {
  return [person.position, person.company].filter(Boolean).join(', ') || null;
}

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
  const personRole = role(person);

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
        <Text as="h3" weight="semibold" id={headingId} style={{ margin: 0, display: 'block' }}>
          {name}
        </Text>
        {personRole && <Caption1>{personRole}</Caption1>}
      </div>
      {person.suggestions.length > 0 && (
        <section aria-label={t('needsEmail.suggested')}>
          <Caption1 as="p" style={{ margin: 0 }}>
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
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <AddEmailForm
        api={api}
        person={person}
        onAdded={(saved, address) => onResolved(saved, t('addEmail.added', { name, address }))}
      />
    </li>
  );
}

/**
 * "3 people need an email address", and on request the list of them (`GET /people?status=needsEmail`,
 * paged): the addresses the mailbox suggests, with Accept and Reject, and an Add email field for each.
 */
export function NeedsEmailList({ api, count, onChanged }: { api: OutreachApi; count: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const headingId = useId();
  const listId = useId();
  const [state, setState] = useState<ListState>({ status: 'closed' });
  const [announcement, setAnnouncement] = useState('');
  const generation = useRef(0);

  const load = useCallback(
    async (items: Person[], next: Next) => {
      const current = ++generation.current;
      setState({ status: 'loading', items, next });
      try {
        let all = items;
        let following = next;
        // People whose address is one click away (suggested) come first; then the rest fills the page.
        do {
          const { suggested, cursor } = following!;
          const page = await api.listPeople({ status: 'needsEmail', suggested, cursor, pageSize: NEEDS_EMAIL_PAGE_SIZE });
          const known = new Set(all.map((person) => person.id));
          all = [...all, ...page.items.filter((person) => !known.has(person.id))];
          following = page.cursor ? { suggested, cursor: page.cursor } : suggested ? { suggested: false, cursor: null } : null;
        } while (following && following.cursor === null && all.length - items.length < NEEDS_EMAIL_PAGE_SIZE);
        if (current === generation.current) {
          setState({ status: 'ready', items: all, next: following });
        }
      } catch (error) {
        if (current === generation.current) {
          setState({ status: 'error', items, next, error: asApiError(error) });
        }
      }
    },
    [api],
  );

  const open = state.status !== 'closed';
  const toggle = () => {
    if (open) {
      generation.current++;
      setState({ status: 'closed' });
    } else {
      void load([], first);
    }
  };

  const change = (edit: (items: Person[]) => Person[], message: string) => {
    setState((previous) => (previous.status === 'closed' ? previous : { ...previous, items: edit(previous.items) }));
    setAnnouncement(message);
  };
  const resolved = (person: Person, message: string) => {
    change((items) => items.filter((p) => p.id !== person.id), message);
    // The person's controls leave with them: keep keyboard focus in the section, not on the page.
    document.getElementById(headingId)?.focus();
    onChanged();
  };
  const updated = (person: Person, message: string) => change((items) => items.map((p) => (p.id === person.id ? person : p)), message);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.header}>
        <div>
          <Subtitle2 as="h2" id={headingId} tabIndex={-1} style={{ display: 'block' }}>
            {t('needsEmail.heading')}
          </Subtitle2>
          <Caption1>{t('today.needsEmail', { count, formatted: f.number(count) })}</Caption1>
        </div>
        <Button aria-expanded={open} aria-controls={open ? listId : undefined} onClick={toggle}>
          {open ? t('needsEmail.hide') : t('needsEmail.show')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {announcement && <Caption1>{announcement}</Caption1>}
      </div>
      {state.status !== 'closed' && (
        <div id={listId} className={styles.root} aria-busy={state.status === 'loading'}>
          {state.items.length > 0 && (
            <ul className={styles.list}>
              {state.items.map((person) => (
                <NeedsEmailItem key={person.id} api={api} person={person} onResolved={resolved} onUpdated={updated} />
              ))}
            </ul>
          )}
          {state.status === 'ready' && state.items.length === 0 && <Body1 as="p">{t('needsEmail.empty')}</Body1>}
          {state.status === 'loading' && <Spinner size="tiny" label={t('needsEmail.loading')} />}
          {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void load(state.items, state.next)} />}
          {state.status === 'ready' && state.next && (
            <Button onClick={() => void load(state.items, state.next)}>{t('needsEmail.more')}</Button>
          )}
        </div>
      )}
    </section>
  );
}
