/**
 * What the map's counties and markers say, as plain text lines (tooltips are built from text
 * nodes, never HTML) and accessible names. Pure: data and messages in, strings out.
 */
import type { RankingRow, CountyValue } from '../../data/domain/rankings';
import type { CityFeature, CountyFeature, Indicator, Town } from '../../data/format/schema';
import type { Tier } from '../../data/domain/towns';
import type { I18n } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { keptIn } from '../../data/format/collections';
import type { MarkerItem } from './marker-layout';

/** A county's tooltip lists at most this many of its towns (the profile lists them all). */
const TOOLTIP_TOWNS = 10;
/** A cluster's tooltip names at most this many of its towns. */
const CLUSTER_NAMES = 5;

export function countyName(f: CountyFeature, { lang }: I18n): string {
  return lang === 'zh' ? f.properties.name : `${f.properties.nameEn} (${f.properties.name})`;
}

/** A city's or county's name alone, as the map writes it on the division: 榆次区 / Yuci District. */
export function divisionName(f: CityFeature | CountyFeature, { lang }: I18n): string {
  return lang === 'zh' ? f.properties.name : f.properties.nameEn;
}

/** The value of a county as a reader sees it, or "no data". */
function countyValueText(value: CountyValue | undefined, indicator: Indicator, i18n: I18n): string {
  if (!value || value.value === null) return i18n.t.noData;
  return i18n.value({ value: value.value, upper: value.upper, qualifier: value.qualifier }, indicator.unit);
}

/** " · sources differ: 2 other figures" after a figure that has others, or nothing. */
function differText(others: readonly unknown[], { t }: I18n): string {
  return others.length > 0 ? ` · ${fill(t.sourcesDiffer, { count: others.length })}` : '';
}

/** One tooltip line per town of a county: its figure (and scope), or its plan, or "not reported". */
function townLines(value: CountyValue | undefined, indicator: Indicator, i18n: I18n): string[] {
  const { t, text } = i18n;
  return (value?.rows ?? []).map(({ town, figure, planned, others }) => {
    const name = text(town.name);
    if (figure) {
      const scope = figure.scope ? ` (${text(figure.scope)})` : '';
      return `${name}: ${i18n.value(figure, indicator.unit)}${scope}${differText(others, i18n)}`;
    }
    const plan = planned[0];
    return plan
      ? `${name}: ${t.notReported} (${t.kind[plan.kind]}: ${i18n.value(plan, indicator.unit)})`
      : `${name}: ${t.notReported}`;
  });
}

/** What the choropleth shows, when it shows one: the indicator and each county's value. */
export interface Colouring {
  indicator: Indicator;
  values: Map<string, CountyValue>;
}

/** A county's tooltip: its name, its value and its towns' figures. */
export function countyTooltip(f: CountyFeature, colouring: Colouring | null, i18n: I18n): string[] {
  if (!colouring) return [countyName(f, i18n)];
  const { indicator, values } = colouring;
  const value = values.get(f.properties.code);
  const lines = townLines(value, indicator, i18n);
  const listed = lines.slice(0, TOOLTIP_TOWNS);
  return [
    countyName(f, i18n),
    `${i18n.text(indicator.name)}: ${countyValueText(value, indicator, i18n)}`,
    ...(lines.length > 0 ? listed : [i18n.t.noTownsInCounty]),
    ...(lines.length > listed.length ? [fill(i18n.t.andMore, { count: lines.length - listed.length })] : []),
  ];
}

/** A county's accessible name: its name and value. */
export function countyLabel(f: CountyFeature, colouring: Colouring | null, i18n: I18n): string {
  if (!colouring) return countyName(f, i18n);
  const { indicator, values } = colouring;
  const value = countyValueText(values.get(f.properties.code), indicator, i18n);
  return `${countyName(f, i18n)}: ${i18n.text(indicator.name)} ${value}`;
}

/** What a marker says in the current state: its tooltip lines, accessible name and marks. */
export interface MarkerDescription {
  lines: string[];
  label: string;
  selected: boolean;
  highlighted: boolean;
}

/** A town's marker: name, tier (as of the date shown) and industry, its figure for the indicator shown, where it is. */
export function describeTown(
  town: Town,
  tier: Tier,
  row: RankingRow | undefined,
  indicator: Indicator | undefined,
  state: { selected: boolean; highlighted: boolean },
  i18n: I18n,
): MarkerDescription {
  const { t, text } = i18n;
  const name = text(town.name);
  const where = town.inJinzhong ? text(town.county.name) : `${text(town.county.name)} · ${t.outsideJinzhong}`;
  const figureLine =
    indicator && row
      ? `${text(indicator.name)}: ${row.figure ? i18n.value(row.figure, indicator.unit) + differText(row.others, i18n) : t.notReported}`
      : null;
  const mark = state.highlighted ? t.highlightedByArticle : null;
  return {
    lines: [
      name,
      `${t.tier[tier]} · ${i18n.list(town.industryGroups.map((g) => t.industryGroup[g]))}`,
      ...(figureLine ? [figureLine] : []),
      where,
      t.precision[town.location.precision],
    ],
    label: `${name}: ${[t.tier[tier], where, figureLine, mark].filter(Boolean).join(', ')}`,
    ...state,
  };
}

/** A cluster: how many towns, a few of their names, and that choosing it zooms in. */
export function describeCluster(
  towns: readonly Town[],
  state: { selected: boolean; highlighted: boolean },
  { t, text, list }: I18n,
): MarkerDescription {
  const names = towns.slice(0, CLUSTER_NAMES).map((town) => text(town.name));
  const more = towns.length > CLUSTER_NAMES ? '…' : '';
  const count = fill(t.clusterCount, { count: towns.length });
  return {
    lines: [count, `${list(names)}${more}`, t.clusterZoom],
    label: `${count}: ${names.join(', ')}${more}. ${t.clusterZoom}`,
    ...state,
  };
}

/** The towns named in the sources that lie outside 晋中, with their counties, as one line. */
export function outsideTownsText(towns: readonly Town[], { lang }: I18n): string {
  return towns
    .map((town) =>
      lang === 'zh' ? `${town.name.zh}（${town.county.name.zh}）` : `${town.name.en} (${town.county.name.en})`,
    )
    .join(lang === 'zh' ? '、' : '; ');
}

type ClusterItem = Extract<MarkerItem, { kind: 'cluster' }>;

/**
 * Describes clusters, each once: a cluster tells what its towns are, not their figures, so a new
 * indicator does not re-read the thousands of towns in the clusters.
 */
export function clusterDescriber(
  byId: ReadonlyMap<string, Town>,
  selected: string | null,
  highlighted: ReadonlySet<string>,
  i18n: I18n,
): (item: ClusterItem) => MarkerDescription {
  const made = new WeakMap<ClusterItem, MarkerDescription>();
  return (item) =>
    keptIn(made, item, () =>
      describeCluster(
        item.ids.flatMap((id) => byId.get(id) ?? []),
        {
          selected: selected !== null && item.ids.includes(selected),
          highlighted: item.ids.some((id) => highlighted.has(id)),
        },
        i18n,
      ),
    );
}
