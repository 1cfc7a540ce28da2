/**
 * The towns on the map: a marker for every town in view whose shape tells its tier and colour its
 * industry, operable by mouse and keyboard; or, when more towns are in view than a reader can
 * tell apart (and a phone can draw quickly), counted clusters that zoom in when chosen.
 *
 * Drawing and describing are separate: panning or zooming re-plans which markers exist (only those
 * in view); a new indicator, selection or highlight re-describes the markers already drawn, and a
 * new language renames them, never re-creating them. Both cost in proportion to the towns, and
 * describing only to the markers shown. Drawing is at once with a few hundred towns; with
 * thousands it yields to the page between its parts.
 */
import L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { keptIn } from '../../data/format/collections';
import { contains, type Geometry } from '../../data/domain/geo';
import type { RankingRow } from '../../data/domain/rankings';
import type { Indicator, Town } from '../../data/format/schema';
import { TIER_ORDER, tierAt, townTier } from '../../data/domain/towns';
import { useI18n } from '../../i18n/i18n';
import { useLeafletMap } from '../../map/leaflet-map';
import { timed, TIMING } from '../../lib/timing';
import { turnClock, yieldToPage } from '../../lib/yielding';
import { clusterDescriber, describeTown, type MarkerDescription } from './map-text';
import { CLUSTER_SIZE, createMarker, decorate, MARKER_SIZE, writeLabel, type MarkerContext } from './marker-element';
import { placeTownLabels } from './town-labels';
import { aloneWhereTheyFit, fitMarkers, planMarkers, type MarkerItem, type ScreenPoint } from './marker-layout';

/** At most this many towns are drawn one by one; beyond it, towns gather into clusters. */
export const MAX_TOWN_MARKERS = 100;
/** At most this many towns kept out of clusters (the town opened and provincial towns). */
const MAX_ALONE = 24;
/** The points, around a marker's centre, that must lie inside its county (in pixels). */
const AROUND: readonly (readonly [number, number])[] = [
  [0, 0],
  [-4, 0],
  [4, 0],
  [0, -4],
  [0, 4],
];
/** The side of a cluster's grid cell, in pixels. */
const CLUSTER_CELL = 64;
/** Towns projected between two looks at the clock. */
const PER_LOOK = 64;
/** Markers drawn between two looks at the clock (each is a few DOM elements and a description). */
const MARKERS_PER_LOOK = 8;

/**
 * Whether markers of the towns `ids` at a point lie inside their county (any of them, for a
 * cluster): its centre and the points a few pixels around it. Drawn boundaries are simplified and
 * markers rounded to whole pixels, and one on the border is in neither. A cluster's members share
 * a few counties: each county is asked once per point.
 */
function insideCounty(map: L.Map, regions: ReadonlyMap<string, Geometry>, zoom: number) {
  const areasOf = new WeakMap<readonly string[], (Geometry | undefined)[]>();
  return (ids: readonly string[], x: number, y: number) =>
    keptIn(areasOf, ids, () => [...new Set(ids.map((id) => regions.get(id)))]).some(
      (region) =>
        !region ||
        AROUND.every(([dx, dy]) => {
          const { lng, lat } = map.unproject([x + dx, y + dy], zoom);
          return contains(region, lng, lat);
        }),
    );
}

interface Drawn {
  item: MarkerItem;
  marker: L.Marker;
}

export function TownMarkers({
  towns,
  regions,
  indicator,
  rows,
  selected,
  highlighted,
  asof,
  nameFirst = false,
  onSelect,
}: {
  towns: readonly Town[];
  /** The area each town's marker must stay inside (its county; see data/geo townRegions). */
  regions: ReadonlyMap<string, Geometry>;
  /** The month whose tiers the markers show (towns not yet in the programme then are not drawn), or null for now. */
  asof: string | null;
  indicator: Indicator | undefined;
  /** Each town's ranked figure for the indicator (a ranking's rows by town; see data/domain/rankings). */
  rows: ReadonlyMap<string, RankingRow> | null;
  selected: string | null;
  /** Towns covered by the article the reader picked. */
  highlighted: ReadonlySet<string>;
  /**
   * Keep 晋中's provincial towns out of clusters where they fit (an embed: a small map that would
   * otherwise show only clusters names the towns that matter most first).
   */
  nameFirst?: boolean;
  onSelect: (id: string) => void;
}) {
  const map = useLeafletMap();
  const i18n = useI18n();
  const { text } = i18n;
  // Markers are named in the reader's language when drawn; a new language renames the markers
  // drawn (below), never re-creates them.
  const textRef = useRef(text);

  const byId = useMemo(() => new Map(towns.map((town) => [town.id, town])), [towns]);
  // As of a past month, the towns that were not yet in the programme then are not drawn.
  const inProgramme = useMemo(
    () => (asof ? towns.filter((town) => tierAt(town, asof) !== null) : towns),
    [towns, asof],
  );
  // 晋中's provincial towns (as of the month shown), kept out of clusters where they fit.
  const provincial = useMemo(
    () =>
      nameFirst
        ? inProgramme
            .filter((town) => town.inJinzhong && townTier(town, asof) === 'provincial-key')
            .map((town) => town.id)
        : [],
    [inProgramme, asof, nameFirst],
  );

  const describeClusterItem = useMemo(
    () => clusterDescriber(byId, selected, highlighted, i18n),
    [byId, selected, highlighted, i18n],
  );
  /** What a marker says (its tooltip lines and accessible name) in the current state. */
  const describe = useCallback(
    (item: MarkerItem): MarkerDescription | null => {
      if (item.kind === 'cluster') return describeClusterItem(item);
      const town = byId.get(item.id);
      if (!town) return null;
      const state = { selected: town.id === selected, highlighted: highlighted.has(town.id) };
      return describeTown(town, townTier(town, asof), rows?.get(town.id), indicator, state, i18n);
    },
    [describeClusterItem, byId, rows, indicator, selected, highlighted, asof, i18n],
  );
  // Markers read the current description when they are drawn and when their tooltip opens.
  const describeRef = useRef(describe);
  const drawn = useRef(new Map<string, Drawn>());
  // The selected town is never in a cluster and its name is placed first: a new selection lays
  // the markers out again.
  const selectedRef = useRef(selected);
  const layoutRef = useRef<() => void>(() => undefined);
  const placeLabelsRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (selectedRef.current === selected) return;
    selectedRef.current = selected;
    layoutRef.current();
  }, [selected]);

  // Drawing: which markers exist and where, re-planned after every move or zoom.
  useEffect(() => {
    const shown = drawn.current;
    const context: MarkerContext = {
      map,
      byId,
      asof,
      name: (town) => textRef.current(town.name),
      describe: (item) => describeRef.current(item),
      onSelect,
      onCluster: (item) => void part(item),
    };
    // Each layout has a number: a newer one (or the effect's end) stops the one under way.
    let latest = 0;

    // A cluster gathers 晋中's towns or towns outside it, never both.
    const inJinzhongOrNot = (id: string) => (byId.get(id)?.inJinzhong === false ? 'outside' : '');

    /**
     * The markers for a view (`view`: its pixel bounds at `zoom`), or null when `goOn` says to stop.
     * Few towns: all of them, wherever the view is. Many: those in view only, so that every marker
     * a keyboard reaches is on screen (focusing one off screen would pan the map and re-plan the
     * markers under the reader's focus). The selected town stays alone, and in an embed the
     * provincial towns stay at their place where they fit (a small map names them first).
     */
    const plan = async (zoom: number, view: L.Bounds, goOn: () => Promise<boolean>) => {
      const everyTown = inProgramme.length <= MAX_TOWN_MARKERS;
      const candidates: ScreenPoint[] = [];
      for (const [i, town] of inProgramme.entries()) {
        const point = map.project([town.location.lat, town.location.lon], zoom);
        if (everyTown || view.contains(point)) candidates.push({ id: town.id, x: point.x, y: point.y });
        if (i % PER_LOOK === PER_LOOK - 1 && !(await goOn())) return null;
      }
      const home = new Map(candidates.map((p) => [p.id, p]));
      // The opened town, and with few towns the provincial ones (nameFirst) where in view: one kept
      // off the map's edge would only crowd the others. With thousands, the cells decide.
      const fits = (id: string) => {
        const p = home.get(id);
        return p !== undefined && view.contains(L.point(p.x, p.y));
      };
      const opened = selectedRef.current ? [selectedRef.current] : [];
      const alone = new Set([
        ...opened,
        ...aloneWhereTheyFit(
          home,
          [...opened, ...(everyTown ? provincial.filter(fits) : [])],
          MARKER_SIZE + 2,
          MAX_ALONE,
        ),
      ]);
      return fitMarkers(
        planMarkers(candidates, MAX_TOWN_MARKERS, CLUSTER_CELL, alone, inJinzhongOrNot),
        home,
        (clustered) => (clustered ? CLUSTER_SIZE : MARKER_SIZE) + 2,
        insideCounty(map, regions, zoom),
        alone,
        inJinzhongOrNot,
      );
    };

    /**
     * A cluster chosen: the map zooms in on its towns just as far as it takes to show each of them
     * on its own (the least zoom, in the map's steps, at which the layout there parts them all), and
     * never further than the zoom that frames them (a large cluster: its towns fill the map).
     */
    const part = async (cluster: Extract<MarkerItem, { kind: 'cluster' }>) => {
      const members = cluster.ids.flatMap((id) => {
        const town = byId.get(id);
        return town ? [L.latLng(town.location.lat, town.location.lon)] : [];
      });
      if (members.length === 0) return;
      const bounds = L.latLngBounds(members);
      const centre = bounds.getCenter();
      const half = map.getSize().divideBy(2);
      const step = map.options.zoomDelta ?? 1;
      const most = Math.min(map.getMaxZoom(), map.getBoundsZoom(bounds, false, L.point(CLUSTER_SIZE, CLUSTER_SIZE)));
      const ids = new Set(cluster.ids);
      let zoom = map.getZoom() + step;
      for (; zoom < most; zoom += step) {
        const middle = map.project(centre, zoom);
        const fitted = await plan(zoom, L.bounds(middle.subtract(half), middle.add(half)), async () => true);
        if (fitted?.items.every((item) => item.kind === 'town' || !item.ids.some((id) => ids.has(id)))) break;
      }
      map.setView(centre, Math.max(map.getZoom() + step, Math.min(zoom, most)));
    };

    /**
     * Lays the markers out for the current view. With thousands of towns that takes longer than a
     * task may on a slow phone: it then yields between its parts (see lib/yielding), and is
     * synchronous when it is quick. New markers are drawn before the ones no longer planned are
     * removed, so that a pan never shows the map without its markers.
     */
    const layOut = async (run: number) => {
      const clock = turnClock();
      /** False when a newer layout has begun while this one yielded. */
      const goOn = async () => {
        if (!clock.due()) return true;
        await yieldToPage();
        clock.restart();
        return run === latest;
      };
      const zoom = map.getZoom();
      const fitted = await plan(zoom, map.getPixelBounds(), goOn);
      if (!fitted) return;
      for (const [i, item] of fitted.items.entries()) {
        // A new marker is described as it is drawn (a cluster reads its towns): fewer at a time.
        if (i % MARKERS_PER_LOOK === 0 && !(await goOn())) return;
        let entry = shown.get(item.key);
        if (!entry) {
          entry = { item, marker: createMarker(item, context) };
          shown.set(item.key, entry);
          decorate(entry.marker, describeRef.current(item));
        }
        const element = entry.marker.getElement();
        if (!element) continue;
        const half = (item.kind === 'cluster' ? CLUSTER_SIZE : MARKER_SIZE) / 2;
        const [dx, dy] = fitted.offsets.get(item.key) ?? [0, 0];
        element.style.marginLeft = `${dx - half}px`;
        element.style.marginTop = `${dy - half}px`;
      }
      const keep = new Set(fitted.items.map((item) => item.key));
      for (const [key, { marker }] of shown) {
        if (keep.has(key)) continue;
        marker.remove();
        shown.delete(key);
      }
      placeLabels();
      // The zoom the markers are laid out for (tests wait on it after a zoom).
      map.getContainer().setAttribute('data-markers-zoom', String(zoom));
    };
    const layout = () => void layOut(++latest);
    /**
     * Names beside markers wherever they fit (see placeTownLabels): the most important towns
     * first, the selected one, then 晋中's by tier, then those outside it by tier.
     */
    const placeLabels = () => {
      const last = 2 * TIER_ORDER.length;
      placeTownLabels(map, [...shown.values()], (item) => {
        const town = item.kind === 'town' ? byId.get(item.id) : undefined;
        if (!town) return last;
        if (town.id === selectedRef.current) return -1;
        return TIER_ORDER.indexOf(townTier(town, asof)) + (town.inJinzhong ? 0 : TIER_ORDER.length);
      });
      // The counties' names are placed after the towns' (see CountyNames).
      map.fire('markersplaced');
    };
    placeLabelsRef.current = placeLabels;
    layoutRef.current = layout;
    layout();
    map.on('moveend', layout);
    map.on('resize', placeLabels);
    return () => {
      latest++;
      map.off('moveend', layout);
      map.off('resize', placeLabels);
      for (const { marker } of shown.values()) marker.remove();
      shown.clear();
    };
  }, [map, inProgramme, provincial, regions, byId, onSelect, asof]);

  // Naming: a new language renames the town markers drawn (their label and title), then places
  // the names again, since their widths have changed. Their descriptions follow `describe`.
  useEffect(() => {
    if (textRef.current === text) return;
    textRef.current = text;
    for (const { item, marker } of drawn.current.values()) {
      const town = item.kind === 'town' ? byId.get(item.id) : undefined;
      const element = marker.getElement();
      if (!town || !element) continue;
      const name = text(town.name);
      const label = element.querySelector<HTMLElement>('.town-label');
      if (label) writeLabel(label, name);
      element.setAttribute('title', name);
    }
    placeLabelsRef.current();
  }, [text, byId]);

  // Describing: the markers drawn say what the current indicator, selection and highlight say.
  useEffect(() => {
    describeRef.current = describe;
    timed(TIMING.mapRestyle, () => {
      for (const { item, marker } of drawn.current.values()) decorate(marker, describe(item));
    });
  }, [describe]);

  return null;
}
