import { describe, expect, it } from 'vitest';
import type { ReviewWeek } from '../api/types';
import { burnUpSeries } from './burnUp';

const label = (day: string) => day.slice(5);

function week(weekStart: string, written: number, cumulative: number, planned: number): ReviewWeek {
  return { weekStart, written, cumulative, planned, replies: 0 };
}

/** The points a series has: [x, value] where it has a figure. */
function points(x: number[], values: (number | null)[]) {
  return x.flatMap((position, index) => (values[index] === null ? [] : [[position, values[index]]]));
}

describe('the burn-up series', () => {
  it('draws a one-week period as lines along its days, from the day before it to the figures the week has', () => {
    // Plan started Monday 5 Jan; today is Wednesday 7 Jan: 3 written so far, 5 planned by Sunday.
    const { axis, written, planned } = burnUpSeries([week('2026-01-05', 3, 3, 5)], '2026-01-05', '2026-01-07', label);

    expect(points(axis.x, written)).toEqual([[-1, 0], [2, 3]]);
    expect(points(axis.x, planned)).toEqual([[-1, 0], [6, 5]]);
    expect(axis.range).toEqual([-1, 6]);
    expect(axis.points).toBe(true);
    expect(axis.labels).toEqual({ 0: '01-05', 1: '01-06', 2: '01-07', 3: '01-08', 4: '01-09', 5: '01-10', 6: '01-11' });
  });

  it('starts a period that begins mid-week on its first day, and counts what was written before it', () => {
    const { axis, written, planned } = burnUpSeries([week('2026-01-05', 4, 6, 8)], '2026-01-08', '2026-01-11', label);

    expect(points(axis.x, written)).toEqual([[2, 2], [6, 6]]);
    expect(points(axis.x, planned)).toEqual([[2, 0], [6, 8]]);
    expect(axis.range).toEqual([2, 6]);
    expect(Object.keys(axis.labels)).toEqual(['3', '4', '5', '6']);
  });

  it('gives a two-week period a point at the end of each week, crossing the new year', () => {
    const weeks = [week('2025-12-29', 10, 10, 12), week('2026-01-05', 5, 15, 24)];
    const { axis, written, planned } = burnUpSeries(weeks, '2025-12-29', '2026-01-09', label);

    expect(points(axis.x, written)).toEqual([[-1, 0], [6, 10], [11, 15]]);
    expect(points(axis.x, planned)).toEqual([[-1, 0], [6, 12], [13, 24]]);
    expect(axis.labels[3]).toBe('01-01');
  });

  it('keeps a point per week from three weeks on', () => {
    const weeks = [week('2026-01-05', 100, 100, 120), week('2026-01-12', 150, 250, 240), week('2026-01-19', 162, 412, 360)];
    const { axis, written, planned } = burnUpSeries(weeks, '2026-01-05', '2026-01-25', label);

    expect(axis.x).toEqual([0, 1, 2]);
    expect(written).toEqual([100, 250, 412]);
    expect(planned).toEqual([120, 240, 360]);
    expect(axis.labels).toEqual({ 0: '01-05', 1: '01-12', 2: '01-19' });
    expect(axis.points).toBe(false);
  });

  it('has nothing to draw without weeks', () => {
    const { axis, written } = burnUpSeries([], '2026-01-05', '2026-01-05', label);

    expect(axis.x).toEqual([]);
    expect(written).toEqual([]);
  });
});
