import { Body1, Caption1, Spinner, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { createFormatters } from '../i18n/format';
import { ErrorMessage } from './ErrorMessage';
import { PersonActions } from './PersonActions';
import { PersonCard, displayName } from './PersonCard';
import { ProgressSummary } from './ProgressSummary';
import { useToday } from './useToday';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

/** Today: progress against the plan, the next person and what to do about them. */
export function TodayView({ api }: { api: OutreachApi }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const personHeadingId = useId();
  const { state, reload, act } = useToday(api);
  const f = createFormatters(i18n.language);
  const today = state.today;
  const next = today?.next ?? null;
  const busy = state.status === 'loading' || (state.status === 'ready' && state.busy);

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
          {today.needsEmailCount > 0 && (
            <Caption1>
              {t('today.needsEmail', { count: today.needsEmailCount, formatted: f.number(today.needsEmailCount) })}
            </Caption1>
          )}
          {next ? (
            <section aria-label={t('today.next')}>
              <PersonCard person={next} headingId={personHeadingId} />
              <div style={{ marginTop: tokens.spacingVerticalM }}>
                <PersonActions
                  key={next.id}
                  name={displayName(next, t('person.unnamed'))}
                  today={today.today}
                  busy={busy}
                  onSkip={() => act((a) => a.skip(next.id))}
                  onSnooze={(until) => act((a) => a.snooze(next.id, until))}
                  onWrittenElsewhere={() => act((a) => a.markWritten(next.id))}
                />
              </div>
            </section>
          ) : (
            <section aria-label={t('today.emptyTitle')}>
              <Subtitle1 as="h2">{t('today.emptyTitle')}</Subtitle1>
              <Body1 as="p">{today.progress.total === 0 ? t('today.emptyNoNetwork') : t('today.emptyAllDone')}</Body1>
            </section>
          )}
        </>
      )}
    </main>
  );
}
