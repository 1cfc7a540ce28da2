/**
 * The data format's words: its version and the values its fields may take. Apart from the zod
 * schemas (schema.ts) so that the page can use them without loading zod, which only the data
 * worker needs (see load.ts).
 */

/**
 * The data format's version, written in every file. Older files are read through migrate.ts:
 * version 1 (before articles said where their text was read, and while the dataset typed its
 * coverage) and version 2 (before articles said what kind of publication they appeared in).
 */
export const SCHEMA_VERSION = 3;

/** A short verbatim clause from the article, the figure's evidence. */
export const MAX_QUOTE_LENGTH = 80;

export const UNITS = [
  'yuan',
  'persons',
  'enterprises',
  'tonnes',
  'squareMetres',
  'percent',
  'towns',
  'countries',
  'items',
  'businesses',
  'projects',
  'lines',
  'rank',
] as const;

/** How far a copy can be trusted: a repost platform or portal, an unrelated site, or one naming no outlet. */
export const COPY_AUTHORITIES = ['platform', 'mirror', 'unknown'] as const;

/**
 * What kind of publication an article appeared in, as a reference cites it (GB/T 7714-2015): a
 * newspaper (its printed page [N], or its online edition [N/OL]), a website (a portal, a web-only
 * outlet or a site's channel [EB/OL]), a news agency's wire read online [EB/OL], or no outlet named.
 */
export const OUTLET_KINDS = ['newspaper', 'website', 'agency', 'none'] as const;

export const LEVELS = ['provincial', 'city', 'county'] as const;
export const STATUSES = ['designated', 'shortlisted', 'candidate', 'cultivating'] as const;
export const INDUSTRY_GROUPS = ['metals-machinery', 'materials-chemicals', 'food-drink', 'medicine', 'crafts'] as const;
/** Where a town's marker stands: its county's seat, the town itself, a site; or its city's seat when the sources name no county. */
export const PRECISIONS = ['county-seat', 'town', 'site', 'city'] as const;

export const FACT_TYPES = ['policy', 'measure', 'event', 'plan', 'honour', 'enterprise'] as const;

export const QUALIFIERS = ['exact', 'nearly', 'over', 'about', 'range', 'atMost'] as const;
export const KINDS = ['actual', 'target', 'plan', 'event'] as const;
