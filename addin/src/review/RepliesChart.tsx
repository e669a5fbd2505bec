import type { ReviewWeek } from '../api/types';
import { weekAxis } from './axis';
import { useReviewStyles } from './styles';
import { WeekChart } from './WeekChart';
import { WeekTable } from './WeekTable';
import { useReviewWords } from './words';

/** The people who answered, week by week, as bars; a summary and a hidden table say the same in words. */
export function RepliesChart({ weeks, to }: { weeks: ReviewWeek[]; to: string }) {
  const styles = useReviewStyles();
  const { t, f } = useReviewWords();
  const total = weeks.reduce((sum, week) => sum + week.replies, 0);
  const busiest = weeks.reduce<ReviewWeek | undefined>((best, week) => (week.replies > (best?.replies ?? 0) ? week : best), undefined);
  if (weeks.length === 0) {
    return <p className={styles.text}>{t('burnUpEmpty')}</p>;
  }
  const summary = busiest
    ? t('repliesSummary', { count: total, formatted: f.number(total), weeks: f.number(weeks.length), week: f.date(busiest.weekStart), most: f.number(busiest.replies) })
    : t('repliesNone', { count: weeks.length, weeks: f.number(weeks.length) });
  return (
    <>
      <WeekChart
        axis={weekAxis(weeks, (day) => f.shortDate(day, to), true)}
        summary={summary}
        series={[{ label: t('repliesThatWeek'), values: weeks.map((week) => week.replies), style: 'bars', color: '--colorBrandBackground' }]}
      />
      <WeekTable caption={t('repliesTable')} weeks={weeks} columns={[[t('repliesThatWeek'), (week) => week.replies]]} />
    </>
  );
}
