/**
 * What the towns' names beside their markers cover on the map: another name, another town's
 * marker or a cluster, one of the map's controls, or the map's edge. Used by the map's and the
 * embed's tests.
 */
import type { Locator } from '@playwright/test';

export function labelClashes(canvas: Locator): Promise<string[]> {
  return canvas.evaluate((element) => {
    const rect = (e: Element) => e.getBoundingClientRect();
    const meet = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const frame = rect(element);
    const labels = [...element.querySelectorAll('.town-marker:not(.label-hidden) .town-label')];
    const dots = [...element.querySelectorAll('.town-dot, .town-cluster')];
    const controls = [...element.querySelectorAll('.leaflet-control')];
    return labels.flatMap((label) => {
      const box = rect(label);
      const own = label.closest('.town-marker')?.querySelector('.town-dot');
      const covered = [
        ...labels.filter((l) => l !== label && meet(rect(l), box)).map((l) => l.textContent),
        ...dots.filter((d) => d !== own && meet(rect(d), box)).map((d) => d.textContent || d.className),
        ...controls.filter((c) => meet(rect(c), box)).map((c) => `control ${c.className}`),
      ];
      const outside =
        box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom;
      return [
        ...covered.map((what) => `${label.textContent} covers ${what}`),
        ...(outside ? [`${label.textContent} outside`] : []),
      ];
    });
  });
}
