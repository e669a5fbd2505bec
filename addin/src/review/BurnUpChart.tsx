import type { ReviewWeek } from '../api/types';
import { burnUpSeries } from './burnUp';
import { useReviewStyles } from './styles';
import { WeekChart } from './WeekChart';
import { WeekTable } from './WeekTable';
import { useReviewWords } from './words';

/** The burn-up against the plan, with a summary for screen readers and a hidden table of the weeks. */
export function BurnUpChart({ weeks, from, to }: { weeks: ReviewWeek[]; from: string; to: string }) {
  const styles = useReviewStyles();
  const { t, f } = useReviewWords();
  const last = weeks[weeks.length - 1];
  if (!last) {
    return <p className={styles.text}>{t('burnUpEmpty')}</p>;
  }
  const summary = t('burnUpSummary', {
    count: weeks.length,
    weeks: f.number(weeks.length),
    cumulative: f.number(last.cumulative),
    planned: f.number(last.planned),
    to: f.date(to),
  });
  const { axis, written, planned } = burnUpSeries(weeks, from, to, (day) => f.shortDate(day, to));
  return (
    <>
      <WeekChart
        axis={axis}
        summary={summary}
        series={[
          { label: t('legendPlanned'), values: planned, style: 'dashed', color: '--colorNeutralForeground3' },
          { label: t('legendWritten'), values: written, style: 'line', color: '--colorBrandForeground1' },
        ]}
      />
      <ul className={styles.legend} aria-hidden="true">
        <li>
          <span className={styles.swatchWritten} />
          {t('legendWritten')}
        </li>
        <li>
          <span className={styles.swatchPlanned} />
          {t('legendPlanned')}
        </li>
      </ul>
      <WeekTable
        caption={t('weekTable')}
        weeks={weeks}
        columns={[
          [t('writtenThatWeek'), (week) => week.written],
          [t('cumulative'), (week) => week.cumulative],
          [t('planned'), (week) => week.planned],
        ]}
      />
    </>
  );
}
