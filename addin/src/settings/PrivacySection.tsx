import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { SettingsApi } from '../api/client';
import { problemMessage } from '../shared/problems';
import { Notice } from '../shared/Notice';
import { useLazyTranslation } from '../i18n/lazy';
import { waitForErase } from './eraseProgress';
import { settingsStrings } from './strings';

const progressText = { pending: 'settings.erasePending', done: 'settings.eraseDone', nothing: 'settings.eraseNothing' } as const;

/** Where an erase this pane started stands. */
type EraseProgress = { phase: 'pending' | 'done' | 'nothing' } | { phase: 'failed'; reason: string };

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  spinner: { display: 'inline-flex', verticalAlign: 'middle', marginInlineEnd: tokens.spacingHorizontalS },
});

function download(data: unknown, fileName: string): void {
  if (typeof URL.createObjectURL !== 'function') {
    return;
  }
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function PrivacySection({ api }: { api: SettingsApi }) {
  const { t } = useLazyTranslation(settingsStrings);
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<EraseProgress | null>(null);
  const following = useRef<AbortController | null>(null);

  useEffect(() => () => following.current?.abort(), []);

  const exportData = async () => {
    setMessage(null);
    try {
      download(await api.exportData(), `outreach-export-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (e) {
      setMessage({ intent: 'error', text: problemMessage(e, t) });
    }
  };

  /** Follows the erase on the server until it is done; the pane may close meanwhile, the erase goes on. */
  const follow = async () => {
    following.current?.abort();
    const controller = new AbortController();
    following.current = controller;
    setProgress({ phase: 'pending' });
    try {
      if (await waitForErase(api, controller.signal)) {
        setProgress({ phase: 'done' });
      }
    } catch (e) {
      if (!controller.signal.aborted) {
        setProgress({ phase: 'failed', reason: problemMessage(e, t) });
      }
    }
  };

  const erase = async () => {
    setBusy(true);
    setMessage(null);
    setProgress(null);
    try {
      const started = await api.eraseMe();
      setConfirming(false);
      if (!started) {
        setProgress({ phase: 'nothing' });
      } else if (started.state === 'done') {
        setProgress({ phase: 'done' });
      } else {
        void follow();
      }
    } catch (e) {
      setConfirming(false);
      setMessage({ intent: 'error', text: problemMessage(e, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <Subtitle2 as="h2">{t('settings.privacyHeading')}</Subtitle2>
      <div className={styles.row}>
        <Button onClick={() => void exportData()}>{t('settings.export')}</Button>
        <Button disabled={progress?.phase === 'pending'} onClick={() => setConfirming(true)}>
          {t('settings.erase')}
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('settings.eraseTitle')}</DialogTitle>
            <DialogContent>{t('settings.eraseBody')}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {t('settings.cancel')}
              </Button>
              <Button appearance="primary" disabled={busy} onClick={() => void erase()}>
                {t('settings.eraseConfirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {message && (
        <Notice intent={message.intent}>{message.text}</Notice>
      )}
      {progress?.phase === 'failed' ? (
        <Notice intent="error" actions={<Button onClick={() => void follow()}>{t('settings.eraseCheckAgain')}</Button>}>
          {t('settings.eraseFailed', { reason: progress.reason })}
        </Notice>
      ) : (
        progress && (
          <Notice intent={progress.phase === 'pending' ? 'info' : 'success'}>
            {progress.phase === 'pending' && <Spinner size="tiny" className={styles.spinner} />}
            {t(progressText[progress.phase])}
          </Notice>
        )
      )}
    </section>
  );
}
