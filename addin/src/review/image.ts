import type { Review } from '../api/types';
import { type ReviewWords, headline } from './words';

const WIDTH = 640;
const PADDING = 24;
const CHART_HEIGHT = 220;
const FONT = '"Segoe UI", system-ui, sans-serif';

/** The colours of the card on screen (light or dark theme), so the image looks like the pane. */
export interface ImageColors {
  background: string;
  text: string;
  brand: string;
  muted: string;
}

export function cardColors(card: HTMLElement): ImageColors {
  const style = getComputedStyle(card);
  const variable = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: variable('--colorNeutralBackground1', style.backgroundColor || '#ffffff'),
    text: variable('--colorNeutralForeground1', style.color || '#242424'),
    brand: variable('--colorBrandForeground1', '#0f6cbd'),
    muted: variable('--colorNeutralForeground3', '#707070'),
  };
}

/** A chart as drawn on screen: its title and the chart library's canvas. */
export interface ImageChart {
  title: string;
  canvas: HTMLCanvasElement;
}

/** The charts the card shows: each chart frame's canvas, titled by the heading of its section. */
export function cardCharts(card: HTMLElement): ImageChart[] {
  return [...card.querySelectorAll<HTMLElement>('[data-chart]')].flatMap((frame) => {
    const canvas = frame.querySelector('canvas');
    const title = frame.closest('section')?.querySelector('h2')?.textContent ?? '';
    return canvas && canvas.width > 0 ? [{ title, canvas }] : [];
  });
}

/** Breaks text into lines that fit `width` at the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  return line ? [...lines, line] : lines;
}

/**
 * Draws the review card (period, headline, the charts as the chart library drew them, the key figures) on
 * a canvas, with no names of other people. Resolves to a PNG, or null where the browser cannot draw.
 */
export function reviewImage(review: Review, words: ReviewWords, colors: ImageColors, charts: ImageChart[] = []): Promise<Blob | null> {
  const { t, f } = words;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) {
    return Promise.resolve(null);
  }
  canvas.width = WIDTH;
  canvas.height = 260 + charts.length * (CHART_HEIGHT + 60);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, WIDTH, canvas.height);

  let y = PADDING + 16;
  const text = (value: string, size: number, color: string, weight = 'normal') => {
    context.font = `${weight} ${size}px ${FONT}`;
    context.fillStyle = color;
    for (const line of wrap(context, value, WIDTH - 2 * PADDING)) {
      context.fillText(line, PADDING, y);
      y += size * 1.4;
    }
  };
  text(`${t('heading')} · ${t('period', { from: f.date(review.from), to: f.date(review.to) })}`, 14, colors.muted);
  text(headline(review, words), 20, colors.text, '600');
  charts.forEach((chart, index) => {
    y += 8;
    text(chart.title, 14, colors.text, '600');
    // The library's canvas is in device pixels: scaled to fit, keeping its proportions.
    const scale = Math.min((WIDTH - 2 * PADDING) / chart.canvas.width, CHART_HEIGHT / chart.canvas.height);
    const height = chart.canvas.height * scale;
    context.drawImage(chart.canvas, PADDING, y - 8, chart.canvas.width * scale, height);
    y += height + 8;
    if (index === 0) {
      // The first chart is the burn-up: its legend, as under it on screen.
      text(`— ${t('legendWritten')}   - - ${t('legendPlanned')}`, 12, colors.muted);
    }
  });
  const { silence } = review;
  text(
    `${t('silence')}: ${t('neverBefore')} ${f.number(silence.neverBefore)} · ${t('underOneYear')} ${f.number(silence.underOneYear)} · ${t('oneToFiveYears')} ${f.number(silence.oneToFiveYears)} · ${t('overFiveYears')} ${f.number(silence.overFiveYears)}`,
    14,
    colors.text,
  );
  text(t('peopleWhoMoved', { count: review.network.peopleWhoMoved, formatted: f.number(review.network.peopleWhoMoved) }), 14, colors.text);
  // The height was a generous guess: the image ends below the last line.
  const image = document.createElement('canvas');
  image.width = WIDTH;
  image.height = Math.min(canvas.height, Math.ceil(y + PADDING));
  image.getContext('2d')?.drawImage(canvas, 0, 0);
  return new Promise((resolve) => image.toBlob(resolve, 'image/png'));
}

/** Offers the PNG as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
