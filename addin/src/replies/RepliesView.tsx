import { Body1, Button, Caption1, Subtitle2, Title3, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Reply } from '../api/types';
import { PersonById } from '../card/PersonById';
import { createFormatters } from '../i18n/format';
import type { MailActions } from '../mail/MailActions';
import { useRefreshWhileVisible } from '../refresh/useRefreshWhileVisible';
import { ErrorMessage } from '../shared/ErrorMessage';
import { displayName } from '../shared/names';
import { useLoader } from '../shared/useLoader';
import { replyTiming } from './replyTiming';
import { Notice } from '../shared/Notice';
import { Loading } from '../shared/Loading';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  // The card beside the list where the pane is wide enough, below it where it is not.
  layout: {
    display: 'grid',
    gridTemplateColumns: '1fr',
    gap: tokens.spacingHorizontalL,
    '@media (min-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  selected: { ...shorthands.borderColor(tokens.colorBrandStroke1) },
  name: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** A reply's identity in the list: its id (the dismiss route's), else its message. */
const keyOf = (reply: Reply) => reply.id ?? reply.messageId;

/** A reply on LinkedIn (from the archive): no mail to open in Outlook, and no subject kept. */
const linkedIn = (reply: Reply) => reply.channel === 'linkedIn';

/** Replies waiting for an answer: who, when, the subject (or that it came on LinkedIn), which mail of yours it answers and how long it took. */
export default function RepliesView({ api, mail }: { api: OutreachApi; mail?: MailActions | undefined }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const f = createFormatters(i18n.language);
  const { state, reload, refresh, run } = useLoader(() => api.getReplies(), [api]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [previewId, setPreviewId] = useState<string | null>(null);
  useRefreshWhileVisible(refresh);
  const items = state.data ?? [];
  const opened = items.find((reply) => keyOf(reply) === openId) ?? null;

  const openInOutlook = (reply: Reply) => {
    if (!mail || !mail.openMessage(reply.messageId)) {
      setPreviewId(reply.messageId);
    }
  };
  const dismiss = (reply: Reply) => {
    if (openId === keyOf(reply)) {
      setOpenId(null);
    }
    void run(() => api.dismissReply(reply.id));
  };

  return (
    <main className={styles.root} aria-labelledby={headingId} aria-busy={state.status === 'loading' || state.busy}>
      <Title3 as="h1" id={headingId}>
        {t('replies.heading')}
      </Title3>
      {state.status === 'loading' && state.data === null && <Loading label={t('replies.loading')} />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {previewId && (
        <Notice intent="info">{t('replies.previewOnly', { id: previewId })}</Notice>
      )}
      {state.data && state.data.length === 0 && <Body1 as="p">{t('replies.empty')}</Body1>}
      {items.length > 0 && (
        <div className={styles.layout}>
          <ul className={styles.list} aria-label={t('replies.heading')}>
            {items.map((reply) => {
              const name = displayName(reply, t('person.unnamed'));
              const timing = replyTiming(reply, t, f);
              return (
                <li key={keyOf(reply)} className={mergeClasses(styles.item, keyOf(reply) === openId && styles.selected)}>
                  <Subtitle2 as="h2" className={styles.name}>
                    {name}
                  </Subtitle2>
                  <Body1>
                    {linkedIn(reply)
                      ? t('replies.linkedIn')
                      : reply.subject
                        ? t('replies.subject', { subject: reply.subject })
                        : t('replies.noSubject')}
                  </Body1>
                  {timing.map((line) => (
                    <Caption1 key={line}>{line}</Caption1>
                  ))}
                  <div className={styles.buttons}>
                    <Button
                      appearance="primary"
                      aria-pressed={keyOf(reply) === openId}
                      aria-label={t('replies.openLabel', { name })}
                      onClick={() => setOpenId(keyOf(reply) === openId ? null : keyOf(reply))}
                    >
                      {t('replies.open')}
                    </Button>
                    {!linkedIn(reply) && (
                      <Button aria-label={t('replies.outlookLabel', { name })} onClick={() => openInOutlook(reply)}>
                        {t('replies.outlook')}
                      </Button>
                    )}
                    <Button disabled={state.busy} aria-label={t('replies.dismissLabel', { name })} onClick={() => dismiss(reply)}>
                      {t('replies.dismiss')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
          {opened && (
            <section aria-label={t('replies.personLabel', { name: displayName(opened, t('person.unnamed')) })}>
              <PersonById api={api} personId={opened.personId} mail={mail} focusNotes />
            </section>
          )}
        </div>
      )}
    </main>
  );
}
