import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

/** The day after `today` (`YYYY-MM-DD`), the snooze date offered first. */
export function nextDay(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export interface PersonActionsProps {
  name: string;
  today: string;
  busy: boolean;
  onSkip: () => void;
  onSnooze: (until: string) => void;
  onWrittenElsewhere: () => void;
  /** More actions at the end of the group (Add email). */
  children?: ReactNode;
}

/** Skip, Snooze until a date, Written elsewhere: a labelled group of buttons. */
export function PersonActions({ name, today, busy, onSkip, onSnooze, onWrittenElsewhere, children }: PersonActionsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [until, setUntil] = useState(() => nextDay(today));
  const inputId = useId();
  const snoozeValid = /^\d{4}-\d{2}-\d{2}$/.test(until) && until > today;

  return (
    <div role="group" aria-label={t('actions.label', { name })} aria-busy={busy} className={styles.root}>
      <div className={styles.row}>
        {/* Write is the one primary action; the others are alternatives to it. */}
        <Button disabled={busy} onClick={onWrittenElsewhere}>
          {t('actions.writtenElsewhere')}
        </Button>
        <Button disabled={busy} onClick={onSkip}>
          {t('actions.skip')}
        </Button>
      </div>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (snoozeValid && !busy) {
            onSnooze(until);
          }
        }}
      >
        <Field label={t('actions.snoozeUntil')}>
          <Input
            id={inputId}
            type="date"
            value={until}
            min={nextDay(today)}
            onChange={(_, data) => setUntil(data.value)}
          />
        </Field>
        <Button type="submit" disabled={busy || !snoozeValid}>
          {t('actions.snooze')}
        </Button>
      </form>
      {children}
    </div>
  );
}
