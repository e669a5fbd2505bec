import { describe, expect, it, vi } from 'vitest';
import type { SettingsApi } from '../api/client';
import { ApiError } from '../api/errors';
import { waitForErase } from './eraseProgress';

const noPause = [0];

function statuses(...answers: Array<'pending' | 'done' | Error>) {
  const eraseStatus = vi.fn<SettingsApi['eraseStatus']>();
  for (const answer of answers) {
    if (answer instanceof Error) {
      eraseStatus.mockRejectedValueOnce(answer);
    } else {
      eraseStatus.mockResolvedValueOnce({ state: answer });
    }
  }
  return { eraseStatus };
}

describe('waitForErase', () => {
  it('asks until the erase is done', async () => {
    const api = statuses('pending', 'pending', 'done');

    expect(await waitForErase(api, new AbortController().signal, noPause)).toBe(true);
    expect(api.eraseStatus).toHaveBeenCalledTimes(3);
  });

  it('takes two failed checks in a row for a hiccup', async () => {
    const hiccup = new ApiError('server', { status: 503 });
    const api = statuses(hiccup, hiccup, 'pending', hiccup, 'done');

    expect(await waitForErase(api, new AbortController().signal, noPause)).toBe(true);
  });

  it('reports the third failed check in a row', async () => {
    const down = new ApiError('server', { status: 503 });
    const api = statuses(down, down, down, 'done');

    await expect(waitForErase(api, new AbortController().signal, noPause)).rejects.toBe(down);
    expect(api.eraseStatus).toHaveBeenCalledTimes(3);
  });

  it('stops waiting and asking once aborted', async () => {
    const controller = new AbortController();
    const api = statuses('pending');

    const waiting = waitForErase(api, controller.signal, [60_000]);
    controller.abort();

    expect(await waiting).toBe(false);
    expect(api.eraseStatus).not.toHaveBeenCalled();
  });
});
