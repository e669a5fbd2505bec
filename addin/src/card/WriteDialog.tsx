import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailActions } from '../mail/MailActions';
import { Notice } from '../shared/Notice';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface WriteDialogProps {
  open: boolean;
  name: string;
  address: string;
  mail: MailActions;
  onClose: () => void;
  /** Called after the preview sent a mail (Today then polls until the mail is linked). */
  onSent: () => void;
}

/**
 * The browser preview's compose dialog: sends through the sandbox. Outlook has its own compose form,
 * so this (and Fluent's dialog with it) loads only when the preview's Write is pressed.
 */
export default function WriteDialog({ open, name, address, mail, onClose, onSent }: WriteDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setSending(true);
    setError(null);
    try {
      await mail.write(address, { subject, text });
      onClose();
      onSent();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSending(false);
    }
  };

  return (
    // Stays mounted once loaded: unmounting an open modal dialog would leave the page hidden from assistive tech.
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!sending) {
              void send();
            }
          }}
        >
          <DialogBody>
            <DialogTitle>{t('write.title', { name })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label={t('write.to')}>
                <Input value={address} readOnly />
              </Field>
              <Field label={t('write.subject')}>
                <Input value={subject} onChange={(_, data) => setSubject(data.value)} />
              </Field>
              <Field label={t('write.text')}>
                <Textarea rows={6} value={text} onChange={(_, data) => setText(data.value)} />
              </Field>
              {error && (
                <Notice intent="error">{t('write.failed', { detail: error })}</Notice>
              )}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={sending}>
                {sending ? t('write.sending') : t('write.send')}
              </Button>
              <Button onClick={onClose}>{t('write.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
