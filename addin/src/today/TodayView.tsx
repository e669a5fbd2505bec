import { Body1, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi, SettingsApi } from '../api/client';
import type { MailActions } from '../mail/MailActions';
import { NeedsEmailSummary } from '../addresses/NeedsEmailSummary';
import { PersonCard } from '../card/PersonCard';
import { ErrorMessage } from '../shared/ErrorMessage';
import { useLoader } from '../shared/useLoader';
import { useRefreshWhileVisible } from '../refresh/useRefreshWhileVisible';
import { useFirstRun } from './firstRun';
import { ProgressSummary } from './ProgressSummary';
import { Loading } from '../shared/Loading';

const FirstRun = lazy(() => import('./FirstRun'));

/** After a preview send, Today reloads every 2 s for up to 20 s, until the mail is counted. */
export const POLL_INTERVAL_MS = 2000;
export const POLL_LIMIT_MS = 20000;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface TodayViewProps {
  api: OutreachApi;
  mail?: MailActions | undefined;
  /** For the first run's steps (import, plan, mailbox); without it an empty Today only says what is missing. */
  settingsApi?: SettingsApi | undefined;
}

/** Today: progress against the plan, the next person and what to do about them; the first run's steps while setting up. */
export function TodayView({ api, mail, settingsApi }: TodayViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const personHeadingId = useId();
  const { state, reload, refresh, run } = useLoader(() => api.getToday());
  useRefreshWhileVisible(refresh);
  const today = state.data;
  const next = today?.next ?? null;
  const busy = state.status === 'loading' || state.busy;
  const poll = useRef<{ doneBefore: number; timer: ReturnType<typeof setInterval> } | null>(null);
  const done = today?.progress.done;
  const firstRun = useFirstRun(today?.progress.total);
  const showFirstRun = firstRun.active && settingsApi !== undefined;

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
      {state.status === 'loading' && today === null && <Loading label={t('today.loading')} />}
      {today && (
        <>
          {showFirstRun ? (
            <Suspense fallback={<Loading label={t('today.loading')} />}>
              <FirstRun api={settingsApi} total={today.progress.total} today={today.today} onChanged={reload} onFinished={firstRun.finish} />
            </Suspense>
          ) : (
            <ProgressSummary today={today} />
          )}
          {next ? (
            <section aria-label={t('today.next')}>
              <PersonCard
                api={api}
                person={next}
                headingId={personHeadingId}
                today={today.today}
                mail={mail}
                busy={busy}
                onAction={(action) => void run(() => action(api))}
                onReload={reload}
                onSaved={refresh}
                onSent={() => startPolling(today.progress.done)}
              />
            </section>
          ) : (
            !showFirstRun && (
              <section aria-label={t('today.emptyTitle')}>
                <Subtitle1 as="h2">{t('today.emptyTitle')}</Subtitle1>
                <Body1 as="p">{today.progress.total === 0 ? t('today.emptyNoNetwork') : t('today.emptyAllDone')}</Body1>
              </section>
            )
          )}
          {today.needsEmailCount > 0 && <NeedsEmailSummary api={api} count={today.needsEmailCount} onChanged={reload} />}
        </>
      )}
    </main>
  );
}
