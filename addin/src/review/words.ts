import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Review, ReviewHighlight } from '../api/types';
import { type Formatters, createFormatters, formatLocale } from '../i18n/format';
import { de, en } from './strings';

export type ReviewT = (key: string, options?: Record<string, unknown>) => string;

/** Adds the Review's strings to the pane's i18next instance (once), in their own namespace. */
export function addReviewStrings(i18n: I18n): void {
  if (!i18n.hasResourceBundle('en', 'review')) {
    i18n.addResourceBundle('en', 'review', en);
    i18n.addResourceBundle('de', 'review', de);
  }
}

/** The Review's words in the pane's language: its strings and the language's number and date formats. */
export function useReviewWords(): { t: ReviewT; f: Formatters; percent: (rate: number) => string; language: string } {
  const { t, i18n } = useTranslation();
  addReviewStrings(i18n);
  return reviewWords((key, options) => t(`review:${key}`, options ?? {}), i18n.language);
}

export function reviewWords(t: ReviewT, language: string) {
  const percentFormat = new Intl.NumberFormat(formatLocale(language), { style: 'percent', maximumFractionDigits: 0 });
  return { t, f: createFormatters(language), percent: (rate: number) => percentFormat.format(rate), language };
}

export type ReviewWords = ReturnType<typeof reviewWords>;
type Words = ReviewWords;

/** "412 written · 138 answered (33%) · median reply in 2 days". */
export function headline(review: Review, { t, f, percent }: Words): string {
  const hours = review.replies.medianHoursToReply;
  let median = t('noReplies');
  if (hours !== null) {
    // Under two days the hours say more; after that whole days read better.
    const days = Math.round(hours / 24);
    median = hours < 48
      ? t('medianHours', { count: Math.round(hours), formatted: f.number(Math.round(hours)) })
      : t('medianDays', { count: days, formatted: f.number(days) });
  }
  return [
    t('written', { count: review.written.total, formatted: f.number(review.written.total) }),
    t('answered', { formatted: f.number(review.replies.people), percent: percent(review.replies.rate) }),
    median,
  ].join(' · ');
}

/** The highlight as a sentence; the person's name sits between `<name>` tags for the view to make it a link. */
export function highlightSentence(highlight: ReviewHighlight, { t, f }: Words): string | null {
  const name = highlight.name;
  switch (highlight.kind) {
    case 'firstReply':
      return t('firstReply', { name, date: f.date(highlight.date) });
    case 'fastestReply':
      return t('fastestReply', { name, hours: f.number(Math.round(highlight.hours ?? 0)) });
    case 'longestSilence':
      return t('longestSilence', { name, years: f.decimal(highlight.years ?? 0) });
    case 'careerChange':
      return t('careerChange', { name, from: highlight.fromCompany ?? '?', to: highlight.toCompany ?? '?' });
    default:
      return null;
  }
}

/** Splits a highlight sentence into the text before the name, the name, and the text after it. */
export function splitName(sentence: string): [string, string, string] {
  const match = /^(.*?)<name>(.*?)<\/name>(.*)$/s.exec(sentence);
  return match ? [match[1] ?? '', match[2] ?? '', match[3] ?? ''] : [sentence, '', ''];
}

/** The short Markdown summary for *Copy as text*: other people's names only when asked for. */
export function reviewMarkdown(review: Review, words: Words, includeNames: boolean): string {
  const { t, f } = words;
  const lines = [
    t('markdownTitle', { from: f.date(review.from), to: f.date(review.to) }),
    '',
    `- ${headline(review, words)}`,
    `- ${t('markdownSilence', {
      neverBefore: f.number(review.silence.neverBefore),
      underOneYear: f.number(review.silence.underOneYear),
      oneToFiveYears: f.number(review.silence.oneToFiveYears),
      overFiveYears: f.number(review.silence.overFiveYears),
    })}`,
  ];
  if (review.silence.longest && !includeNames) {
    lines.push(`- ${t('markdownLongest', { years: f.decimal(review.silence.longest.years) })}`);
  }
  lines.push(`- ${t('markdownMoved', { count: review.network.peopleWhoMoved, formatted: f.number(review.network.peopleWhoMoved) })}`);
  if (review.timePerMail.medianMinutes !== null) {
    lines.push(`- ${t('markdownTime', { minutes: f.decimal(review.timePerMail.medianMinutes) })}`);
  }
  if (includeNames) {
    for (const highlight of review.highlights) {
      const sentence = highlightSentence(highlight, words);
      if (sentence) {
        lines.push(`- ${splitName(sentence).join('')}`);
      }
    }
  }
  return [...lines, ...weeksMarkdown(review, words)].join('\n');
}

/**
 * The weeks as a small Markdown table (week, written, answered): the rhythm behind the totals. It follows the
 * list after a blank line, because a table written right under a list item would become part of that item.
 */
function weeksMarkdown(review: Review, { t, f }: Words): string[] {
  if (review.weeks.length === 0) {
    return [];
  }
  return [
    '',
    `| ${t('week')} | ${t('legendWritten')} | ${t('markdownAnswered')} |`,
    '| --- | ---: | ---: |',
    ...review.weeks.map((week) => `| ${f.date(week.weekStart)} | ${f.number(week.written)} | ${f.number(week.replies)} |`),
  ];
}
