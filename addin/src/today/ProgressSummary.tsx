import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Today } from '../api/types';
import { createFormatters } from '../i18n/format';
import { progressWords } from './progressWords';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  behind: { color: tokens.colorPaletteRedForeground1 },
});

/** "2 of 5 written today · 412 of 1,109 · on pace for 9 Dec", or its kind forms (first days, rest day). */
export function ProgressSummary({ today }: { today: Today }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const words = progressWords(today.progress, today.today, t, createFormatters(i18n.language));
  if (words.headline === null) {
    return null;
  }
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="progress">
      <Text weight="semibold" className={words.behind ? styles.behind : undefined}>
        {words.headline}
      </Text>
      {words.perDay && <Caption1>{words.perDay}</Caption1>}
    </div>
  );
}
