/**
 * A figure pointed at by the address (`?figure=<id>`, the permalink a copied citation carries):
 * marked and brought into view wherever it is shown: in its town's profile first, else a headline
 * or the province's context.
 */
import { useEffect } from 'react';
import { useLoadedFiles } from '../data/use-dataset';
import { useView } from '../state/view';
import { landOn } from '../ui/land-on';

const MARK = 'pointed';

export function usePointedFigure() {
  const { view } = useView();
  const { index } = useLoadedFiles();
  const id = view.figure;
  useEffect(() => {
    if (!id || !index) return;
    const selector = `[data-figure="${CSS.escape(id)}"]`;
    const element = document.querySelector(`.panel-profile ${selector}`) ?? document.querySelector(selector);
    if (!element) return;
    element.classList.add(MARK);
    const stop = landOn(element);
    return () => {
      stop();
      element.classList.remove(MARK);
    };
  }, [id, index, view.town]);
}
