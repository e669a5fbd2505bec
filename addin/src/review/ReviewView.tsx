import { Body1, Button, Checkbox, Link, Subtitle2, Title3 } from '@fluentui/react-components';
import { type ReactNode, useId, useRef, useState } from 'react';
import type { OutreachApi } from '../api/client';
import type { Review } from '../api/types';
import { ErrorMessage } from '../shared/ErrorMessage';
import { Loading } from '../shared/Loading';
import { Notice } from '../shared/Notice';
import { useLoader } from '../shared/useLoader';
import { BurnUpChart } from './BurnUpChart';
import { cardCharts, cardColors, download, reviewImage } from './image';
import { RepliesChart } from './RepliesChart';
import { SilenceBuckets } from './SilenceBuckets';
import { useReviewStyles } from './styles';
import { headline, highlightSentence, reviewMarkdown, splitName, useReviewWords } from './words';

export interface ReviewViewProps {
  api: OutreachApi;
  /** Opens a person named in a highlight. */
  onOpen: (personId: string) => void;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useReviewStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function ReviewCard({ review, onOpen }: { review: Review; onOpen: (personId: string) => void }) {
  const styles = useReviewStyles();
  const words = useReviewWords();
  const { t, f } = words;
  const { network, timePerMail, written } = review;
  const sentences = review.highlights.flatMap((highlight) => {
    const sentence = highlightSentence(highlight, words);
    return sentence ? [{ highlight, parts: splitName(sentence) }] : [];
  });
  return (
    <>
      <Body1 as="p" className={styles.text}>
        {t('period', { from: f.date(review.from), to: f.date(review.to) })}
      </Body1>
      <Subtitle2 as="p" className={styles.headline}>
        {headline(review, words)}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {t('channels', { mail: f.number(written.mail), linkedIn: f.number(written.linkedIn), elsewhere: f.number(written.elsewhere) })}
      </Body1>
      <Section title={t('burnUp')}>
        <BurnUpChart weeks={review.weeks} from={review.from} to={review.to} />
      </Section>
      <Section title={t('repliesOverWeeks')}>
        <RepliesChart weeks={review.weeks} to={review.to} />
      </Section>
      <Section title={t('silence')}>
        <SilenceBuckets silence={review.silence} />
      </Section>
      <Section title={t('movedOn')}>
        <ul className={styles.list}>
          <li>{t('peopleWhoMoved', { count: network.peopleWhoMoved, formatted: f.number(network.peopleWhoMoved) })}</li>
          <li>{t('careerChanges', { formatted: f.number(network.careerChanges) })}</li>
          <li>{t('bounced', { formatted: f.number(network.bouncedAddresses) })}</li>
          <li>{t('addressesFound', { formatted: f.number(network.addressesFound) })}</li>
        </ul>
      </Section>
      <Section title={t('timePerMail')}>
        <Body1 as="p" className={styles.text}>
          {timePerMail.medianMinutes === null
            ? t('timeUnknown')
            : t('timeMedian', { count: timePerMail.mails, formatted: f.number(timePerMail.mails), minutes: f.decimal(timePerMail.medianMinutes) })}
        </Body1>
      </Section>
      {sentences.length > 0 && (
        <Section title={t('highlights')}>
          <ul className={styles.list}>
            {sentences.map(({ highlight, parts: [before, name, after] }) => (
              <li key={`${highlight.kind}-${highlight.personId}`}>
                {before}
                <Link as="button" inline onClick={() => onOpen(highlight.personId)}>
                  {name}
                </Link>
                {after}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

/** The balance of the plan so far: figures in words, the burn-up, the silence bridged, and a way to share it. */
export default function ReviewView({ api, onOpen }: ReviewViewProps) {
  const styles = useReviewStyles();
  const words = useReviewWords();
  const { t } = words;
  const headingId = useId();
  const card = useRef<HTMLDivElement>(null);
  const { state, reload } = useLoader(() => api.getReview(), [api]);
  const [includeNames, setIncludeNames] = useState(false);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; text: string } | null>(null);
  const review = state.data;

  const copy = async () => {
    if (!review) {
      return;
    }
    try {
      await navigator.clipboard.writeText(reviewMarkdown(review, words, includeNames));
      setNotice({ intent: 'success', text: t('copied') });
    } catch {
      setNotice({ intent: 'error', text: t('copyFailed') });
    }
  };

  const saveImage = async () => {
    const blob = review && card.current ? await reviewImage(review, words, cardColors(card.current), cardCharts(card.current)) : null;
    if (blob && review) {
      download(blob, `outreach-review-${review.to}.png`);
    } else {
      setNotice({ intent: 'error', text: t('imageFailed') });
    }
  };

  return (
    <main className={styles.root} aria-labelledby={headingId} aria-busy={state.status === 'loading'}>
      <Title3 as="h1" id={headingId}>
        {t('heading')}
      </Title3>
      {state.status === 'loading' && review === null && <Loading label={t('loading')} />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {review && (
        <>
          <div ref={card} className={styles.card}>
            <ReviewCard review={review} onOpen={onOpen} />
          </div>
          <Section title={t('share')}>
            <div className={styles.share}>
              <Checkbox label={t('includeNames')} checked={includeNames} onChange={(_, data) => setIncludeNames(data.checked === true)} />
              <Button onClick={() => void copy()}>{t('copy')}</Button>
              <Button onClick={() => void saveImage()}>{t('saveImage')}</Button>
            </div>
            {notice && <Notice intent={notice.intent}>{notice.text}</Notice>}
          </Section>
        </>
      )}
    </main>
  );
}
