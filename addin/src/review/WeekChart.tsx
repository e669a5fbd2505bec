import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartAxis } from './axis';
import type { PlotSeries, PlotTheme, SeriesStyle } from './plot';
import { useReviewStyles } from './styles';

export interface WeekSeries {
  label: string;
  /** One per position of the axis, null where the series has no figure. */
  values: (number | null)[];
  style: SeriesStyle;
  /** The CSS variable of the pane's theme the series is drawn in. */
  color: '--colorBrandForeground1' | '--colorNeutralForeground3' | '--colorBrandBackground';
}

const HEIGHT = 170;

/** Reads the theme's colours where the chart sits: they change with the pane's light or dark theme. */
function themeOf(element: HTMLElement): PlotTheme & { colors: Record<string, string> } {
  const style = getComputedStyle(element);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: variable('--colorNeutralForeground2', '#424242'),
    grid: variable('--colorNeutralStroke2', '#e0e0e0'),
    font: variable('--fontFamilyBase', 'system-ui, sans-serif'),
    colors: {
      '--colorBrandForeground1': variable('--colorBrandForeground1', '#0f6cbd'),
      '--colorNeutralForeground3': variable('--colorNeutralForeground3', '#707070'),
      '--colorBrandBackground': variable('--colorBrandBackground', '#0f6cbd'),
    },
  };
}

/**
 * A chart of the period (by week, or for a short one by day), drawn by the chart library once it has loaded. For screen readers it is one
 * image named by `summary` (the caller adds the table of figures); where the library cannot load or draw,
 * the summary and the table still say everything.
 */
export function WeekChart({ axis, series, summary }: { axis: ChartAxis; series: WeekSeries[]; summary: string }) {
  const styles = useReviewStyles();
  const frame = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState('');

  // After every render: the theme may have changed above us, and a canvas must be redrawn for it.
  useLayoutEffect(() => {
    if (frame.current) {
      const next = JSON.stringify(themeOf(frame.current));
      if (next !== theme) setTheme(next);
    }
  });

  const data = JSON.stringify({ axis, series });
  useEffect(() => {
    const target = frame.current;
    if (!target || !theme) return undefined;
    const resolved = JSON.parse(theme) as ReturnType<typeof themeOf>;
    const spec = JSON.parse(data) as { axis: ChartAxis; series: WeekSeries[] };
    let cancelled = false;
    let dispose = () => {};
    import('./plot')
      .then(({ plot }) => {
        if (cancelled) return;
        const chart = plot(target, {
          axis: spec.axis,
          series: spec.series.map((s): PlotSeries => ({ label: s.label, values: s.values, style: s.style, color: resolved.colors[s.color] ?? s.color })),
          theme: resolved,
          height: HEIGHT,
        });
        const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize(target.clientWidth));
        observer?.observe(target);
        dispose = () => {
          observer?.disconnect();
          chart.destroy();
        };
      })
      // Without the chart (an old browser, a test DOM without canvas) the summary and table remain.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      dispose();
    };
  }, [data, theme]);

  return <div ref={frame} className={styles.plot} role="img" aria-label={summary} data-chart="" />;
}
