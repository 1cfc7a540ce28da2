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

/** Where a name can stand beside its marker, in the order tried. */
export const LABEL_SIDES = [
  'right',
  'left',
  'below',
  'above',
  'below-right',
  'above-right',
  'below-left',
  'above-left',
  'right-raised',
  'left-raised',
  'right-lowered',
  'left-lowered',
] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/** How much further than half its height a raised or lowered name moves (map.css keeps the same). */
const LIFT = 3;

/**
 * The boxes a name of this size takes on each side of its marker, in LABEL_SIDES' order. `marker`
 * is the marker's icon; a name on the right starts `gap` from the icon's left edge and stands `drop`
 * below its top, as the stylesheet places it (map.css keeps each side's rule beside these).
 */
export function labelPlaces(marker: Box, size: { width: number; height: number }, gap: number, drop: number): Box[] {
  const { width, height } = size;
  const centre = (marker.left + marker.right) / 2;
  const across = { left: centre - width / 2, right: centre + width / 2 };
  const rightwards = { left: marker.left, right: marker.left + width };
  const leftwards = { left: marker.right - width, right: marker.right };
  const level = { top: marker.top + drop, bottom: marker.top + drop + height };
  // Beside the marker, half the name's height and LIFT pixels higher or lower (where a neighbour
  // takes its level).
  const shift = height / 2 + LIFT;
  const raised = { top: level.top - shift, bottom: level.bottom - shift };
  const lowered = { top: level.top + shift, bottom: level.bottom + shift };
  const onRight = { left: marker.left + gap, right: marker.left + gap + width };
  const onLeft = { left: marker.right - gap - width, right: marker.right - gap };
  const under = { top: marker.bottom, bottom: marker.bottom + height };
  const over = { top: marker.top - height, bottom: marker.top };
  const places: Record<LabelSide, Box> = {
    right: { ...onRight, ...level },
    left: { ...onLeft, ...level },
    below: { ...across, ...under },
    above: { ...across, ...over },
    'below-right': { ...rightwards, ...under },
    'above-right': { ...rightwards, ...over },
    'below-left': { ...leftwards, ...under },
    'above-left': { ...leftwards, ...over },
    'right-raised': { ...onRight, ...raised },
    'left-raised': { ...onLeft, ...raised },
    'right-lowered': { ...onRight, ...lowered },
    'left-lowered': { ...onLeft, ...lowered },
  };
  return LABEL_SIDES.map((side) => places[side]);
}

/**
 * A name of several words as two lines of about equal length, split at the space nearest its
 * middle (a long English name that finds no place on one line may on two); null for a name of one
 * word (a Chinese name has no spaces).
 */
export function twoLines(name: string): [string, string] | null {
  let best: [string, string] | null = null;
  for (let at = name.indexOf(' '); at > 0; at = name.indexOf(' ', at + 1)) {
    const halves: [string, string] = [name.slice(0, at).trim(), name.slice(at + 1).trim()];
    if (!halves[0] || !halves[1]) continue;
    const gap = (pair: [string, string]) => Math.abs(pair[0].length - pair[1].length);
    if (!best || gap(halves) < gap(best)) best = halves;
  }
  return best;
}

/**
 * Which names to show, and where: in the order given (the most important first), each name at the
 * first of its places (for a town's name: right, left, below, above its marker, then below or
 * above running right or left from it, then right or left half a line higher or lower) whose box stays inside the map and covers neither a marker
 * nor a name already shown. Returns, for each name shown, the index of its place; the others are
 * named by their tooltip.
 */
export function fitLabels(
  labels: readonly { id: string; places: readonly Box[] }[],
  markers: readonly { id: string; box: Box }[],
  frame: Box,
): Map<string, number> {
  const shown = new Map<string, number>();
  const taken: Box[] = [];
  const fits = (id: string, box: Box) =>
    box.left >= frame.left &&
    box.right <= frame.right &&
    box.top >= frame.top &&
    box.bottom <= frame.bottom &&
    !markers.some((m) => m.id !== id && overlaps(m.box, box)) &&
    !taken.some((t) => overlaps(t, box));
  for (const { id, places } of labels) {
    const index = places.findIndex((box) => fits(id, box));
    const place = places[index];
    if (!place) continue;
    shown.set(id, index);
    taken.push(place);
  }
  return shown;
}
