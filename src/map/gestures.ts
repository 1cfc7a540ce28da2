/**
 * How the map shares gestures with the page, as readers know from other map sites: on a desktop
 * the wheel scrolls the page unless the reader holds Ctrl/⌘ or has clicked into the map; on a
 * touch screen one finger scrolls the page and two move and zoom the map; a tap selects. A short
 * hint says how when a gesture goes to the page.
 */
import L from 'leaflet';

/** Wheel steps with Ctrl/⌘ zoom by this much, as Leaflet's own wheel zoom would. */
const WHEEL_STEP = 0.5;
/** How far one finger moves before it is a drag, not a tap (in CSS pixels). */
const DRAG_PX = 10;
/** How long the hint stays. */
const HINT_MS = 1500;

/** Map options for a page that scrolls around the map. */
export function gestureOptions(touch: boolean): L.MapOptions {
  return { scrollWheelZoom: false, dragging: !touch, touchZoom: true };
}

/** Wires the wheel and one-finger hints; returns the cleanup. `hint(null)` hides the hint. */
export function shareGestures(map: L.Map, touch: boolean, hint: (which: 'wheel' | 'touch' | null) => void) {
  const element = map.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (which: 'wheel' | 'touch') => {
    hint(which);
    clearTimeout(timer);
    timer = setTimeout(() => hint(null), HINT_MS);
  };
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      const point = map.mouseEventToContainerPoint(event);
      map.setZoomAround(point, map.getZoom() + (event.deltaY < 0 ? WHEEL_STEP : -WHEEL_STEP));
      hint(null);
    } else if (!map.scrollWheelZoom.enabled()) show('wheel');
  };
  // A click into the map hands it the wheel until the pointer leaves.
  const engage = () => map.scrollWheelZoom.enable();
  const release = () => map.scrollWheelZoom.disable();
  // The touch hint is for a one-finger drag (the page scrolls instead of the map), never for a
  // tap, which selects what it lands on.
  let start: { x: number; y: number } | null = null;
  const onTouch = (event: TouchEvent) => {
    const [finger] = event.touches;
    start = event.touches.length === 1 && finger ? { x: finger.clientX, y: finger.clientY } : null;
    if (!start) hint(null);
  };
  const onMove = (event: TouchEvent) => {
    const [finger] = event.touches;
    if (!start || event.touches.length !== 1 || !finger) return;
    if (Math.hypot(finger.clientX - start.x, finger.clientY - start.y) < DRAG_PX) return;
    start = null;
    show('touch');
  };
  element.addEventListener('wheel', onWheel, { passive: false });
  element.addEventListener('mousedown', engage);
  element.addEventListener('mouseleave', release);
  if (touch) {
    element.addEventListener('touchstart', onTouch, { passive: true });
    element.addEventListener('touchmove', onMove, { passive: true });
  }
  const zoomed = () => element.setAttribute('data-zoom', String(map.getZoom()));
  map.on('zoomend', zoomed);
  zoomed();
  return () => {
    clearTimeout(timer);
    element.removeEventListener('wheel', onWheel);
    element.removeEventListener('mousedown', engage);
    element.removeEventListener('mouseleave', release);
    element.removeEventListener('touchstart', onTouch);
    element.removeEventListener('touchmove', onMove);
    map.off('zoomend', zoomed);
  };
}
