import type { ReviewWeek } from '../api/types';

/** Where a chart's points sit on its x axis and how the axis is labelled; plain data, so it can be compared. */
export interface ChartAxis {
  /** The x position of each point, ascending; a series has a value or null at each. */
  x: number[];
  /** The part of the x axis drawn. */
  range: [number, number];
  /** Steps between labelled ticks the axis chooses from (smallest that fits), in x units. */
  incrs: number[];
  /** The label of each labelled x position. */
  labels: Record<number, string>;
  /** Marks each point: where there are few, the points are the figures and the lines only join them. */
  points: boolean;
}

/** One position per week (0, 1, …), labelled by the week's start. */
export function weekAxis(weeks: ReviewWeek[], label: (day: string) => string, bars: boolean): ChartAxis {
  const count = weeks.length;
  return {
    x: weeks.map((_, index) => index),
    // Bars (and a single week) need half a week of room on either side; lines run edge to edge.
    range: bars || count < 2 ? [-0.5, count - 0.5] : [0, count - 1],
    incrs: [1, 2, 4, 8, 13, 26, 52],
    labels: Object.fromEntries(weeks.map((week, index) => [index, label(week.weekStart)])),
    points: count < 3,
  };
}
