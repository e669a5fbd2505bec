import type { ReviewWeek } from '../api/types';
import { type ChartAxis, weekAxis } from './axis';

/** Periods of fewer weeks than this are drawn along their days: a week alone would be a single point. */
export const DAILY_BELOW_WEEKS = 3;

export interface BurnUpSeries {
  axis: ChartAxis;
  written: (number | null)[];
  planned: (number | null)[];
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

function dayAt(number: number): string {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The burn-up's two lines. A long period has a point per week. A short one is drawn along its days, but only
 * with figures the review has (it counts by week): x = d is the end of day d after the first week's Monday.
 * Both lines start at the end of the day before `from`: written at what had been written before the period
 * (the first week's cumulative less its written), planned at 0, because the pane asks for the default period,
 * which begins on the plan's start (or today, before it), and the plan calls for nothing before its start.
 * Written then has a point at the end of each week and, in the last week, at `to`; planned at the end of each
 * week, its Sunday, even one still to come. Between the points the lines are straight: no invented days.
 */
export function burnUpSeries(weeks: ReviewWeek[], from: string, to: string, label: (day: string) => string): BurnUpSeries {
  const first = weeks[0];
  if (!first || weeks.length >= DAILY_BELOW_WEEKS) {
    return {
      axis: weekAxis(weeks, label, false),
      written: weeks.map((week) => week.cumulative),
      planned: weeks.map((week) => week.planned),
    };
  }

  const monday = dayNumber(first.weekStart);
  const start = dayNumber(from) - monday - 1;
  const last = weeks.length * 7 - 1;
  const written = new Map<number, number>([[start, first.cumulative - first.written]]);
  const planned = new Map<number, number>([[start, 0]]);
  weeks.forEach((week, index) => {
    const sunday = index * 7 + 6;
    written.set(index === weeks.length - 1 ? Math.min(dayNumber(to) - monday, sunday) : sunday, week.cumulative);
    planned.set(sunday, week.planned);
  });
  const x = [...new Set([...written.keys(), ...planned.keys()])].sort((a, b) => a - b);
  const labels: Record<number, string> = {};
  for (let day = start + 1; day <= last; day++) {
    labels[day] = label(dayAt(monday + day));
  }
  return {
    axis: { x, range: [start, last], incrs: [1, 2, 3, 4, 7], labels, points: true },
    written: x.map((position) => written.get(position) ?? null),
    planned: x.map((position) => planned.get(position) ?? null),
  };
}
