/** Which towns match what a reader typed in the search box. Pure. */
import type { Town } from '../../data/format/schema';

/**
 * Towns matching what a reader typed: by Chinese or English name, industry or county, in either
 * language, case and spacing ignored. The town of exactly that name comes first, then other matches
 * on the name.
 */
export function searchTowns(towns: readonly Town[], query: string): Town[] {
  const normal = (value: string) => value.toLowerCase().replace(/\s+/g, '');
  const q = normal(query);
  if (!q) return [];
  const score = (t: Town) => {
    if (normal(t.name.zh) === q || normal(t.name.en) === q) return 0;
    if (normal(t.name.zh).includes(q) || normal(t.name.en).includes(q)) return 1;
    if (normal(t.industry.zh).includes(q) || normal(t.industry.en).includes(q)) return 2;
    if (normal(t.county.name.zh).includes(q) || normal(t.county.name.en).includes(q)) return 3;
    return 4;
  };
  return towns
    .map((t) => ({ t, s: score(t) }))
    .filter((x) => x.s < 4)
    .sort((a, b) => a.s - b.s)
    .map((x) => x.t);
}
