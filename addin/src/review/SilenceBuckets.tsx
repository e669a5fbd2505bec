import type { Review } from '../api/types';
import { useReviewStyles } from './styles';
import { useReviewWords } from './words';

const buckets = ['neverBefore', 'underOneYear', 'oneToFiveYears', 'overFiveYears'] as const;

/** The silence each mail bridged: one labelled bar per bucket; the label and figure are the text equivalent. */
export function SilenceBuckets({ silence }: { silence: Review['silence'] }) {
  const styles = useReviewStyles();
  const { t, f } = useReviewWords();
  const total = Math.max(1, ...buckets.map((bucket) => silence[bucket]));
  return (
    <>
      <ul className={styles.buckets}>
        {buckets.map((bucket) => (
          <li key={bucket} className={styles.bucket}>
            <span>{t(bucket)}</span>
            <svg className={styles.chart} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className={styles.track} x={0} y={0} width={100} height={8} rx={2} />
              <rect className={styles.bar} x={0} y={0} width={(100 * silence[bucket]) / total} height={8} rx={2} />
            </svg>
            <span>{f.number(silence[bucket])}</span>
          </li>
        ))}
      </ul>
      {silence.longest && (
        <p className={styles.text}>{t('longest', { years: f.decimal(silence.longest.years), name: silence.longest.name })}</p>
      )}
    </>
  );
}
