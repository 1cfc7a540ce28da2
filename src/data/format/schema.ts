/**
 * The dataset's shape: one zod schema per file in public/data. Types come from here (z.infer);
 * nothing else in the app declares the data's shape. README ("Curation rules") and
 * docs/data-format.md give the rules these encode (qualifiers, kinds, subjects, sources).
 */
import { z } from 'zod';
import {
  COPY_AUTHORITIES,
  FACT_TYPES,
  INDUSTRY_GROUPS,
  KINDS,
  LEVELS,
  MAX_QUOTE_LENGTH,
  OUTLET_KINDS,
  PRECISIONS,
  QUALIFIERS,
  SCHEMA_VERSION,
  STATUSES,
  UNITS,
} from './vocabulary';

// No code generation: zod's fast path compiles parsers with `new Function`, which the page's
// Content-Security-Policy (script-src 'self', no 'unsafe-eval') forbids.
z.config({ jitless: true });

const schemaVersion = z.literal(SCHEMA_VERSION, { error: `expected schemaVersion ${SCHEMA_VERSION}` });
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and dashes');
/** Indicator ids are camelCase words (outputValue), as used in addresses (?indicator=). */
const indicatorId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'expected an indicator id in camelCase letters and digits');
const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');

/** Text in both of the app's languages. */
export const textSchema = z.object({ zh: nonEmpty, en: nonEmpty }).strict();

/** Only http(s) addresses are ever linked (no javascript:, data:, …). */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' });

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * A figure's period: a date as above, or months of one year as an ISO 8601 interval
 * (2023-01/2023-06: January to June 2023), for a figure that covers only part of a year.
 */
const figurePeriod = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$|^(\d{4})-(0[1-9]|1[0-2])\/\5-(0[1-9]|1[0-2])$/,
    'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or months of one year as YYYY-MM/YYYY-MM',
  )
  .refine((period) => !period.includes('/') || period.slice(0, 7) < period.slice(8), {
    error: 'expected the first month of the span before its last',
  });

/** Administrative division code (GB/T 2260), six digits. */
const divisionCode = z.string().regex(/^\d{6}$/, 'expected a six-digit division code');

export const sourceSchema = z
  .object({
    article: id,
    quote: nonEmpty.max(MAX_QUOTE_LENGTH, `expected a quote of at most ${MAX_QUOTE_LENGTH} characters`),
  })
  .strict();

/** Adds an issue for every item whose key repeats an earlier one (duplicate ids). */
function uniqueBy<T>(key: (item: T) => string, label: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, index);
      else
        ctx.addIssue({
          code: 'custom',
          message: `duplicate ${label} "${k}" (first at [${first}])`,
          path: [index],
          params: { what: 'duplicate', found: k, first },
        });
    });
  };
}

// ---------------------------------------------------------------- dataset.json

export const unitSchema = z.enum(UNITS);

export const indicatorSchema = z
  .object({
    id: indicatorId,
    name: textSchema,
    unit: unitSchema,
    /** Offered in the ranking chart's picker. */
    ranking: z.boolean(),
    description: textSchema,
  })
  .strict();

export const groupSchema = z
  .object({
    id,
    name: textSchema,
    members: z.array(id).min(1, 'expected at least one member town'),
  })
  .strict();

/** Ids of records added, changed and removed by one revision of the data. */
const changeSetSchema = z
  .object({
    added: z.array(id),
    changed: z.array(
      z
        .object({
          id,
          /** The fields that changed, as dotted paths (value, source.quote). */
          fields: z.array(nonEmpty).min(1, 'expected at least one changed field'),
          /** For a figure whose value changed: what it was before, with its qualifier. */
          was: z
            .object({ value: z.number(), upper: z.number().optional(), qualifier: z.enum(QUALIFIERS) })
            .strict()
            .optional(),
        })
        .strict(),
    ),
    removed: z.array(id),
  })
  .strict();

/** One published revision of the data: when, what in both languages, and which records it touched. */
export const revisionSchema = z
  .object({
    date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date as YYYY-MM-DD'),
    summary: textSchema,
    figures: changeSetSchema,
    towns: changeSetSchema.optional(),
    articles: changeSetSchema.optional(),
  })
  .strict();

export const datasetSchema = z
  .object({
    schemaVersion,
    title: textSchema,
    /** When the curated data was last revised (not the articles' dates). */
    updated: partialDate,
    license: textSchema,
    /**
     * Where readers report an error: the publisher's issue tracker or form (http(s) only), named in
     * both languages. Absent until the people who publish the dataset give one: never guessed.
     */
    contact: z.object({ name: textSchema, url: httpUrl }).strict().optional(),
    indicators: z
      .array(indicatorSchema)
      .min(1)
      .superRefine(uniqueBy((i) => i.id, 'indicator id')),
    groups: z.array(groupSchema).superRefine(uniqueBy((g) => g.id, 'group id')),
    /** Figure ids shown as headline figures, in order. */
    headlines: z.array(id),
    /** The data's own change log, oldest first (absent in files that keep none). */
    revisions: z.array(revisionSchema).optional(),
  })
  .strict();

// ---------------------------------------------------------------- articles.json

export const articleSchema = z
  .object({
    id,
    outlet: textSchema,
    /**
     * What kind of publication the outlet is (vocabulary.ts), which decides how the article is
     * cited; null in files from before version 3, where it was not recorded.
     */
    outletKind: z.enum(OUTLET_KINDS).nullable(),
    /** The outlet's own site, when the source names it. */
    outletUrl: httpUrl.nullable(),
    /** A wire story read on a newspaper's printed page: that newspaper (cited as the publisher). */
    printedIn: textSchema.nullable(),
    /** Title as published; null when the sources do not record it. */
    title: nonEmpty.nullable(),
    titleEn: nonEmpty.nullable(),
    /**
     * For an article whose headline the sources do not show: what it is, in a few words of our own
     * ("晋中晚报对榆次纺机液压专业镇的报道"), cited in square brackets in place of a title.
     */
    description: textSchema.nullable(),
    date: partialDate,
    dateNote: textSchema.nullable(),
    authors: z.array(nonEmpty),
    /** The article's address on the outlet's own site; null when unknown (never guessed; see readAt). */
    url: httpUrl.nullable(),
    page: nonEmpty.nullable(),
    summary: textSchema,
    /**
     * Where the text was read when that is not the outlet's own page: the address of a copy, the
     * site that carries it, and how far that site can be trusted to carry the outlet's words (a known
     * repost platform or portal, an unrelated site, or one that names no outlet). Null when `url` is
     * the outlet's own page, or when no address is known.
     */
    readAt: z
      .object({ url: httpUrl, site: nonEmpty, authority: z.enum(COPY_AUTHORITIES) })
      .strict()
      .nullable(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.title !== null && a.description !== null)
      ctx.addIssue({
        code: 'custom',
        message: 'description is only for an article without a title',
        path: ['description'],
        params: { what: 'description-untitled-only' },
      });
    if (a.printedIn !== null && a.outletKind !== 'agency')
      ctx.addIssue({
        code: 'custom',
        message: 'printedIn is only for a news agency\'s story (outletKind "agency")',
        path: ['printedIn'],
        params: { what: 'printed-agency-only' },
      });
  });

export const articlesFileSchema = z
  .object({ schemaVersion, articles: z.array(articleSchema).superRefine(uniqueBy((a) => a.id, 'article id')) })
  .strict();

// ---------------------------------------------------------------- towns.json

export const designationSchema = z
  .object({
    level: z.enum(LEVELS),
    status: z.enum(STATUSES),
    date: partialDate,
    /**
     * Which batch of its level the source says the town was named in (1: the province's first
     * batch of 2022); absent when the source does not say ("batch not stated", never guessed).
     */
    batch: z.number().int('expected a whole batch number').min(1, 'expected a batch of 1 or more').optional(),
    note: textSchema.nullable(),
    source: sourceSchema,
  })
  .strict();

/** Something the sources say about a town that is not a figure: a policy, an event, a firm… */
export const factSchema = z
  .object({
    type: z.enum(FACT_TYPES),
    /** In our own words (names stay names). */
    text: textSchema,
    date: partialDate.nullable(),
    source: sourceSchema,
  })
  .strict();

export const townSchema = z
  .object({
    id,
    name: textSchema,
    industry: textSchema,
    industryGroups: z.array(z.enum(INDUSTRY_GROUPS)).min(1, 'expected at least one industry group'),
    county: z.object({ code: divisionCode, name: textSchema }).strict(),
    /** Whether the town lies in 晋中市 (county code 1407xx). */
    inJinzhong: z.boolean(),
    location: z
      .object({
        lon: z.number().min(73).max(136),
        lat: z.number().min(3).max(54),
        precision: z.enum(PRECISIONS),
      })
      .strict(),
    designations: z.array(designationSchema),
    facts: z.array(factSchema),
    summary: textSchema,
  })
  .strict()
  .refine((t) => t.inJinzhong === t.county.code.startsWith('1407'), {
    message: 'inJinzhong must agree with the county code (1407xx is 晋中市)',
    path: ['inJinzhong'],
  });

export const townsFileSchema = z
  .object({ schemaVersion, towns: z.array(townSchema).superRefine(uniqueBy((t) => t.id, 'town id')) })
  .strict();

// ---------------------------------------------------------------- figures.json

export const subjectSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('town'), town: id }).strict(),
  z.object({ type: z.literal('enterprise'), town: id, name: textSchema }).strict(),
  z.object({ type: z.literal('group'), group: id }).strict(),
  /** A city of 山西: `code` its division code; without one, 晋中 (the dataset's own city). */
  z.object({ type: z.literal('city'), code: divisionCode.optional() }).strict(),
  z.object({ type: z.literal('province') }).strict(),
]);

export const figureSchema = z
  .object({
    id,
    subject: subjectSchema,
    /** A narrower scope than the subject as a whole (e.g. only above-scale enterprises). */
    scope: textSchema.nullable(),
    indicator: indicatorId,
    value: z.number().nonnegative('expected a value of 0 or more'),
    /** Upper end, for qualifier "range" only. */
    upper: z.number().optional(),
    qualifier: z.enum(QUALIFIERS),
    kind: z.enum(KINDS),
    /**
     * For counts of specialty towns: which level of the programme and which stage they are at
     * (e.g. city level, shortlisted). Lets the programme chart place the figure.
     */
    programme: z
      .object({ level: z.enum(LEVELS), status: z.enum(STATUSES) })
      .strict()
      .optional(),
    /**
     * The period the figure is for: a year, month or day, or months of one year (2023-01/2023-06)
     * when it covers only part of a year; null when the source does not say.
     */
    period: figurePeriod.nullable(),
    note: textSchema.nullable(),
    source: sourceSchema,
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.qualifier === 'range') {
      if (f.upper === undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'a range needs "upper"',
          path: ['upper'],
          params: { what: 'range-upper' },
        });
      else if (f.upper <= f.value)
        ctx.addIssue({
          code: 'custom',
          message: 'expected "upper" above "value"',
          path: ['upper'],
          params: { what: 'upper-above' },
        });
    } else if (f.upper !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: '"upper" is only for qualifier "range"',
        path: ['upper'],
        params: { what: 'upper-range-only' },
      });
    }
  });

export const figuresFileSchema = z
  .object({ schemaVersion, figures: z.array(figureSchema).superRefine(uniqueBy((f) => f.id, 'figure id')) })
  .strict();

// ---------------------------------------------------------------- counties.geojson

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4, 'expected a closed ring of at least 4 positions');

const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/** A boundary file: a FeatureCollection with its licence and attribution, one feature per code. */
function boundaryFileSchema<F extends z.ZodType<{ properties: { code: string } }>>(feature: F, label: string) {
  return z.object({
    type: z.literal('FeatureCollection'),
    schemaVersion,
    attribution: nonEmpty,
    license: nonEmpty,
    features: z
      .array(feature)
      .min(1)
      .superRefine(uniqueBy((f: z.output<F>) => f.properties.code, label)),
  });
}

const boundaryFeature = <P extends z.ZodType>(properties: P) =>
  z.object({ type: z.literal('Feature'), properties, geometry: geometrySchema }).strict();

const countyFeatureSchema = boundaryFeature(
  z.object({ code: divisionCode, name: nonEmpty, nameEn: nonEmpty, seat: position.nullable() }),
);

export const countiesFileSchema = boundaryFileSchema(countyFeatureSchema, 'county code');

// ---------------------------------------------------------------- shanxi-cities.geojson

const cityFeatureSchema = boundaryFeature(z.object({ code: divisionCode, name: nonEmpty, nameEn: nonEmpty }));

export const citiesFileSchema = boundaryFileSchema(cityFeatureSchema, 'city code');

// ---------------------------------------------------------------- types

export type Text = z.infer<typeof textSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Group = z.infer<typeof groupSchema>;
export type DatasetMeta = z.infer<typeof datasetSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Designation = z.infer<typeof designationSchema>;
export type Town = z.infer<typeof townSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Qualifier = Figure['qualifier'];
export type FigureKind = Figure['kind'];
export type CountiesFile = z.infer<typeof countiesFileSchema>;
export type CountyFeature = CountiesFile['features'][number];
export type CitiesFile = z.infer<typeof citiesFileSchema>;
export type CityFeature = CitiesFile['features'][number];
export type Level = Designation['level'];
