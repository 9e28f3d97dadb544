// What every bench measurement uses: medians, the main thread's busy time
// (CDP Performance.TaskDuration), the overlay's complete read, and a time limit.

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const busy = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
};

/**
 * In the page: resolves (performance.now()) once the panel host numbers a
 * complete read after `after` (the overlay reads rows far from the viewport
 * in idle time, then marks the panel `data-real-roi-complete`).
 */
export function completeAfter(after) {
  return new Promise((resolve) => {
    const check = () => {
      const v = Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0);
      if (v > after) {
        mo.disconnect();
        resolve(performance.now());
        return true;
      }
      return false;
    };
    const mo = new MutationObserver(check);
    mo.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-real-roi-complete'], childList: true });
    check();
  });
}

export const completeCount = (page) => page.evaluate(() => Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0));

export const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`meta bench: ${what} not done after ${ms} ms`)), ms))]);
