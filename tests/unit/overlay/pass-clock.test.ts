import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPassClock } from '../../../components/overlay/idle';

/** A window whose frames the test draws. */
function frames() {
  let next = 1;
  const callbacks = new Map<number, () => void>();
  const win = {
    requestAnimationFrame: (cb: () => void) => {
      callbacks.set(next, cb);
      return next++;
    },
    cancelAnimationFrame: (id: number) => callbacks.delete(id),
  } as unknown as Window & typeof globalThis;
  const draw = () => {
    const due = [...callbacks.values()];
    callbacks.clear();
    for (const cb of due) cb();
  };
  return { win, draw };
}

afterEach(() => vi.useRealTimers());

describe('when passes run', () => {
  it('a small pass runs with the next frame, another waits the debounce', () => {
    vi.useFakeTimers();
    const { win, draw } = frames();
    const run = vi.fn();
    const clock = createPassClock(win, 40, run);
    clock.schedule(true);
    draw();
    expect(run).toHaveBeenCalledTimes(1);
    // Within 40 ms of the last pass even a small one waits: at most one pass per debounce.
    clock.schedule(true);
    draw();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(40);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(100);
    clock.schedule(false);
    draw();
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(40);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('a page that draws no frame still gets its pass, once', () => {
    vi.useFakeTimers();
    const { win, draw } = frames();
    const run = vi.fn();
    const clock = createPassClock(win, 40, run);
    clock.schedule(true);
    clock.schedule(true);
    vi.advanceTimersByTime(40);
    expect(run).toHaveBeenCalledTimes(1);
    draw();
    expect(run).toHaveBeenCalledTimes(1);
    // The caller's own pass drops the one due.
    clock.schedule(false);
    clock.cancel();
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
