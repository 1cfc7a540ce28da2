/**
 * One chart or the map alone, for an iframe: its title, the chart or map filling the box the host
 * page gives it (never an inner scrollbar: see ChartControls.fit), a source line and a link back.
 */
import type { ComponentType } from 'react';
import { namedOutlets } from '../../data/domain/articles';
import { useLoadedFiles } from '../../data/loading/use-dataset';
import { ProgrammePanel } from '../../features/charts/programme-panel';
import { RankingPanel } from '../../features/charts/ranking-panel';
import { ScalePanel } from '../../features/charts/scale-panel';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { viewAddress, type EmbedKind } from '../../state/url-state';
import { useView } from '../../state/view';
import { ExternalLink } from '../../ui/external-link';
import { MapSection } from '../map-section';
import { useDocumentTitle } from '../use-document-title';

/** The outlets a source line names (the rest are counted); a box narrower than 480 pixels names one. */
const EMBED_OUTLETS = 3;

/** What each embed shows. */
const EMBEDDED: Record<EmbedKind, ComponentType> = {
  ranking: RankingPanel,
  programme: ProgrammePanel,
  scale: ScalePanel,
  map: MapSection,
};

export function EmbedView({ kind }: { kind: EmbedKind }) {
  const { t, text, list } = useI18n();
  const { view } = useView();
  const { articles } = useLoadedFiles();
  const names = namedOutlets(articles?.articles ?? []).map((o) => text(o.name));
  const titles = { ranking: t.chartTitle, programme: t.programmePanel, scale: t.scalePanel, map: t.mapTitle };
  const title = `${titles[kind]} · ${t.appTitle}`;
  useDocumentTitle(title);
  const Content = EMBEDDED[kind];
  /** The outlets, the first `shown` by name and the rest counted (a narrow box names one). */
  const sourceLine = (shown: number) =>
    names.length > shown
      ? fill(t.embedSourceMore, {
          outlets: list(names.slice(0, shown)),
          count: names.length,
          rest: names.length - shown,
        })
      : fill(t.embedSource, { outlets: list(names) });
  // A chart's own caption names it (with its indicator) on screen; the map has none.
  return (
    <main className={`embed-view embed-${kind}`}>
      <h1 className={kind === 'map' ? 'embed-title' : 'visually-hidden'} title={title}>
        {title}
      </h1>
      <div className="embed-body">
        <Content />
      </div>
      <p className="embed-source small">
        <span className="embed-source-long">{sourceLine(EMBED_OUTLETS)}</span>
        <span className="embed-source-short">{sourceLine(1)}</span>{' '}
        <ExternalLink href={viewAddress({ ...view, embed: null })}>{t.embedOpen}</ExternalLink>
      </p>
    </main>
  );
}
