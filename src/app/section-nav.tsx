/**
 * The dashboard's sections, one tap away wherever the reader is: a compact bar that stays at the
 * top of the window, with "copy link" for the view as it is (the address holds it). Choosing a section scrolls to it and puts focus on its heading (the address
 * is left as it is: it holds the view, not the place on the page).
 */
import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/messages';
import { viewHref } from '../state/url-state';
import { useView } from '../state/view';
import { follow } from '../ui/follow';
import { CopyButton } from '../ui/copy-text';
import { landOn } from '../ui/land-on';

/** The panels, by their ids (see ui/panel: the section's id, its heading `${id}-title`), and their short names. */
const SECTIONS: readonly { id: string; label: (t: Messages) => string; when?: 'compare' }[] = [
  { id: 'headlines', label: (t) => t.headlinesTitle },
  { id: 'map', label: (t) => t.navMap },
  { id: 'ranking', label: (t) => t.navRanking },
  { id: 'compare', label: (t) => t.compareTitle, when: 'compare' },
  { id: 'programme', label: (t) => t.programmePanel },
  { id: 'province', label: (t) => t.extentShanxi },
  { id: 'scale', label: (t) => t.scalePanel },
  { id: 'articles', label: (t) => t.navSources },
];

/** Scrolls to a panel and focuses its heading, so that keyboard and screen reader follow. */
export function goToPanel(id: string) {
  const heading = document.getElementById(`${id}-title`);
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  landOn(heading);
  heading.focus({ preventScroll: true });
}

export function SectionNav() {
  const { t } = useI18n();
  const { view, setView } = useView();
  const shown = SECTIONS.filter((s) => s.when !== 'compare' || view.compare.length > 0);
  const go = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    goToPanel(id);
  };
  return (
    <nav className="section-nav" aria-label={t.sectionNavLabel}>
      <ul>
        {shown.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} onClick={go(s.id)}>
              {s.label(t)}
            </a>
          </li>
        ))}
        {/* The chronicle is a page of its own, one tap from the dashboard's sections. */}
        <li>
          <a href={viewHref({ ...view, page: 'chronicle' })} onClick={follow(() => setView({ page: 'chronicle' }))}>
            {t.navChronicle}
          </a>
        </li>
        <li className="nav-copy-link">
          <CopyButton label={t.copyLink} text={() => window.location.href} />
        </li>
      </ul>
    </nav>
  );
}
