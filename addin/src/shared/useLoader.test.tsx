import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { useLoader } from './useLoader';

/** A promise the test resolves or rejects when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLoader', () => {
  it('loads on mount and shows the data', async () => {
    const { result } = renderHook(() => useLoader(() => Promise.resolve('first')));
    expect(result.current.state.status).toBe('loading');
    await waitFor(() => expect(result.current.state).toMatchObject({ status: 'ready', data: 'first' }));
  });

  it('never lets a stale response overwrite a newer one', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let index = 0;
    const { result } = renderHook(() => useLoader(() => calls[index++]!.promise));

    act(() => result.current.refresh());
    await act(async () => calls[1]!.resolve('newer'));
    expect(result.current.state).toMatchObject({ status: 'ready', data: 'newer' });

    await act(async () => calls[0]!.resolve('older'));
    expect(result.current.state).toMatchObject({ status: 'ready', data: 'newer' });
  });

  it('drops a stale failure too, and keeps the data of a failed load on screen', async () => {
    const calls = [deferred<string>(), deferred<string>(), deferred<string>()];
    let index = 0;
    const { result } = renderHook(() => useLoader(() => calls[index++]!.promise));
    await act(async () => calls[0]!.resolve('shown'));

    act(() => result.current.refresh());
    act(() => result.current.refresh());
    await act(async () => calls[2]!.reject(new ApiError('network')));
    await act(async () => calls[1]!.resolve('stale'));

    expect(result.current.state.status).toBe('error');
    expect(result.current.state.data).toBe('shown');
  });

  it('runs an action, is busy meanwhile, then loads again', async () => {
    const action = deferred<void>();
    let count = 0;
    const { result } = renderHook(() => useLoader(() => Promise.resolve(++count)));
    await waitFor(() => expect(result.current.state.data).toBe(1));

    let done: Promise<void> | undefined;
    act(() => {
      done = result.current.run(() => action.promise);
    });
    expect(result.current.state.busy).toBe(true);
    await act(async () => {
      action.resolve();
      await done;
    });
    expect(result.current.state).toMatchObject({ status: 'ready', data: 2, busy: false });
  });

  it('a local update wins over a response that was already in flight', async () => {
    const calls = [deferred<string[]>(), deferred<string[]>()];
    let index = 0;
    const { result } = renderHook(() => useLoader(() => calls[index++]!.promise));
    await act(async () => calls[0]!.resolve(['a', 'b']));

    act(() => result.current.refresh());
    act(() => result.current.update((items) => items.filter((item) => item !== 'a')));
    await act(async () => calls[1]!.resolve(['a', 'b']));

    expect(result.current.state.data).toEqual(['b']);
  });

  it('loads anew when its key changes, ignoring the answer for the old key', async () => {
    const pending = { a: deferred<string>(), b: deferred<string>() };
    const { result, rerender } = renderHook(({ id }: { id: 'a' | 'b' }) => useLoader(() => pending[id].promise, [id]), {
      initialProps: { id: 'a' as 'a' | 'b' },
    });
    rerender({ id: 'b' });
    await act(async () => pending.b.resolve('person b'));
    await act(async () => pending.a.resolve('person a'));
    expect(result.current.state.data).toBe('person b');
  });

  it('extends what is shown with the next page, and a new key drops a page still in flight', async () => {
    const page2 = deferred<string[]>();
    const { result, rerender } = renderHook(({ search }: { search: string }) => useLoader(async () => [`${search}1`], [search]), {
      initialProps: { search: 'a' },
    });
    await waitFor(() => expect(result.current.state.data).toEqual(['a1']));

    act(() => result.current.extend(async (items) => [...items, ...(await page2.promise)]));
    expect(result.current.state.status).toBe('loading');
    rerender({ search: 'b' });
    await waitFor(() => expect(result.current.state.data).toEqual(['b1']));
    await act(async () => page2.resolve(['a2']));
    expect(result.current.state.data).toEqual(['b1']);
  });
});
