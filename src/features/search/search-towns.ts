/** Which towns match what a reader typed in the search box. Pure. */
import type { Town } from '../../data/format/schema';

/**
 * A text as the search compares it: lower case, without spaces or accents ("Lüliang" is
 * "luliang"), and "v" read as "u" as pinyin keyboards write "ü" ("lvliang").
 */
function normal(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/v/g, 'u').replace(/\s+/g, '');
}

/** The pinyin of the English words for a county's kind: "Qi County" is 祁县, Qixian. */
const PLACE_KIND_PINYIN: Record<string, string> = { county: 'xian', district: 'qu', city: 'shi' };

/**
 * An English place name as it is also written in pinyin: "Qi County" as "Qixian", "Taigu District"
 * as "Taiguqu", "Jiexiu City" as "Jiexiushi" (the names themselves are pinyin already). Applied to
 * any English text: "Qi County glassware" is found as "Qixian glassware" too.
 */
function pinyinSpelling(en: string): string {
  return en.replace(
    /([\p{L}’'-]+)\s+(county|district|city)\b/giu,
    (_, name: string, kind: string) => `${name}${PLACE_KIND_PINYIN[kind.toLowerCase()] ?? ''}`,
  );
}

/** What the search looks in for one town, by how good a match in it is: name, industry, county. */
interface SearchKeys {
  readonly name: readonly string[];
  readonly industry: readonly string[];
  readonly county: readonly string[];
}

const keysOf = new WeakMap<Town, SearchKeys>();

function searchKeys(town: Town): SearchKeys {
  let keys = keysOf.get(town);
  if (!keys) {
    const both = (zh: string, en: string) => [...new Set([zh, en, pinyinSpelling(en)].map(normal))];
    keys = {
      name: both(town.name.zh, town.name.en),
      industry: both(town.industry.zh, town.industry.en),
      county: both(town.county.name.zh, town.county.name.en),
    };
    keysOf.set(town, keys);
  }
  return keys;
}

const has = (list: readonly string[], part: string) => list.some((key) => key.includes(part));

/** How well a town matches the whole query (lower is better), or null if it does not. */
function matchRank(keys: SearchKeys, q: string): number | null {
  if (keys.name.includes(q)) return 0;
  if (has(keys.name, q)) return 1;
  if (has(keys.industry, q)) return 2;
  if (has(keys.county, q)) return 3;
  return null;
}

/** Whether each of several words is found in the town's name, industry or county. */
function matchesWords(keys: SearchKeys, words: readonly string[]): boolean {
  const all = [...keys.name, ...keys.industry, ...keys.county];
  return words.every((word) => has(all, word));
}

/**
 * Towns matching what a reader typed: by Chinese or English name, industry or county, in either
 * language or in pinyin ("Qixian" and "Qi County" alike), case, accents and spacing ignored, or by
 * when nothing matches it whole, by several words each found in one of them ("qixian glass",
 * "太谷 中药"). The town of exactly that name comes first, then other matches on the name, the
 * industry and the county.
 */
export function searchTowns(towns: readonly Town[], query: string): Town[] {
  const q = normal(query);
  if (!q) return [];
  const whole = towns
    .map((t) => ({ t, rank: matchRank(searchKeys(t), q) }))
    .filter((x): x is { t: Town; rank: number } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.t);
  const words = query.split(/\s+/).map(normal).filter(Boolean);
  if (whole.length > 0 || words.length < 2) return whole;
  return towns.filter((t) => matchesWords(searchKeys(t), words));
}
