import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { type ApiError, asApiError } from '../api/errors';
import type { Reply } from '../api/types';
import { createFormatters } from '../i18n/format';
import type { MailActions } from '../mail/MailActions';
import { ErrorMessage } from '../today/ErrorMessage';
import { displayName } from '../today/PersonCard';
import { useRefreshWhileVisible } from '../refresh/useRefreshWhileVisible';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { display: 'flex', flexDirection: 'column' },
});

type State =
  | { status: 'loading' }
  | { status: 'ready'; items: Reply[] }
  | { status: 'error'; error: ApiError };

/** Replies waiting for an answer; opening one shows the message in Outlook. */
export function RepliesView({ api, mail }: { api: OutreachApi; mail?: MailActions | undefined }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const f = createFormatters(i18n.language);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [previewId, setPreviewId] = useState<string | null>(null);

  // A background refresh keeps the list on screen instead of a spinner.
  const load = useCallback(async (quietly = false) => {
    if (!quietly) {
      setState({ status: 'loading' });
    }
    try {
      const replies = await api.getReplies();
      setState({ status: 'ready', items: replies.items });
    } catch (error) {
      setState({ status: 'error', error: asApiError(error) });
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);
  useRefreshWhileVisible(() => void load(true));

  const open = (reply: Reply) => {
    if (!mail || !mail.openMessage(reply.messageId)) {
      setPreviewId(reply.messageId);
    }
  };

  return (
    <main className={styles.root} aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <Title3 as="h1" id={headingId}>
        {t('replies.heading')}
      </Title3>
      {state.status === 'loading' && <Spinner size="small" label={t('replies.loading')} />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void load()} />}
      {previewId && (
        <MessageBar intent="info" role="status" layout="multiline">
          <MessageBarBody>{t('replies.previewOnly', { id: previewId })}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' &&
        (state.items.length === 0 ? (
          <Body1 as="p">{t('replies.empty')}</Body1>
        ) : (
          <ul className={styles.list} aria-label={t('replies.heading')}>
            {state.items.map((reply) => {
              const name = displayName(reply, t('person.unnamed'));
              return (
                <li key={reply.messageId} className={styles.item}>
                  <div className={styles.text}>
                    <Body1>{name}</Body1>
                    <Caption1>{t('replies.received', { date: f.date(reply.receivedAt) })}</Caption1>
                  </div>
                  <Button aria-label={t('replies.openLabel', { name })} onClick={() => open(reply)}>
                    {t('replies.open')}
                  </Button>
                </li>
              );
            })}
          </ul>
        ))}
    </main>
  );
}
