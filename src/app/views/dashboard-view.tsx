/** The dashboard: headline figures, the pickers, an open profile, the map beside the ranking, then the other charts and the sources. */
import { ArticleList } from '../../features/articles/article-list';
import { ProgrammePanel } from '../../features/charts/programme-panel';
import { RankingPanel } from '../../features/charts/ranking-panel';
import { ScalePanel } from '../../features/charts/scale-panel';
import { ComparePanel } from '../../features/compare/compare-panel';
import { HeadlineFigures } from '../../features/headlines/headline-figures';
import { AsOfPicker, IndicatorPicker, PeriodPicker } from '../../features/indicator/indicator-picker';
import { ProfilePanel } from '../../features/profile/profile-panel';
import { ProvincePanel } from '../../features/province/province-panel';
import { DrawnAfterwards } from '../../data/loading/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { useView } from '../../state/view';
import { Panel } from '../../ui/panel';
import { MapSection } from '../map-section';
import { useLandOnArrival } from '../landing';
import { usePointedFigure } from '../pointed-figure';
import { usePreparedIndicators } from '../prepare-indicators';
import { SectionNav } from '../section-nav';

export function DashboardView() {
  const { t, date } = useI18n();
  const { view } = useView();
  usePointedFigure();
  useLandOnArrival();
  usePreparedIndicators();
  return (
    <>
      <SectionNav />
      {/* On a wide screen the key figures stand in a column beside the pickers and the map, so that
          the first screen shows both (see .dash-top in panels.css); elsewhere one after the other.
          When a file arrives, the header and the key figures are drawn with it first, the panels
          below in a render of their own (DrawnAfterwards): with thousands of towns, drawing them
          all takes a slow phone over a second. */}
      <div className="dash-top">
        {/* With a date (`?asof`), the cards stand as they were then, and the title says so. */}
        <Panel
          id="headlines"
          title={view.asof ? `${t.headlinesTitle} · ${fill(t.asOfDate, { date: date(view.asof) })}` : t.headlinesTitle}
          className="panel-headlines"
        >
          <HeadlineFigures />
        </Panel>
        <DrawnAfterwards>
          <div className="toolbar">
            <IndicatorPicker />
            <PeriodPicker />
            <AsOfPicker />
          </div>
          {/* A town's or county's profile, whose tables need the width, stands above the map and
              the ranking, as wide as they are together: opened, it is the first thing under the
              pickers, and nothing above it grows while the rest of the page loads. */}
          <ProfilePanel />
          <div className="grid">
            <Panel id="map" title={view.extent === 'shanxi' ? t.mapTitleShanxi : t.mapTitle} className="panel-map">
              <MapSection />
            </Panel>
            <div className="side">
              <Panel id="ranking" title={t.chartTitle} className="panel-chart">
                <RankingPanel />
              </Panel>
            </div>
          </div>
        </DrawnAfterwards>
      </div>
      <DrawnAfterwards>
        {view.compare.length > 0 && (
          <Panel id="compare" title={t.compareTitle} className="panel-compare">
            <ComparePanel />
          </Panel>
        )}
        <Panel id="programme" title={t.programmePanel} className="panel-chart">
          <ProgrammePanel />
        </Panel>
        <Panel id="province" title={t.provincePanel} className="panel-chart panel-province">
          <ProvincePanel />
        </Panel>
        <Panel id="scale" title={t.scalePanel} className="panel-chart">
          <ScalePanel />
        </Panel>
        <Panel id="articles" title={t.articlesTitle} className="panel-articles">
          <ArticleList />
        </Panel>
      </DrawnAfterwards>
    </>
  );
}
