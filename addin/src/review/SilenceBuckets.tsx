import type { Review } from '../api/types';
import { useReviewStyles } from './styles';
import { useReviewWords } from './words';

const buckets = ['neverBefore', 'underOneYear', 'oneToFiveYears', 'overFiveYears'] as const;

/** The silence each mail bridged: one labelled bar per bucket (plain boxes, no chart); the label and figure are the text equivalent. */
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
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ width: `${(100 * silence[bucket]) / total}%` }} />
            </span>
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
