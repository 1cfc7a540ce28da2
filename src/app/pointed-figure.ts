/**
 * A figure pointed at by the address (`?figure=<id>`, the permalink a copied citation carries):
 * marked and brought into view wherever it is shown: in its town's profile first, else a headline
 * or the province's context.
 */
import { useEffect } from 'react';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { useView } from '../state/view';
import { landOn } from '../ui/land-on';

const MARK = 'pointed';
const BUSY_PROFILE = '.panel-profile [aria-busy="true"]';

export function usePointedFigure() {
  const { view } = useView();
  const { index } = useLoadedFiles();
  const id = view.figure;
  useEffect(() => {
    if (!id || !index) return;
    const selector = `[data-figure="${CSS.escape(id)}"]`;
    let undo: (() => void) | undefined;
    /** Marks the figure and lands on it; false while the profile is still drawing its figures. */
    const point = (): boolean => {
      if (document.querySelector(BUSY_PROFILE)) return false;
      const element = document.querySelector(`.panel-profile ${selector}`) ?? document.querySelector(selector);
      if (!element) return true;
      element.classList.add(MARK);
      // Landed on once the profile drawn whole has been painted where the reader is: scrolled in
      // the frame that grows it, the panels below it would count as moved under the reader's eyes.
      let stop = () => {};
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          stop = landOn(element);
        });
      });
      undo = () => {
        cancelAnimationFrame(frame);
        stop();
        element.classList.remove(MARK);
      };
      return true;
    };
    // A town's profile draws its figures just after its head (see features/profile/town-profile).
    const observer = new MutationObserver(() => {
      if (point()) observer.disconnect();
    });
    if (!point()) observer.observe(document.body, { subtree: true, attributeFilter: ['aria-busy'] });
    return () => {
      observer.disconnect();
      undo?.();
    };
  }, [id, index, view.town]);
}
