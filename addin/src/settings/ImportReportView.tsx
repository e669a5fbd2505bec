import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportIssue, ImportReport, ImportedFile } from '../api/types';
import { useLazyTranslation } from '../i18n/lazy';
import { roleOrUnknown } from '../shared/names';
import { settingsStrings } from './strings';

const useStyles = makeStyles({
  list: { marginTop: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  file: { marginBottom: tokens.spacingVerticalXS },
});

/** What an import did: counts, each file of the upload (each entry of LinkedIn's archive), messages, career changes. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useLazyTranslation(settingsStrings);
  const styles = useStyles();
  const files = report.files ?? [];
  const issues = (heading: string, list: ImportIssue[], prefix: string) =>
    list.length > 0 && (
      <>
        <Body1 block>{heading}</Body1>
        <ul className={styles.list}>
          {list.map((issue, index) => (
            <li key={`${prefix}${issue.line}-${index}`}>{t('settings.lineReason', { line: issue.line, reason: issue.reason })}</li>
          ))}
        </ul>
      </>
    );
  const fileLine = (file: ImportedFile) =>
    file.readAs === 'ignored'
      ? t('settings.fileIgnored', { name: file.name })
      : t('settings.fileRead', {
          name: file.name,
          kind: t(`settings.readAs.${file.readAs}`, { defaultValue: file.readAs }),
          count: file.rows,
        });
  const figures = (['linkedInWritten', 'linkedInReplies', 'outsideNetwork'] as const).filter(
    (figure) => typeof report[figure] === 'number',
  );
  // The API sends zeros for any upload: the figures speak only of an upload with messages.
  const messages =
    report.linkedInAdded || files.some((file) => file.readAs === 'messages') || figures.some((figure) => (report[figure] ?? 0) > 0)
      ? figures
      : [];
  // What this upload added comes first: a newer archive mostly repeats the last one, whose messages the totals count too.
  const added = report.linkedInAdded;

  return (
    <div role="status">
      <Body1 block>{t('settings.importDone', { rows: report.rows })}</Body1>
      <ul className={styles.list}>
        <li>{t('settings.created', { count: report.created })}</li>
        <li>{t('settings.updated', { count: report.updated })}</li>
        <li>{t('settings.unchanged', { count: report.unchanged })}</li>
        <li>{t('settings.duplicates', { count: report.duplicates })}</li>
      </ul>
      {messages.length > 0 && (
        <>
          <Body1 block>{t('settings.linkedInMessages')}</Body1>
          <ul className={styles.list}>
            {added &&
              (
                [
                  ['addedMessages', added.messages],
                  ['addedWritten', added.written],
                  ['addedReplies', added.replies],
                ] as const
              ).map(([key, count]) => <li key={key}>{t(`settings.${key}`, { count })}</li>)}
            {messages.map((figure) => (
              <li key={figure}>{t(`settings.${figure}`, { count: report[figure] })}</li>
            ))}
          </ul>
        </>
      )}
      {files.length > 0 && (
        <section aria-label={t('settings.files')}>
          <Body1 block>{t('settings.files')}</Body1>
          <ul className={styles.list}>
            {files.map((file, index) => (
              <li key={`${file.name}-${index}`} className={styles.file} data-file={file.name}>
                <Body1 block>{fileLine(file)}</Body1>
                {file.note && <Caption1 block>{file.note}</Caption1>}
                {issues(t('settings.rejected'), file.rejected, 'f')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.careerChanges.length > 0 && (
        <>
          <Body1 block>{t('settings.careerChanges')}</Body1>
          <ul className={styles.list}>
            {report.careerChanges.map((c) => (
              <li key={c.personId}>
                {t('settings.careerChange', { name: c.name, from: roleOrUnknown(c.before, t), to: roleOrUnknown(c.after, t) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {/* An API before the per-file report lists rejected lines only here. */}
      {files.length === 0 && issues(t('settings.rejected'), report.rejected, 'r')}
      {issues(t('settings.warnings'), report.warnings, 'w')}
    </div>
  );
}
