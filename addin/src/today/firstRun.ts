import { useCallback, useEffect, useState } from 'react';

const KEY = 'outreach.firstRun';

/** What the first run remembers across reloads: that it runs, and that the plan step was saved. */
export const firstRunStore = {
  get(): { active: boolean; planSaved: boolean } {
    const value = read();
    return { active: value === 'active' || value === 'planSaved', planSaved: value === 'planSaved' };
  },
  set(value: 'active' | 'planSaved' | 'done'): void {
    try {
      localStorage.setItem(KEY, value);
    } catch {
      // Storage may be off (private mode); the steps then last as long as the pane is open.
    }
  },
};

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The first run shows while a user has no network yet, and stays (through a reload too) until its
 * three steps are done, so importing does not hide the plan and mailbox steps that follow.
 */
export function useFirstRun(total: number | undefined) {
  const [active, setActive] = useState(() => firstRunStore.get().active);

  useEffect(() => {
    if (total === 0 && !active) {
      firstRunStore.set('active');
      setActive(true);
    }
  }, [total, active]);

  const finish = useCallback(() => {
    firstRunStore.set('done');
    setActive(false);
  }, []);

  return { active: active || total === 0, finish };
}
