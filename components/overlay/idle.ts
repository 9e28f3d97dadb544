/** When the overlay's work runs: passes at frame boundaries, the rest in idle time. */

/**
 * Passes, at most one per `minMs`. A pass that only re-reads rows whose
 * contents changed runs in the next animation frame callback, so the browser
 * lays out and paints the page's change and the badges in one frame (on a
 * 5 000-row table a frame of the badges' own costs ~120 ms of layout,
 * pre-paint and paint, however few they are); a timer stands in when the page
 * draws no frame (hidden). Other passes wait `minMs`, which gathers a burst.
 */
export function createPassClock(win: (Window & typeof globalThis) | null, minMs: number, run: () => void) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let last = Number.NEGATIVE_INFINITY;
  const fire = () => {
    stop();
    run();
  };
  function stop() {
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) win?.cancelAnimationFrame(frame);
    timer = frame = null;
    last = Date.now();
  }
  return {
    /** A pass is due (no-op when one is already); `small`: at the next frame if `minMs` have passed since the last. */
    schedule(small = false) {
      if (timer !== null || frame !== null) return;
      const soon = small && win?.requestAnimationFrame && Date.now() - last >= minMs;
      timer = setTimeout(fire, minMs);
      if (soon) frame = win.requestAnimationFrame(fire);
    },
    /** A pass runs now (the caller's): drop the one due. */
    cancel: stop,
  };
}

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
