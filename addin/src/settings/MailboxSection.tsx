import { Badge, Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsApi } from '../api/client';
import type { MailboxState } from '../api/types';
import { formatDateTime } from './format';
import { problemMessage } from './problems';

export function MailboxSection({ api }: { api: SettingsApi }) {
  const { t, i18n } = useTranslation();
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

  const problems = mailbox
    ? [mailbox.reconnectReason, mailbox.subscriptionProblem, mailbox.lastPoisonReason].filter(
        (p): p is string => typeof p === 'string' && p.length > 0,
      )
    : [];

  return (
    <section>
      <Subtitle2 as="h2">{t('settings.mailboxHeading')}</Subtitle2>
      {!mailbox && !error && <Spinner size="tiny" label={t('settings.loading')} />}
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
              <li key={name}>
                {t('settings.mailboxFolder', { folder: name, state: folder.syncState, count: folder.messagesSeen })}
                {folder.lastError ? ` · ${folder.lastError}` : ''}
              </li>
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
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
