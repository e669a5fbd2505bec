import { Badge, Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { SettingsApi } from '../api/client';
import type { MailboxFolder, MailboxState } from '../api/types';
import { formatDateTime } from './format';
import { problemMessage } from '../shared/problems';
import { Notice } from '../shared/Notice';
import { Loading } from '../shared/Loading';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from './strings';

// Outlook's own names for the folders and plain words for the API's sync states; anything new shows as sent.
const folderNames = { inbox: 'settings.mailboxInbox', sentitems: 'settings.mailboxSentItems' } as const;
const syncStates = {
  never: 'settings.mailboxStateNever',
  synced: 'settings.mailboxStateSynced',
  resyncing: 'settings.mailboxStateResyncing',
  failed: 'settings.mailboxStateFailed',
} as const;

function known<T extends object>(map: T, key: string): T[keyof T] | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key as keyof T] : undefined;
}

export function MailboxSection({ api }: { api: SettingsApi }) {
  const { t, i18n } = useLazyTranslation(settingsStrings);
  const [mailbox, setMailbox] = useState<MailboxState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // t changes with the language; switching it must not fetch the mailbox again.
  const translate = useRef(t);
  translate.current = t;
  useEffect(() => {
    let active = true;
    api.getMailbox().then(
      (state) => active && setMailbox(state),
      (e: unknown) => active && setError(problemMessage(e, translate.current)),
    );
    return () => {
      active = false;
    };
  }, [api]);

  const connect = async () => {
    setBusy(true);
    setError(null);
    try {
      setMailbox(await api.connectMailbox());
    } catch (e) {
      setError(problemMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  const folderLine = (name: string, folder: MailboxFolder): string => {
    const folderKey = known(folderNames, name);
    const stateKey = known(syncStates, folder.syncState);
    return [
      t('settings.mailboxFolder', {
        folder: folderKey ? t(folderKey) : name,
        state: stateKey ? t(stateKey) : folder.syncState,
        count: folder.messagesSeen,
      }),
      folder.lastSyncAt ? t('settings.mailboxLastSync', { date: formatDateTime(folder.lastSyncAt, i18n.language) }) : null,
      folder.lastError,
    ]
      .filter(Boolean)
      .join(' · ');
  };

  const problems = mailbox
    ? [mailbox.reconnectReason, mailbox.subscriptionProblem, mailbox.lastPoisonReason].filter(
        (p): p is string => typeof p === 'string' && p.length > 0,
      )
    : [];

  return (
    <section>
      <Subtitle2 as="h2">{t('settings.mailboxHeading')}</Subtitle2>
      {!mailbox && !error && <Loading label={t('settings.loading')} />}
      {mailbox && (
        <div>
          <Badge color={mailbox.connected ? 'success' : 'informative'}>
            {mailbox.connected ? t('settings.mailboxConnected') : t('settings.mailboxNotConnected')}
          </Badge>{' '}
          {mailbox.reconnectNeeded && <Badge color="warning">{t('settings.mailboxReconnect')}</Badge>}
          <Body1 block>
            {t('settings.mailboxLastNotification', {
              date: mailbox.lastNotificationAt
                ? formatDateTime(mailbox.lastNotificationAt, i18n.language)
                : t('settings.mailboxNever'),
            })}
          </Body1>
          <ul>
            {Object.entries(mailbox.folders).map(([name, folder]) => (
              <li key={name}>{folderLine(name, folder)}</li>
            ))}
          </ul>
          {problems.length > 0 && (
            <>
              <Body1 block>{t('settings.mailboxProblems')}</Body1>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <Button onClick={() => void connect()} disabled={busy}>
        {t('settings.mailboxConnect')}
      </Button>
      {error && (
        <Notice intent="error">{error}</Notice>
      )}
    </section>
  );
}
