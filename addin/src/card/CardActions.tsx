import { Button, Caption1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import { createFormatters } from '../i18n/format';
import { type MailActions, usableAddress } from '../mail/MailActions';

const WriteDialog = lazy(() => import('./WriteDialog'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

/** The day after `today` (`YYYY-MM-DD`), the snooze date offered first. */
export function nextDay(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Today in the browser's time zone, `YYYY-MM-DD` (views without the plan's own date). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Open people (with or without an address) can be written, skipped or snoozed; the rest can be reopened. */
export function isOpen(person: Person): boolean {
  return person.status === 'open' || person.status === 'needsEmail';
}

export interface CardActionsProps {
  person: Person;
  name: string;
  today: string;
  busy: boolean;
  mail?: MailActions | undefined;
  /** Runs a queue action; the view around the card loads what changed. */
  onAction: (action: (api: OutreachApi) => Promise<unknown>) => void;
  onSent?: (() => void) | undefined;
  /** Write opened a compose form (the review's time per mail starts here). */
  onWriteStarted?: (() => void) | undefined;
}

/** Write, Written elsewhere, Skip and Snooze for an open person; what happened and Reopen for the others. */
export function CardActions({ person, name, today, busy, mail, onAction, onSent, onWriteStarted }: CardActionsProps) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const [until, setUntil] = useState(() => nextDay(today));
  const [writing, setWriting] = useState(false);
  const [dialogLoaded, setDialogLoaded] = useState(false);
  const inputId = useId();
  const address = usableAddress(person);
  const snoozeValid = /^\d{4}-\d{2}-\d{2}$/.test(until) && until > today;

  const write = mail && address && (
    <Button
      appearance="primary"
      disabled={busy}
      onClick={() => {
        onWriteStarted?.();
        if (mail.kind === 'office') {
          void mail.write(address);
        } else {
          setDialogLoaded(true);
          setWriting(true);
        }
      }}
    >
      {t('write.button')}
    </Button>
  );

  const dialog = dialogLoaded && mail && address && (
    <Suspense fallback={null}>
      <WriteDialog open={writing} name={name} address={address} mail={mail} onClose={() => setWriting(false)} onSent={() => onSent?.()} />
    </Suspense>
  );

  if (!isOpen(person)) {
    const state =
      person.status === 'snoozed' && person.snoozedUntil
        ? t('card.snoozedUntil', { date: f.date(person.snoozedUntil) })
        : person.status === 'written' && person.writtenOn
          ? // `writtenOn_linkedIn` where they were written on LinkedIn; any other way reads `writtenOn`.
            t('card.writtenOn', { date: f.date(person.writtenOn), context: person.writtenVia ?? '' })
          : t(`card.status.${person.status}`, { defaultValue: person.status });
    return (
      <div role="group" aria-label={t('actions.label', { name })} aria-busy={busy} className={styles.root}>
        <Caption1>{state}</Caption1>
        <div className={styles.row}>
          {write}
          <Button disabled={busy} onClick={() => onAction((api) => api.reopen(person.id))}>
            {t('actions.reopen')}
          </Button>
        </div>
        {dialog}
      </div>
    );
  }

  return (
    <div role="group" aria-label={t('actions.label', { name })} aria-busy={busy} className={styles.root}>
      <div className={styles.row}>
        {/* Write is the one primary action; the others are alternatives to it. */}
        {write}
        <Button disabled={busy} onClick={() => onAction((api) => api.markWritten(person.id))}>
          {t('actions.writtenElsewhere')}
        </Button>
        <Button disabled={busy} onClick={() => onAction((api) => api.skip(person.id))}>
          {t('actions.skip')}
        </Button>
      </div>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (snoozeValid && !busy) {
            onAction((api) => api.snooze(person.id, until));
          }
        }}
      >
        <Field label={t('actions.snoozeUntil')}>
          <Input id={inputId} type="date" value={until} min={nextDay(today)} onChange={(_, data) => setUntil(data.value)} />
        </Field>
        <Button type="submit" disabled={busy || !snoozeValid}>
          {t('actions.snooze')}
        </Button>
      </form>
      {dialog}
    </div>
  );
}
