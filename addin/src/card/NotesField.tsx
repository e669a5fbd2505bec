import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import type { CardSaveProblem } from './useCardSave';
import { useNotesAutosave } from './useNotesAutosave';

export interface NotesFieldProps {
  api: OutreachApi;
  person: Person;
  eTag: { current: string };
  /** Replies opens the card to note what the person told: the field takes the focus. */
  focus?: boolean | undefined;
  onReload: () => void;
}

/** Notes, saved as you type; a change made elsewhere first (412) stops saving and offers Reload. */
export function NotesField({ api, person, eTag, focus, onReload }: NotesFieldProps) {
  const { t } = useTranslation();
  const { notes, setNotes, state } = useNotesAutosave(api, person, eTag);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focus) {
      field.current?.focus();
    }
  }, [focus, person.id]);
  const status =
    state === 'saving' || state === 'pending'
      ? t('personView.saving')
      : state === 'saved'
        ? t('personView.saved')
        : state === 'error'
          ? t('personView.saveFailed')
          : undefined;
  return (
    <>
      <Field label={t('personView.notes')} hint={status}>
        <Textarea ref={field} rows={3} resize="vertical" value={notes} onChange={(_, data) => setNotes(data.value)} />
      </Field>
      <div aria-live="polite">
        {state === 'conflict' && <ConflictMessage onReload={onReload} />}
      </div>
    </>
  );
}

/** The person was changed elsewhere first (412): reload to see that version. */
export function ConflictMessage({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>{t('personView.conflict')}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{t('personView.reload')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What went wrong with a card edit: a 412 with Reload, or the failure's message. */
export function SaveProblem({ problem, onReload }: { problem: CardSaveProblem; onReload: () => void }) {
  if (problem?.kind === 'conflict') {
    return <ConflictMessage onReload={onReload} />;
  }
  return problem?.kind === 'error' ? (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{problem.message}</MessageBarBody>
    </MessageBar>
  ) : null;
}
