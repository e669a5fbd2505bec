// The chart library, uPlot (canvas, about 22 KB gzipped): imported only from WeekChart with a dynamic
// import(), so it is a chunk of its own that only the Review view loads, never part of the first view.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartAxis } from './axis';

export type SeriesStyle = 'line' | 'dashed' | 'bars';

export interface PlotSeries {
  label: string;
  /** One per position of the axis; null where the series has no figure (its line joins the neighbours). */
  values: (number | null)[];
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
  axis: ChartAxis;
  series: PlotSeries[];
  theme: PlotTheme;
  height: number;
}

export interface Plot {
  resize(width: number): void;
  destroy(): void;
}

const bars = uPlot.paths.bars?.({ size: [0.7, 48] });

/** Draws the series into `target` at its width, along the axis given. */
export function plot(target: HTMLElement, { axis: xAxis, series, theme, height }: PlotSpec): Plot {
  const top = Math.max(1, ...series.flatMap((s) => s.values.filter((value) => value !== null)));
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
      x: { time: false, range: () => xAxis.range },
      y: { range: () => [0, Math.ceil(top * 1.1)] },
    },
    axes: [
      {
        ...axis,
        space: 56,
        incrs: xAxis.incrs,
        values: (_, splits) => splits.map((split) => xAxis.labels[split] ?? ''),
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
        spanGaps: true,
        ...(s.style === 'bars' ? { fill: s.color, paths: bars, points: { show: false } } : { points: { show: xAxis.points, size: 6 } }),
      })),
    ],
  };
  const chart = new uPlot(options, [xAxis.x, ...series.map((s) => s.values)], target);
  return {
    resize: (width) => chart.setSize({ width: Math.max(120, width), height }),
    destroy: () => chart.destroy(),
  };
}
