// The chart library, uPlot (canvas, about 22 KB gzipped): imported only from WeekChart with a dynamic
// import(), so it is a chunk of its own that only the Review view loads, never part of the first view.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type SeriesStyle = 'line' | 'dashed' | 'bars';

export interface PlotSeries {
  label: string;
  values: number[];
  style: SeriesStyle;
  color: string;
}

/** The theme's colours and font, resolved from the pane's CSS variables (a canvas cannot read `var()`). */
export interface PlotTheme {
  text: string;
  grid: string;
  font: string;
}

export interface PlotSpec {
  /** One label per week, for the x axis. */
  labels: string[];
  series: PlotSeries[];
  theme: PlotTheme;
  height: number;
}

export interface Plot {
  resize(width: number): void;
  destroy(): void;
}

const bars = uPlot.paths.bars?.({ size: [0.7, 48] });

/** Draws the weeks of the period into `target` at its width; the x axis counts weeks (0, 1, …). */
export function plot(target: HTMLElement, { labels, series, theme, height }: PlotSpec): Plot {
  const weeks = labels.map((_, index) => index);
  const top = Math.max(1, ...series.flatMap((s) => s.values));
  const hasBars = series.some((s) => s.style === 'bars');
  const axis = {
    stroke: theme.text,
    font: `11px ${theme.font}`,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1, size: 4 },
  };
  const options: uPlot.Options = {
    width: Math.max(120, target.clientWidth),
    height,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      // Bars (and a single week) need half a week of room on either side; lines run edge to edge.
      x: { time: false, range: () => (hasBars || weeks.length < 2 ? [-0.5, weeks.length - 0.5] : [0, weeks.length - 1]) },
      y: { range: () => [0, Math.ceil(top * 1.1)] },
    },
    axes: [
      {
        ...axis,
        space: 56,
        incrs: [1, 2, 4, 8, 13, 26, 52],
        values: (_, splits) => splits.map((split) => (Number.isInteger(split) ? (labels[split] ?? '') : '')),
      },
      { ...axis, size: 40, space: 28, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] },
    ],
    series: [
      {},
      ...series.map((s) => ({
        label: s.label,
        stroke: s.color,
        width: s.style === 'line' ? 3 : 2,
        ...(s.style === 'dashed' ? { dash: [6, 4] } : {}),
        ...(s.style === 'bars' ? { fill: s.color, paths: bars, points: { show: false } } : { points: { show: weeks.length < 3, size: 6 } }),
      })),
    ],
  };
  const chart = new uPlot(options, [weeks, ...series.map((s) => s.values)], target);
  return {
    resize: (width) => chart.setSize({ width: Math.max(120, width), height }),
    destroy: () => chart.destroy(),
  };
}
