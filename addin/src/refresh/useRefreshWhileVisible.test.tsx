import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRefreshWhileVisible } from './useRefreshWhileVisible';

function Probe({ refresh }: { refresh: () => void }) {
  useRefreshWhileVisible(refresh, 60_000);
  return null;
}

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('useRefreshWhileVisible', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setVisibility('visible');
  });

  afterEach(() => {
    vi.useRealTimers();
    setVisibility('visible');
  });

  it('refreshes on an interval while the pane is visible and not while it is hidden', () => {
    const refresh = vi.fn();
    render(<Probe refresh={refresh} />);

    act(() => vi.advanceTimersByTime(60_000));
    expect(refresh).toHaveBeenCalledTimes(1);

    setVisibility('hidden');
    act(() => vi.advanceTimersByTime(180_000));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes once when the user comes back, though focus and visibility both fire', () => {
    const refresh = vi.fn();
    render(<Probe refresh={refresh} />);
    act(() => vi.advanceTimersByTime(5_000));

    setVisibility('hidden');
    act(() => {
      setVisibility('visible');
      window.dispatchEvent(new Event('focus'));
    });

    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('stops when the view is gone', () => {
    const refresh = vi.fn();
    const { unmount } = render(<Probe refresh={refresh} />);
    unmount();

    act(() => vi.advanceTimersByTime(120_000));
    window.dispatchEvent(new Event('focus'));

    expect(refresh).not.toHaveBeenCalled();
  });
});
