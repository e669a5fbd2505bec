import { describe, expect, it } from 'vitest';
import type { Language } from '../i18n';
import { createI18n } from '../i18n';
import { englishWeeksTable, review } from '../test/review';
import { addReviewStrings, reviewMarkdown, reviewWords } from './words';

async function words(language: Language) {
  const i18n = await createI18n(language);
  addReviewStrings(i18n);
  return reviewWords((key, options) => i18n.t(`review:${key}`, options ?? {}), language);
}

describe('the Markdown of Copy as text', () => {
  it('ends with a table of the weeks: written and answered in each, without names', async () => {
    const markdown = reviewMarkdown(review(), await words('en'), false);

    expect(markdown.split('\n').slice(-6)).toEqual(['', ...englishWeeksTable]);
    expect(markdown).not.toMatch(/Ada|Grace/);
  });

  it('says the weeks in German, with German dates and numbers', async () => {
    const weeks = [
      { weekStart: '2026-01-05', written: 1200, cumulative: 1200, planned: 1000, replies: 0 },
      { weekStart: '2026-01-12', written: 3, cumulative: 1203, planned: 2000, replies: 1500 },
    ];
    const markdown = reviewMarkdown(review({ weeks }), await words('de'), false);

    expect(markdown.split('\n').slice(-5)).toEqual([
      '',
      '| Woche ab | Geschrieben | Geantwortet |',
      '| --- | ---: | ---: |',
      '| 5. Jan. 2026 | 1.200 | 0 |',
      '| 12. Jan. 2026 | 3 | 1.500 |',
    ]);
  });

  it('keeps the weeks after the highlights, so the list stays one list', async () => {
    const lines = reviewMarkdown(review(), await words('en'), true).split('\n');

    const table = lines.indexOf('| Week of | Written | Answered |');
    expect(lines[table - 2]).toBe('- Your mail to Ada Lovelace bridged 12.3 years of silence.');
    expect(lines[table - 1]).toBe('');
  });

  it('has no table when the period has no weeks', async () => {
    const markdown = reviewMarkdown(review({ weeks: [] }), await words('en'), false);

    expect(markdown).not.toContain('|');
    expect(markdown.endsWith('- Median 6.5 minutes per mail')).toBe(true);
  });
});
