import type { TFunction } from 'i18next';
import type { Progress } from '../api/types';
import type { Formatters } from '../i18n/format';

export interface ProgressWords {
  /** The line under Today's heading; null while there is nothing to count (the first run says what to do). */
  headline: string | null;
  /** Only a judged pace can be behind; the pane shows that in red. */
  behind: boolean;
  /** "4.6 a day needed", when the pace is judged and people remain. */
  perDay: string | null;
}

/**
 * Today's progress in kind words. The API decides (`paceKnown`, `restDay`); the pane only words it:
 * in the plan's first days no "behind" and no projected finish, on a rest day no quota, never "0 of 0".
 */
export function progressWords(p: Progress, today: string, t: TFunction, f: Formatters): ProgressWords {
  if (p.total === 0) {
    return { headline: null, behind: false, perDay: null };
  }
  const total = t('today.progressTotal', { done: f.number(p.done), total: f.number(p.total) });
  const line = (...parts: (string | null)[]) => parts.filter((part): part is string => part !== null).join(' · ');

  if (p.remaining === 0) {
    return { headline: t('today.allWritten', { total: f.number(p.total) }), behind: false, perDay: null };
  }
  if (p.restDay) {
    const anyway = p.doneToday > 0 ? t('today.writtenAnyway', { count: p.doneToday, formatted: f.number(p.doneToday) }) : null;
    return { headline: line(t('today.restDay'), anyway, total), behind: false, perDay: null };
  }
  if (p.paceKnown === false || p.projectedFinish === null) {
    const kind =
      p.dailyQuota > 0
        ? t('today.notJudged', { count: p.doneToday, written: f.number(p.doneToday), quota: f.number(p.dailyQuota) })
        : t('today.writtenToday', { count: p.doneToday, formatted: f.number(p.doneToday) });
    return { headline: line(kind, total), behind: false, perDay: null };
  }
  const todayPart =
    p.dailyQuota > 0
      ? t('today.progressToday', { doneToday: f.number(p.doneToday), dailyQuota: f.number(p.dailyQuota) })
      : t('today.writtenToday', { count: p.doneToday, formatted: f.number(p.doneToday) });
  const pace = t(p.onPace ? 'today.onPace' : 'today.behindPace', { date: f.shortDate(p.projectedFinish, today) });
  return {
    headline: line(todayPart, total, pace),
    behind: !p.onPace,
    perDay: t('today.perDay', { average: f.decimal(p.averagePerDay) }),
  };
}
