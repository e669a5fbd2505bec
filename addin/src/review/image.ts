import type { Review } from '../api/types';
import { burnUpPoints } from './BurnUpChart';
import { type ReviewWords, headline } from './words';

const WIDTH = 640;
const PADDING = 24;
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
 * Draws the review card (period, headline, burn-up, the key figures) on a canvas by hand: no library,
 * and no names of other people. Resolves to a PNG, or null where the browser cannot draw.
 */
export function reviewImage(review: Review, words: ReviewWords, colors: ImageColors): Promise<Blob | null> {
  const { t, f } = words;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) {
    return Promise.resolve(null);
  }
  const chartHeight = 160;
  canvas.width = WIDTH;
  canvas.height = 440;
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

  // The burn-up as on screen, scaled from the SVG's 300 × 160 box to the image's width.
  const scale = (WIDTH - 2 * PADDING) / 300;
  const top = y;
  const line = (points: string, color: string, dash: number[], width: number) => {
    context.beginPath();
    context.setLineDash(dash);
    context.strokeStyle = color;
    context.lineWidth = width;
    points.split(' ').forEach((point, index) => {
      const [x, py] = point.split(',').map(Number);
      const at = [PADDING + (x ?? 0) * scale, top + ((py ?? 0) * chartHeight) / 160] as const;
      if (index === 0) context.moveTo(...at);
      else context.lineTo(...at);
    });
    context.stroke();
  };
  if (review.weeks.length > 0) {
    line(burnUpPoints(review.weeks, (week) => week.planned), colors.muted, [6, 4], 2);
    line(burnUpPoints(review.weeks, (week) => week.cumulative), colors.brand, [], 3);
  }
  y = top + chartHeight + 24;
  text(`— ${t('legendWritten')}`, 12, colors.brand);
  text(`- - ${t('legendPlanned')}`, 12, colors.muted);
  const { silence } = review;
  text(
    `${t('silence')}: ${t('neverBefore')} ${f.number(silence.neverBefore)} · ${t('underOneYear')} ${f.number(silence.underOneYear)} · ${t('oneToFiveYears')} ${f.number(silence.oneToFiveYears)} · ${t('overFiveYears')} ${f.number(silence.overFiveYears)}`,
    14,
    colors.text,
  );
  text(t('peopleWhoMoved', { count: review.network.peopleWhoMoved, formatted: f.number(review.network.peopleWhoMoved) }), 14, colors.text);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
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
