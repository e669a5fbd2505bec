import type { ReviewWeek } from '../api/types';
import { useReviewStyles } from './styles';
import { useReviewWords } from './words';

/** A chart's text equivalent: the weeks and their figures as a table that only screen readers see. */
export function WeekTable({ caption, weeks, columns }: { caption: string; weeks: ReviewWeek[]; columns: [string, (week: ReviewWeek) => number][] }) {
  const styles = useReviewStyles();
  const { t, f } = useReviewWords();
  return (
    // The wrapper hides it: a table grows to fit its cells whatever width it is given, and would widen the pane.
    <div className={styles.visuallyHidden}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('week')}</th>
            {columns.map(([title]) => (
              <th key={title} scope="col">
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{f.date(week.weekStart)}</th>
              {columns.map(([title, pick]) => (
                <td key={title}>{f.number(pick(week))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
