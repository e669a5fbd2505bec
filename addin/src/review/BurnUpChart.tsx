import type { ReviewWeek } from '../api/types';
import { useReviewStyles } from './styles';
import { useReviewWords } from './words';

const WIDTH = 300;
const HEIGHT = 160;
const LEFT = 8;
const RIGHT = 8;
const TOP = 16;
const BOTTOM = 20;

/** Where each week lands: x across the period, y from 0 (bottom) to the highest figure (top). */
export function burnUpPoints(weeks: ReviewWeek[], pick: (week: ReviewWeek) => number): string {
  const max = Math.max(1, ...weeks.map((week) => Math.max(week.cumulative, week.planned)));
  const span = Math.max(1, weeks.length - 1);
  return weeks
    .map((week, index) => {
      const x = LEFT + ((WIDTH - LEFT - RIGHT) * index) / span;
      const y = TOP + (HEIGHT - TOP - BOTTOM) * (1 - pick(week) / max);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** The burn-up, drawn by hand in SVG (no chart library), with a summary label and a hidden table of the weeks. */
export function BurnUpChart({ weeks, to }: { weeks: ReviewWeek[]; to: string }) {
  const styles = useReviewStyles();
  const { t, f } = useReviewWords();
  const last = weeks[weeks.length - 1];
  if (!last) {
    return <p className={styles.text}>{t('burnUpEmpty')}</p>;
  }
  const summary = t('burnUpSummary', {
    weeks: f.number(weeks.length),
    cumulative: f.number(last.cumulative),
    planned: f.number(last.planned),
    to: f.date(to),
  });
  const max = Math.max(1, ...weeks.map((week) => Math.max(week.cumulative, week.planned)));
  return (
    <>
      <svg className={styles.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <line className={styles.axis} x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH - RIGHT} y2={HEIGHT - BOTTOM} />
        <polyline className={styles.planned} points={burnUpPoints(weeks, (week) => week.planned)} />
        <polyline className={styles.written} points={burnUpPoints(weeks, (week) => week.cumulative)} />
        <text className={styles.label} x={LEFT} y={TOP - 4}>
          {f.number(max)}
        </text>
        <text className={styles.label} x={LEFT} y={HEIGHT - 4}>
          {f.shortDate(weeks[0]?.weekStart ?? to, to)}
        </text>
        <text className={styles.label} x={WIDTH - RIGHT} y={HEIGHT - 4} textAnchor="end">
          {f.shortDate(last.weekStart, to)}
        </text>
      </svg>
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
      <table className={styles.visuallyHidden}>
        <caption>{t('weekTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('week')}</th>
            <th scope="col">{t('writtenThatWeek')}</th>
            <th scope="col">{t('cumulative')}</th>
            <th scope="col">{t('planned')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{f.date(week.weekStart)}</th>
              <td>{f.number(week.written)}</td>
              <td>{f.number(week.cumulative)}</td>
              <td>{f.number(week.planned)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
