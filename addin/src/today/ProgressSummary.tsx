import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Today } from '../api/types';
import { createFormatters } from '../i18n/format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  behind: { color: tokens.colorPaletteRedForeground1 },
});

/** "2 of 5 written today · 412 of 1,109 · on pace for 9 Dec", localized. */
export function ProgressSummary({ today }: { today: Today }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const p = today.progress;
  const pace =
    p.projectedFinish === null
      ? t('today.noPace')
      : t(p.onPace ? 'today.onPace' : 'today.behindPace', { date: f.shortDate(p.projectedFinish, today.today) });
  const parts = [
    t('today.progressToday', { doneToday: f.number(p.doneToday), dailyQuota: f.number(p.dailyQuota) }),
    t('today.progressTotal', { done: f.number(p.done), total: f.number(p.total) }),
    pace,
  ];
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="progress">
      <Text weight="semibold" className={p.onPace || p.projectedFinish === null ? undefined : styles.behind}>
        {parts.join(' · ')}
      </Text>
      {p.remaining > 0 && <Caption1>{t('today.perDay', { average: f.decimal(p.averagePerDay) })}</Caption1>}
    </div>
  );
}
