import { Button, Caption1, Label, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import type { CardSaveProblem } from './useCardSave';
import { useNotesAutosave } from './useNotesAutosave';
import { Notice } from '../shared/Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // A plain textarea in Fluent's look: Fluent's Textarea would be the first view's only user of its package.
  textarea: {
    ...typographyStyles.body1,
    boxSizing: 'border-box',
    width: '100%',
    minHeight: '72px',
    resize: 'vertical',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    borderTopWidth: tokens.strokeWidthThin,
    borderRightWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderRightStyle: 'solid',
    borderLeftStyle: 'solid',
    borderBottomStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke1,
    borderRightColor: tokens.colorNeutralStroke1,
    borderLeftColor: tokens.colorNeutralStroke1,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    ':focus-visible': { outlineWidth: tokens.strokeWidthThick, outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
});

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
  const styles = useStyles();
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
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
      <div className={styles.root}>
        <Label htmlFor={id}>{t('personView.notes')}</Label>
        <textarea
          id={id}
          ref={field}
          rows={3}
          className={styles.textarea}
          aria-describedby={`${id}-status`}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
        />
        <Caption1 id={`${id}-status`}>{status}</Caption1>
      </div>
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
    <Notice intent="warning" actions={<Button onClick={onReload}>{t('personView.reload')}</Button>}>
      {t('personView.conflict')}
    </Notice>
  );
}

/** What went wrong with a card edit: a 412 with Reload, or the failure's message. */
export function SaveProblem({ problem, onReload }: { problem: CardSaveProblem; onReload: () => void }) {
  if (problem?.kind === 'conflict') {
    return <ConflictMessage onReload={onReload} />;
  }
  return problem?.kind === 'error' ? (
    <Notice intent="error">{problem.message}</Notice>
  ) : null;
}
