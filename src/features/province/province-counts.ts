/**
 * 晋中 among 山西's cities: for each city, the provincial towns our sources name (a count the data
 * can make itself) and the count a source reports (with its date), kept apart and never merged,
 * with the other counts of towns each city's sources report (city-level towns, batches). Pure.
 */
import { happenedBy } from '../../data/domain/dates';
import { subjectCity } from '../../data/domain/figures';
import { cityCodeOf, JINZHONG_CODE, SHANXI_CITIES } from '../../data/format/cities';
import type { Article, Designation, Figure, Text, Town } from '../../data/format/schema';
import type { I18n } from '../../i18n/i18n';

export interface NamedTown {
  town: Town;
  /** The designation that made it provincial (its date, and its batch when the source states one). */
  designation: Designation;
}

export interface CityCounts {
  code: string;
  name: Text;
  /** The towns our sources name as provincial in this city (by the date), oldest designation first. */
  named: NamedTown[];
  /** The newest count of this city's provincial towns a source reports as a result (by the date), or null. */
  reported: Figure | null;
  /** Every other count of this city's towns its sources report as a result: city-level towns, batches. */
  others: Figure[];
}

/** The designation naming a town provincial, by `asof` when given; null when there is none. */
function provincialDesignation(town: Town, asof: string | null): Designation | null {
  const made = town.designations
    .filter((d) => d.level === 'provincial' && d.status === 'designated' && (asof === null || happenedBy(d.date, asof)))
    .sort((a, b) => a.date.localeCompare(b.date));
  return made[0] ?? null;
}

const byPeriod = (a: Figure, b: Figure) => (a.period ?? '').localeCompare(b.period ?? '');

/** Whether a figure had been reported by `asof` (any figure, with no date). */
const knownBy = (f: Figure, articleOf: (figure: Figure) => Article | undefined, asof: string | null) => {
  if (asof === null) return true;
  const article = articleOf(f);
  return article !== undefined && happenedBy(article.date, asof);
};

/**
 * Each of 山西's cities with its provincial towns, named and reported: 晋中 first, then the cities
 * with the most towns (named or reported, whichever is more), then by code.
 */
export function provinceByCity(
  towns: readonly Town[],
  figures: readonly Figure[],
  articleOf: (figure: Figure) => Article | undefined,
  asof: string | null = null,
): CityCounts[] {
  const known = (f: Figure) => knownBy(f, articleOf, asof);
  const counts = figures.filter(
    (f) => f.indicator === 'towns' && f.kind === 'actual' && subjectCity(f.subject) !== null && known(f),
  );
  const cities = SHANXI_CITIES.map(({ code, name }): CityCounts => {
    const named = towns
      .filter((town) => cityCodeOf(town.county.code) === code)
      .flatMap((town) => {
        const designation = provincialDesignation(town, asof);
        return designation ? [{ town, designation }] : [];
      })
      .sort((a, b) => a.designation.date.localeCompare(b.designation.date));
    const own = counts.filter((f) => subjectCity(f.subject) === code).sort(byPeriod);
    const provincial = own.filter((f) => f.programme?.level === 'provincial' && f.programme.status === 'designated');
    const reported = provincial.at(-1) ?? null;
    return { code, name, named, reported, others: own.filter((f) => f !== reported) };
  });
  const most = (c: CityCounts) => Math.max(c.named.length, c.reported?.value ?? 0);
  return cities.sort(
    (a, b) =>
      Number(b.code === JINZHONG_CODE) - Number(a.code === JINZHONG_CODE) ||
      most(b) - most(a) ||
      a.code.localeCompare(b.code),
  );
}

/**
 * The newest count of the province's provincial towns a source reports as a result (by `asof`),
 * to stand beside the sum of the towns our sources name: never in its place. Of counts for the same
 * period, the largest: the province's towns in all, not one batch of them.
 */
export function provinceReported(
  figures: readonly Figure[],
  articleOf: (figure: Figure) => Article | undefined,
  asof: string | null = null,
): Figure | null {
  const counts = figures.filter(
    (f) =>
      f.subject.type === 'province' &&
      f.kind === 'actual' &&
      f.programme?.level === 'provincial' &&
      f.programme.status === 'designated' &&
      knownBy(f, articleOf, asof),
  );
  return counts.sort((a, b) => byPeriod(a, b) || a.value - b.value).at(-1) ?? null;
}

/** A count of towns as a reader sees it (4个, 4 towns). */
export const townCount = (count: number, i18n: Pick<I18n, 'value'>) =>
  i18n.value({ value: count, qualifier: 'exact' }, 'towns');
