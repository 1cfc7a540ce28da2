/** The page's layout shifts not caused by the reader (what CLS sums), watched from the start. */
import type { Page } from '@playwright/test';

/** Starts watching, before the page's first byte (call before `goto`). */
export async function watchShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { total: 0 };
    Reflect.set(window, '__layoutShift', seen);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) seen.total += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the shifts so far, two frames after now (by then the browser has reported any). */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    return (Reflect.get(window, '__layoutShift') as { total: number }).total;
  });
