/**
 * Work the overlay leaves for later: after the page has been quiet for a
 * while (scrolling sideways re-renders every row: nothing runs while it goes
 * on), then in idle periods. `fn` gets the time left in the period.
 */
export function whenIdle(win: (Window & typeof globalThis) | null, quietMs: number, fn: (deadline: () => number) => void): { cancel(): void } {
  let handle: number | null = null;
  const quiet = setTimeout(() => {
    if (win?.requestIdleCallback) handle = win.requestIdleCallback((d) => fn(() => d.timeRemaining()), { timeout: 1000 });
    else {
      const end = Date.now() + 10;
      fn(() => end - Date.now());
    }
  }, quietMs);
  return {
    cancel() {
      clearTimeout(quiet);
      if (handle !== null) win?.cancelIdleCallback(handle);
    },
  };
}
