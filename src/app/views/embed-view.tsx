/** One chart or the map alone, for an iframe: its title, a source line and a link back. */
import type { ComponentType } from 'react';
import { outlets } from '../../data/articles';
import { useLoadedFiles } from '../../data/use-dataset';
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

/** What each embed shows. */
const EMBEDDED: Record<EmbedKind, ComponentType> = {
  ranking: RankingPanel,
  programme: ProgrammePanel,
  scale: ScalePanel,
  map: MapSection,
};

export function EmbedView({ kind }: { kind: EmbedKind }) {
  const { t, text, lang } = useI18n();
  const { view } = useView();
  const { articles } = useLoadedFiles();
  const names = outlets(articles?.articles ?? []).map((o) => text(o.name));
  const titles = { ranking: t.chartTitle, programme: t.programmePanel, scale: t.scalePanel, map: t.mapTitle };
  const title = `${titles[kind]} · ${t.appTitle}`;
  useDocumentTitle(title);
  const Content = EMBEDDED[kind];
  return (
    <main className="embed-view">
      <h1 className="embed-title">{title}</h1>
      <Content />
      <p className="embed-source small">
        {fill(t.embedSource, { outlets: names.join(lang === 'zh' ? '、' : ', ') })}{' '}
        <ExternalLink href={viewAddress({ ...view, embed: null })}>{t.embedOpen}</ExternalLink>
      </p>
    </main>
  );
}
