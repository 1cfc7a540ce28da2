/**
 * Which town names show beside their markers, on a phone too: the most important first, each where
 * it stays inside the map and covers no marker and no name already shown. Pure.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Which names to show beside their markers: in the order given (the most important first), each
 * name whose box stays inside the map and covers neither a marker nor a name already shown.
 * Returns the ids whose names show; the others are named by their tooltip.
 */
export function fitLabels(
  labels: readonly { id: string; box: Box }[],
  markers: readonly { id: string; box: Box }[],
  frame: Box,
): Set<string> {
  const shown = new Set<string>();
  const taken: Box[] = [];
  for (const { id, box } of labels) {
    const inside =
      box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
    if (!inside) continue;
    if (markers.some((m) => m.id !== id && overlaps(m.box, box))) continue;
    if (taken.some((t) => overlaps(t, box))) continue;
    shown.add(id);
    taken.push(box);
  }
  return shown;
}
