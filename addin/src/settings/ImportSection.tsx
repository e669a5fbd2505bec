import { Body1, Button, Subtitle2, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { type ChangeEvent, type DragEvent, useId, useRef, useState } from 'react';
import type { SettingsApi } from '../api/client';
import type { ImportReport } from '../api/types';
import { problemMessage } from '../shared/problems';
import { Notice } from '../shared/Notice';
import { Loading } from '../shared/Loading';
import { ImportReportView } from './ImportReportView';
import { uploadType } from './upload';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from './strings';

const useStyles = makeStyles({
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  dragging: { ...shorthands.borderColor(tokens.colorBrandStroke1) },
  file: { display: 'none' },
});

type State =
  | { kind: 'idle' }
  | { kind: 'importing'; name: string }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

export interface ImportSectionProps {
  api: SettingsApi;
  /** After a successful import (the first run reloads Today). */
  onImported?: ((report: ImportReport) => void) | undefined;
  /** Without its own heading (the first run's step has one). */
  bare?: boolean | undefined;
}

/** Import: a drop zone (and a file button) for LinkedIn's ZIP or a CSV, and the import's report. */
export function ImportSection({ api, onImported, bare }: ImportSectionProps) {
  const { t } = useLazyTranslation(settingsStrings);
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const importFile = async (file: File) => {
    setState({ kind: 'importing', name: file.name });
    try {
      const report = await api.importContacts(file, uploadType(file));
      setState({ kind: 'done', report });
      onImported?.(report);
    } catch (error) {
      setState({ kind: 'failed', message: problemMessage(error, t) });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) {
      void importFile(file);
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) {
      void importFile(file);
    }
    event.target.value = '';
  };


  return (
    <section aria-labelledby={bare ? undefined : `${inputId}-heading`}>
      {!bare && (
        <Subtitle2 as="h2" id={`${inputId}-heading`}>
          {t('settings.importHeading')}
        </Subtitle2>
      )}
      <div
        role="region"
        aria-label={t('settings.importDropLabel')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={mergeClasses(styles.drop, dragging && styles.dragging)}
      >
        <Body1 block>{t('settings.importHint')}</Body1>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,.zip,text/csv,application/zip"
          onChange={onChange}
          data-testid="import-file"
          className={styles.file}
        />
        <Button onClick={() => input.current?.click()} disabled={state.kind === 'importing'}>
          {t('settings.importChoose')}
        </Button>
      </div>
      {state.kind === 'importing' && <Loading label={t('settings.importing', { name: state.name })} />}
      {state.kind === 'failed' && (
        <Notice intent="error">{state.message}</Notice>
      )}
      {state.kind === 'done' && <ImportReportView report={state.report} />}
    </section>
  );
}
