import { Body1, Spinner, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { AddEmailAction } from '../people/AddEmailForm';
import { NeedsEmailList } from '../people/NeedsEmailList';
import { ErrorMessage } from './ErrorMessage';
import { PersonActions } from './PersonActions';
import { PersonCard, displayName } from './PersonCard';
import type { MailActions } from '../mail/MailActions';
import { ProgressSummary } from './ProgressSummary';
import { useToday } from './useToday';
import { useRefreshWhileVisible } from '../refresh/useRefreshWhileVisible';
import { WriteAction } from './WriteAction';

/** After a preview send, Today reloads every 2 s for up to 20 s, until the mail is counted. */
export const POLL_INTERVAL_MS = 2000;
export const POLL_LIMIT_MS = 20000;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

/** Today: progress against the plan, the next person and what to do about them. */
export function TodayView({ api, mail }: { api: OutreachApi; mail?: MailActions | undefined }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const personHeadingId = useId();
  const { state, reload, refresh, act } = useToday(api);
  useRefreshWhileVisible(refresh);
  const today = state.today;
  const next = today?.next ?? null;
  const busy = state.status === 'loading' || (state.status === 'ready' && state.busy);
  const poll = useRef<{ doneBefore: number; timer: ReturnType<typeof setInterval> } | null>(null);
  const done = today?.progress.done;

  const stopPolling = () => {
    if (poll.current) {
      clearInterval(poll.current.timer);
      poll.current = null;
    }
  };
  useEffect(() => stopPolling, []);
  // The mail is linked once the done count grows; a reorder of the queue (e.g. by the mailbox
  // backfill) changes the next person without it, so the person alone is no signal.
  useEffect(() => {
    if (poll.current && done !== undefined && done > poll.current.doneBefore) {
      stopPolling();
    }
  }, [done]);

  const startPolling = (doneBefore: number) => {
    stopPolling();
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started >= POLL_LIMIT_MS) {
        stopPolling();
        return;
      }
      refresh();
    }, POLL_INTERVAL_MS);
    poll.current = { doneBefore, timer };
  };

  return (
    <main className={styles.root} aria-labelledby={headingId} aria-busy={busy}>
      <Title3 as="h1" id={headingId}>
        {t('today.heading')}
      </Title3>
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {state.status === 'loading' && today === null && <Spinner size="small" label={t('today.loading')} />}
      {today && (
        <>
          <ProgressSummary today={today} />
          {next ? (
            <section aria-label={t('today.next')}>
              <PersonCard person={next} headingId={personHeadingId} />
              <div style={{ marginTop: tokens.spacingVerticalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }}>
                {mail && (
                  <div>
                    <WriteAction
                      person={next}
                      name={displayName(next, t('person.unnamed'))}
                      mail={mail}
                      disabled={busy}
                      onSent={() => startPolling(today.progress.done)}
                    />
                  </div>
                )}
                <PersonActions
                  key={next.id}
                  name={displayName(next, t('person.unnamed'))}
                  today={today.today}
                  busy={busy}
                  onSkip={() => act((a) => a.skip(next.id))}
                  onSnooze={(until) => act((a) => a.snooze(next.id, until))}
                  onWrittenElsewhere={() => act((a) => a.markWritten(next.id))}
                >
                  <AddEmailAction api={api} person={next} disabled={busy} onAdded={() => reload()} />
                </PersonActions>
              </div>
            </section>
          ) : (
            <section aria-label={t('today.emptyTitle')}>
              <Subtitle1 as="h2">{t('today.emptyTitle')}</Subtitle1>
              <Body1 as="p">{today.progress.total === 0 ? t('today.emptyNoNetwork') : t('today.emptyAllDone')}</Body1>
            </section>
          )}
          {today.needsEmailCount > 0 && <NeedsEmailList api={api} count={today.needsEmailCount} onChanged={reload} />}
        </>
      )}
    </main>
  );
}
