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
  MessageBar,
  MessageBarBody,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../api/types';
import { type MailActions, usableAddress } from '../mail/MailActions';

export interface WriteActionProps {
  person: Person;
  name: string;
  mail: MailActions;
  disabled: boolean;
  /** Called after the preview sent a mail (Today then polls until the mail is linked). */
  onSent: () => void;
}

/** Write: Outlook's compose form, or in the preview a small dialog that sends through the sandbox. */
export function WriteAction({ person, name, mail, disabled, onSent }: WriteActionProps) {
  const { t } = useTranslation();
  const address = usableAddress(person);
  const [open, setOpen] = useState(false);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!address) {
    return null;
  }

  const send = async () => {
    setSending(true);
    setError(null);
    try {
      await mail.write(address, { subject, text });
      setOpen(false);
      setSubject('');
      setText('');
      onSent();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSending(false);
    }
  };

  if (mail.kind === 'office') {
    return (
      <Button appearance="primary" disabled={disabled} onClick={() => void mail.write(address)}>
        {t('write.button')}
      </Button>
    );
  }

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <Button appearance="primary" disabled={disabled} onClick={() => setOpen(true)}>
        {t('write.button')}
      </Button>
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
            <DialogContent style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
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
                <MessageBar intent="error" role="alert" layout="multiline">
                  <MessageBarBody>{t('write.failed', { detail: error })}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={sending}>
                {sending ? t('write.sending') : t('write.send')}
              </Button>
              <Button onClick={() => setOpen(false)}>{t('write.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
