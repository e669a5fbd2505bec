import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2 } from '@fluentui/react-components';
import { type ChangeEvent, type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsApi } from '../api/client';
import type { ImportReport } from '../api/types';
import { problemMessage } from './problems';

type State =
  | { kind: 'idle' }
  | { kind: 'importing'; name: string }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

export function ImportSection({ api }: { api: SettingsApi }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const importFile = async (file: File) => {
    setState({ kind: 'importing', name: file.name });
    try {
      setState({ kind: 'done', report: await api.importContacts(file) });
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

  const role = (r: { company: string | null; position: string | null }) =>
    [r.position, r.company].filter(Boolean).join(', ') || t('person.unknownRole');

  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <Subtitle2 as="h2" id={`${inputId}-heading`}>
        {t('settings.importHeading')}
      </Subtitle2>
      <div
        role="region"
        aria-label={t('settings.importDropLabel')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ border: `2px dashed ${dragging ? '#0f6cbd' : '#999'}`, padding: 12, margin: '8px 0', borderRadius: 4 }}
      >
        <Body1 block>{t('settings.importHint')}</Body1>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={onChange}
          data-testid="import-file"
          style={{ display: 'none' }}
        />
        <Button onClick={() => input.current?.click()} disabled={state.kind === 'importing'}>
          {t('settings.importChoose')}
        </Button>
      </div>
      {state.kind === 'importing' && <Spinner size="tiny" label={t('settings.importing', { name: state.name })} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'done' && (
        <div role="status">
          <Body1 block>{t('settings.importDone', { rows: state.report.rows })}</Body1>
          <ul>
            <li>{t('settings.created', { count: state.report.created })}</li>
            <li>{t('settings.updated', { count: state.report.updated })}</li>
            <li>{t('settings.unchanged', { count: state.report.unchanged })}</li>
            <li>{t('settings.duplicates', { count: state.report.duplicates })}</li>
          </ul>
          {state.report.careerChanges.length > 0 && (
            <>
              <Body1 block>{t('settings.careerChanges')}</Body1>
              <ul>
                {state.report.careerChanges.map((c) => (
                  <li key={c.personId}>
                    {t('settings.careerChange', { name: c.name, from: role(c.before), to: role(c.after) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {state.report.rejected.length > 0 && (
            <>
              <Body1 block>{t('settings.rejected')}</Body1>
              <ul>
                {state.report.rejected.map((r) => (
                  <li key={`r${r.line}`}>{t('settings.lineReason', { line: r.line, reason: r.reason })}</li>
                ))}
              </ul>
            </>
          )}
          {state.report.warnings.length > 0 && (
            <>
              <Body1 block>{t('settings.warnings')}</Body1>
              <ul>
                {state.report.warnings.map((w, i) => (
                  <li key={`w${w.line}-${i}`}>{t('settings.lineReason', { line: w.line, reason: w.reason })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
