import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { SettingsApi } from '../api/client';
import { problemMessage } from '../shared/problems';
import { Notice } from '../shared/Notice';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
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

  const exportData = async () => {
    setMessage(null);
    try {
      download(await api.exportData(), `outreach-export-${new Date().toISOString().slice(0, 10)}.json`);
    } catch (e) {
      setMessage({ intent: 'error', text: problemMessage(e, t) });
    }
  };

  const erase = async () => {
    setBusy(true);
    setMessage(null);
    try {
      await api.eraseMe();
      setMessage({ intent: 'success', text: t('settings.erased') });
    } catch (e) {
      setMessage({ intent: 'error', text: problemMessage(e, t) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <section>
      <Subtitle2 as="h2">{t('settings.privacyHeading')}</Subtitle2>
      <div className={styles.row}>
        <Button onClick={() => void exportData()}>{t('settings.export')}</Button>
        <Button onClick={() => setConfirming(true)}>{t('settings.erase')}</Button>
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
    </section>
  );
}
