/**
 * The frame every chart shares: its title, a switch between chart and table, decal patterns for
 * colour-blind readers, and downloads (PNG of the chart, CSV of exactly the figures shown).
 */
import { useRef, useState, type ReactNode } from 'react';
import { namedOutlets } from '../data/domain/articles';
import { useLoadedFiles } from '../data/loading/use-dataset';
import { useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { viewAddress, type EmbedKind } from '../state/url-state';
import { useView } from '../state/view';
import { EmbedCode } from '../ui/embed-code';
import { useSize, useWidth, type Size } from '../ui/use-width';
import { WhenVisible } from '../ui/when-visible';
import { ChartKey } from './chart-key';
import { downloadBlob, svgToPng, type PngCaption } from './download';
import type { EChartsType } from './echarts';
import { keyEntries, type KeyEntry } from './figure-marks';
import { figureRowsToCsv, type FigureRow } from './figure-rows';
import { FigureTable, useArticleIndex, useMarkRules } from './figure-table';
import { Segmented } from '../ui/segmented';

export interface ChartControls {
  /** Draw decal patterns on the bars. */
  decal: boolean;
  onReady: (instance: EChartsType) => void;
  /**
   * The box the chart must fill (an embed: whatever size the host page gives it), laid out to fit
   * it as far as it stays legible; absent: the chart takes its own natural height.
   */
  fit?: Size;
}

/**
 * When a chart draws only the first of many subjects (a readable height; the table has them all),
 * the sentence that says so, for the frame and the chart's screen-reader description; else null.
 */
export function subsetNote(shown: number, total: number, template: string): string | null {
  return shown < total ? fill(template, { shown, total }) : null;
}

/**
 * What a chart's PNG says of itself, read when it is downloaded: its title (the dashboard's name
 * after it), its key (what its bars and signs mean), the outlets its figures come from, the date
 * its figures are as of (the chosen "as of" month, else the data's last revision) and the address
 * of the view it was taken from.
 */
function usePngCaption(title: string, rows: readonly FigureRow[], entries: readonly KeyEntry[]): () => PngCaption {
  const { t, text, date, list } = useI18n();
  const { view } = useView();
  const { dataset: meta } = useLoadedFiles();
  const articles = useArticleIndex();
  return () => {
    const cited = rows.flatMap((row) => articles.get(row.figure?.source.article ?? '') ?? []);
    const names = namedOutlets(cited).map((o) => text(o.name));
    const asOf = view.asof
      ? fill(t.pngAsOf, { date: date(view.asof) })
      : meta && fill(t.pngUpdated, { date: date(meta.updated) });
    return {
      title: `${title} · ${t.appTitle}`,
      lines: [
        entries.map((entry) => t.chartKey[entry]).join(t.keySeparator),
        names.length > 0 ? fill(t.embedSource, { outlets: list(names) }) : '',
        asOf ?? '',
        viewAddress({ ...view, embed: null }),
      ].filter(Boolean),
    };
  };
}

/** A chart's table in a page read without scripts lists at most this many rows (thousands of towns). */
const SCRIPTLESS_ROWS = 100;

export function ChartFrame({
  id,
  title,
  note,
  subset = null,
  rows,
  fileName,
  showIndicator = false,
  embed,
  height,
  drawn = rows,
  marksScope = true,
  keyWithout = [],
  busy = false,
  tools,
  renderChart,
}: {
  /** The rows the chart draws, when fewer than the table's: its key explains what these show. */
  drawn?: readonly FigureRow[];
  /** Whether the chart marks a figure of narrower scope with * (its key then says what * means). */
  marksScope?: boolean;
  /** Key entries the chart explains otherwise (the programme names its results by a legend of colours). */
  keyWithout?: readonly KeyEntry[];
  /**
   * The chart's height at a given width, reserved before it is drawn (its code loads when it comes
   * near the screen), so that nothing below moves when it arrives. Absent: a typical chart's height.
   */
  height?: (width: number) => number;
  /** Which embeddable view this chart is (offers an embed code). */
  embed?: EmbedKind;
  id: string;
  title: string;
  note?: ReactNode;
  /** A choice of what the chart shows (which towns), on its own line above the chart's tools. */
  tools?: ReactNode;
  /** From subsetNote: shown in the chart view. */
  subset?: string | null;
  rows: readonly FigureRow[];
  /** Download file names, without extension. */
  fileName: string;
  showIndicator?: boolean;
  /** The chart still shows the last view while the new one's figures are made (aria-busy). */
  busy?: boolean;
  renderChart: (controls: ChartControls) => ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [decal, setDecal] = useState(false);
  const [chart, setChart] = useState<EChartsType | null>(null);
  // Inside an embed: the chart filling the box, without downloads, notes or an embed code of its own.
  const embedded = useView().view.embed;
  const articles = useArticleIndex();

  const downloadCsv = () =>
    downloadBlob(
      new Blob([figureRowsToCsv(rows, articles, i18n)], { type: 'text/csv;charset=utf-8' }),
      `${fileName}.csv`,
    );
  const rules = useMarkRules(marksScope);
  const entries = keyEntries(
    drawn.map((row) => row.figure),
    rules,
  ).filter((entry) => !keyWithout.includes(entry));
  const chartKey = view === 'chart' && <ChartKey entries={entries} brief={embedded !== null} />;
  const caption = usePngCaption(title, rows, entries);
  const slot = useRef<HTMLDivElement>(null);
  const slotWidth = useWidth(slot);
  const reserved = view === 'chart' && height && slotWidth > 0 ? { minHeight: height(slotWidth) } : undefined;
  const downloadPng = async () => {
    if (!chart) return;
    const svg = chart.getDataURL({ type: 'svg' });
    downloadBlob(await svgToPng(svg, chart.getWidth(), chart.getHeight(), caption()), `${fileName}.png`);
  };

  const toggle = (
    <Segmented
      label={t.chartViewLabel}
      options={[
        { value: 'chart', label: t.viewChart },
        { value: 'table', label: t.viewTable },
      ]}
      value={view}
      onChange={setView}
    />
  );
  if (embedded)
    return (
      <EmbeddedFrame id={id} title={title} toggle={toggle} busy={busy} chartKey={chartKey}>
        {(fit) =>
          view === 'chart' ? (
            fit.height > 0 && renderChart({ decal, onReady: setChart, fit })
          ) : (
            <FigureTable caption={title} rows={rows} showIndicator={showIndicator} />
          )
        }
      </EmbeddedFrame>
    );

  return (
    <figure className="chart-frame" aria-labelledby={`${id}-caption`} aria-busy={busy || undefined}>
      <figcaption id={`${id}-caption`} className="chart-title">
        {title}
      </figcaption>
      {tools && <div className="chart-choice">{tools}</div>}
      <div className="chart-tools">
        {toggle}
        {view === 'chart' && (
          <label className="check">
            <input type="checkbox" checked={decal} onChange={(e) => setDecal(e.target.checked)} /> {t.decalToggle}
          </label>
        )}
        <span className="downloads">
          {view === 'chart' && (
            <button type="button" className="secondary" onClick={() => void downloadPng()}>
              {t.downloadPng}
            </button>
          )}
          <button type="button" className="secondary" onClick={downloadCsv}>
            {t.downloadCsv}
          </button>
          {embed && <EmbedCode kind={embed} title={title} />}
        </span>
      </div>
      <div ref={slot} style={reserved}>
        {view === 'chart' ? (
          <>
            <WhenVisible placeholder="chart-placeholder">{renderChart({ decal, onReady: setChart })}</WhenVisible>
            {/* Read without scripts (the page baked at build, src/bake), the chart is its table. */}
            <noscript>
              <FigureTable
                caption={title}
                rows={rows.slice(0, SCRIPTLESS_ROWS)}
                showIndicator={showIndicator}
                scriptless
              />
              {rows.length > SCRIPTLESS_ROWS && (
                <p className="small">{fill(t.scriptlessSubset, { shown: SCRIPTLESS_ROWS, total: rows.length })}</p>
              )}
            </noscript>
          </>
        ) : (
          <FigureTable caption={title} rows={rows} showIndicator={showIndicator} />
        )}
      </div>
      {chartKey}
      {view === 'chart' && subset && <p className="small">{subset}</p>}
      {note}
    </figure>
  );
}

/**
 * A chart in an embed: its title and the chart/table switch on one line, then the chart filling
 * the rest of the box it is given (the table, when chosen, scrolls within it), its key under it.
 * The downloads, notes and embed code stay in the full dashboard, one link away.
 */
function EmbeddedFrame({
  id,
  title,
  toggle,
  busy,
  chartKey,
  children,
}: {
  id: string;
  title: string;
  toggle: ReactNode;
  busy: boolean;
  chartKey: ReactNode;
  children: (fit: Size) => ReactNode;
}) {
  const slot = useRef<HTMLDivElement>(null);
  const fit = useSize(slot);
  return (
    <figure className="chart-frame embedded" aria-labelledby={`${id}-caption`} aria-busy={busy || undefined}>
      <div className="embedded-head">
        {/* In a low box the title keeps to one line; the whole of it shows on hover. */}
        <figcaption id={`${id}-caption`} className="chart-title" title={title}>
          {title}
        </figcaption>
        {toggle}
      </div>
      <div ref={slot} className="embedded-slot">
        {children(fit)}
      </div>
      {chartKey}
    </figure>
  );
}
