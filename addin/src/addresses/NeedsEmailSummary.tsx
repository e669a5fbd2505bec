import { Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { createFormatters } from '../i18n/format';
import { Loading } from '../shared/Loading';

const NeedsEmailList = lazy(() => import('./NeedsEmailList'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
  heading: { display: 'block' },
});

/** Today's "3 people need an email address", with Show them: the list loads (code and data) only then. */
export function NeedsEmailSummary({ api, count, onChanged }: { api: OutreachApi; count: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const headingId = useId();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.header}>
        <div>
          <Subtitle2 as="h2" id={headingId} tabIndex={-1} className={styles.heading}>
            {t('needsEmail.heading')}
          </Subtitle2>
          <Caption1>{t('today.needsEmail', { count, formatted: f.number(count) })}</Caption1>
        </div>
        <Button aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen((value) => !value)}>
          {open ? t('needsEmail.hide') : t('needsEmail.show')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {announcement && <Caption1>{announcement}</Caption1>}
      </div>
      {open && (
        <div id={listId}>
          <Suspense fallback={<Loading label={t('needsEmail.loading')} />}>
            <NeedsEmailList api={api} headingId={headingId} onChanged={onChanged} announce={setAnnouncement} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
