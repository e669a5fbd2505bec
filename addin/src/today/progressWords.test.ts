import { describe, expect, it } from 'vitest';
import type { Progress } from '../api/types';
import { createI18n } from '../i18n';
import { createFormatters } from '../i18n/format';
import { today } from '../test/fixtures';
import { progressWords } from './progressWords';

async function words(overrides: Partial<Progress>, language: 'en' | 'de' = 'en') {
  const i18n = await createI18n(language);
  const progress = { ...today().progress, ...overrides };
  return progressWords(progress, '2026-11-26', i18n.t, createFormatters(language));
}

describe('kind progress wording', () => {
  it('judges the pace once it is known', async () => {
    expect(await words({})).toEqual({
      headline: '2 of 5 written today · 412 of 1,109 · on pace for 9 Dec',
      behind: false,
      perDay: '4.6 a day needed',
    });
    expect((await words({ onPace: false })).behind).toBe(true);
  });

  it('in the first days only says what keeps you on plan: no behind, no finish date', async () => {
    const result = await words({ paceKnown: false, doneToday: 1, dailyQuota: 2, done: 1, total: 300, onPace: false, projectedFinish: null });
    expect(result).toEqual({ headline: '1 written, 2 a day keeps you on plan · 1 of 300', behind: false, perDay: null });
  });

  it('in German too', async () => {
    const result = await words({ paceKnown: false, doneToday: 1, dailyQuota: 2, done: 1, total: 300 }, 'de');
    expect(result.headline).toBe('1 geschrieben, mit 2 am Tag bleiben Sie im Plan · 1 von 300');
  });

  it('on a rest day says so, and counts what was written anyway', async () => {
    expect((await words({ restDay: true, doneToday: 0, dailyQuota: 0, done: 12, total: 300 })).headline).toBe('Rest day · 12 of 300');
    const anyway = await words({ restDay: true, doneToday: 1, dailyQuota: 0, done: 13, total: 300, onPace: false });
    expect(anyway).toEqual({ headline: 'Rest day · 1 written anyway · 13 of 300', behind: false, perDay: null });
  });

  it('never says "0 of 0": an empty network has no progress line', async () => {
    const empty = await words({ doneToday: 0, dailyQuota: 0, done: 0, total: 0, remaining: 0, projectedFinish: null });
    expect(empty.headline).toBeNull();
    const noQuota = await words({ doneToday: 1, dailyQuota: 0 });
    expect(noQuota.headline).toBe('1 written today · 412 of 1,109 · on pace for 9 Dec');
    expect((await words({ done: 1109, remaining: 0 })).headline).toBe('All 1,109 written');
  });
});
