import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  Textarea,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { type ApiError, asApiError } from '../api/errors';
import type { Person } from '../api/types';
import { createFormatters, formatLocale } from '../i18n/format';
import { AssignAddress } from '../people/AssignAddress';
import { ErrorMessage } from '../today/ErrorMessage';
import { displayName, roleText } from '../today/PersonCard';
import { questionPrompts } from './prompts';
import { type Selection, insertIntoBody, useSelection } from './selection';
import { useNotesAutosave } from './useNotesAutosave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  prompt: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
});

type Lookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'found'; person: Person }
  | { status: 'notFound'; address: string }
  | { status: 'error'; error: ApiError };

/** Looks up the first address (of the sender, or of the recipients in order) that belongs to someone. */
function usePersonLookup(api: OutreachApi, selection: Selection) {
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const key = selection.kind === 'mail' ? selection.addresses.join('\n') : '';

  useEffect(() => {
    const addresses = key ? key.split('\n') : [];
    if (addresses.length === 0) {
      setLookup({ status: 'idle' });
      return;
    }
    let active = true;
    setLookup({ status: 'loading' });
    void (async () => {
      try {
        for (const address of addresses) {
          const person = await api.lookupPerson(address);
          if (person) {
            if (active) {
              setLookup({ status: 'found', person });
            }
            return;
          }
        }
        if (active) {
          setLookup({ status: 'notFound', address: addresses[0] ?? '' });
        }
      } catch (error) {
        if (active) {
          setLookup({ status: 'error', error: asApiError(error) });
        }
      }
    })();
    return () => {
      active = false;
    };
  }, [api, key, attempt]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { lookup, reload };
}

function Notes({ api, person, onReload }: { api: OutreachApi; person: Person; onReload: () => void }) {
  const { t } = useTranslation();
  const { notes, setNotes, state } = useNotesAutosave(api, person);
  const status =
    state === 'saving' || state === 'pending'
      ? t('personView.saving')
      : state === 'saved'
        ? t('personView.saved')
        : state === 'error'
          ? t('personView.saveFailed')
          : undefined;
  return (
    <>
      <Field label={t('personView.notes')} hint={status}>
        <Textarea rows={4} value={notes} onChange={(_, data) => setNotes(data.value)} />
      </Field>
      <div aria-live="polite">
        {state === 'conflict' && (
          <MessageBar intent="warning" role="alert" layout="multiline">
            <MessageBarBody>{t('personView.conflict')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={onReload}>{t('personView.reload')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </>
  );
}

function PersonDetails({
  api,
  person,
  composing,
  onReload,
}: {
  api: OutreachApi;
  person: Person;
  composing: boolean;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const f = createFormatters(i18n.language);
  const year = new Intl.DateTimeFormat(formatLocale(i18n.language), { year: 'numeric', timeZone: 'UTC' });
  const history = person.mailHistory;
  const mails = history.sent + history.received;
  const personRole = roleText(person.position, person.company, t);
  const prompts = questionPrompts(person, new Date(), t);
  const [insertError, setInsertError] = useState(false);

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h2" id={headingId}>
            {displayName(person, t('person.unnamed'))}
          </Subtitle2>
        }
        description={personRole ? <Caption1>{personRole}</Caption1> : undefined}
      />
      <div className={styles.body}>
        {person.connectedOn && <Body1>{t('person.connectedSince', { date: f.monthYear(person.connectedOn) })}</Body1>}
        <Body1>
          {history.last
            ? t('personView.mailHistory', {
                year: year.format(new Date(history.last)),
                count: mails,
                formatted: f.number(mails),
              })
            : t('person.noMail')}
        </Body1>
        {person.careerHistory.length > 0 && (
          <section aria-label={t('person.careerHeading')}>
            <Text weight="semibold">{t('person.careerHeading')}</Text>
            <ul className={styles.list}>
              {person.careerHistory.map((change, index) => (
                <li key={`${change.seenOn}-${index}`}>
                  {t('person.careerChange', {
                    date: f.date(change.seenOn),
                    from: [change.fromPosition, change.fromCompany].filter(Boolean).join(', ') || t('person.unknownRole'),
                    to: [change.toPosition, change.toCompany].filter(Boolean).join(', ') || t('person.unknownRole'),
                  })}
                </li>
              ))}
            </ul>
          </section>
        )}
        {prompts.length > 0 && (
          <section aria-label={t('personView.prompts')}>
            <Text weight="semibold">{t('personView.prompts')}</Text>
            <ul className={styles.list}>
              {prompts.map((prompt) => (
                <li key={prompt.id} className={styles.prompt}>
                  <Body1>{prompt.text}</Body1>
                  {composing && (
                    <Button
                      size="small"
                      aria-label={t('personView.insertLabel', { text: prompt.text })}
                      onClick={() => {
                        setInsertError(false);
                        insertIntoBody(prompt.text).catch(() => setInsertError(true));
                      }}
                    >
                      {t('personView.insert')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
            {insertError && <Caption1 role="alert">{t('personView.insertFailed')}</Caption1>}
          </section>
        )}
        <Notes api={api} person={person} onReload={onReload} />
      </div>
    </Card>
  );
}

/** The person behind the selected mail (its sender, or while composing its recipients), with notes and prompts. */
export function PersonView({ api }: { api: OutreachApi }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const selection = useSelection();
  const { lookup, reload } = usePersonLookup(api, selection);

  let content: React.ReactNode;
  if (selection.kind === 'unavailable') {
    content = <Body1 as="p">{t('personView.unavailable')}</Body1>;
  } else if (selection.kind === 'none') {
    content = (
      <section aria-label={t('personView.emptyTitle')}>
        <Subtitle1 as="h2">{t('personView.emptyTitle')}</Subtitle1>
        <Body1 as="p">{t('personView.emptyText')}</Body1>
      </section>
    );
  } else if (lookup.status === 'loading') {
    content = <Spinner size="small" label={t('personView.loading')} />;
  } else if (lookup.status === 'error') {
    content = <ErrorMessage error={lookup.error} onRetry={reload} />;
  } else if (lookup.status === 'found') {
    content = <PersonDetails api={api} person={lookup.person} composing={selection.composing} onReload={reload} />;
  } else if (lookup.status === 'notFound') {
    content = (
      <section aria-label={t('personView.notFoundTitle')}>
        <Subtitle1 as="h2">{t('personView.notFoundTitle')}</Subtitle1>
        <Body1 as="p">{t('personView.notFoundText', { address: lookup.address })}</Body1>
        <AssignAddress key={lookup.address} api={api} address={lookup.address} onAssigned={reload} />
      </section>
    );
  } else {
    content = <Body1 as="p">{selection.composing ? t('personView.noRecipients') : t('personView.noSender')}</Body1>;
  }

  return (
    <main className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h1" id={headingId}>
        {t('personView.heading')}
      </Title3>
      {content}
    </main>
  );
}
