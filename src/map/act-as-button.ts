/**
 * A map element that Leaflet draws (a marker, a county's path) made a keyboard control: a button
 * to assistive technology, chosen with Enter or Space as any button is (the pointer's click is
 * Leaflet's own event). Focus it as the caller decides (a marker is focusable already; a path is
 * given a tabindex).
 */
export function actAsButton(element: Element, choose: () => void): void {
  element.setAttribute('role', 'button');
  element.addEventListener('keydown', (event) => {
    if (event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose();
    }
  });
}
