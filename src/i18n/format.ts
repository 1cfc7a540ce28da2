/**
 * Number, unit, qualifier and date formatting for both languages. The one place where a figure
 * becomes text: 38.5亿元 for Chinese readers, CNY 3.85 billion for English ones, with the
 * source's qualifier kept (近 nearly, 以上 over, 约 about, 至 to, 前 top).
 */
import type { Qualifier, Unit } from '../data/format/schema';

export type Lang = 'zh' | 'en';

const ZH_UNITS: Record<Unit, string> = {
  yuan: '元',
  persons: '人',
  enterprises: '户',
  tonnes: '吨',
  squareMetres: '平方米',
  percent: '%',
  towns: '个',
  countries: '个国家',
  items: '项',
  businesses: '个',
  projects: '个',
  lines: '条',
  rank: '',
};

const EN_UNITS: Record<Unit, [singular: string, plural: string]> = {
  yuan: ['', ''],
  persons: ['person', 'people'],
  enterprises: ['enterprise', 'enterprises'],
  tonnes: ['tonne', 'tonnes'],
  squareMetres: ['square metre', 'square metres'],
  percent: ['%', '%'],
  towns: ['town', 'towns'],
  countries: ['country', 'countries'],
  items: ['item', 'items'],
  businesses: ['business', 'businesses'],
  projects: ['project', 'projects'],
  lines: ['line', 'lines'],
  rank: ['', ''],
};

/**
 * Formatters per language and precision, made once (creating an Intl.NumberFormat costs far more
 * than using it): `compact` rounds to two decimals for axes; `exact` keeps every digit the source
 * gave once scaled (55.37亿 is CNY 5.537 billion, never 5.54), up to six decimals.
 */
const FORMATS = {
  compact: {
    zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false }),
    en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, useGrouping: true }),
  },
  exact: {
    zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6, useGrouping: false }),
    en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6, useGrouping: true }),
  },
} satisfies Record<string, Record<Lang, Intl.NumberFormat>>;
export type Precision = keyof typeof FORMATS;

/**
 * How long the words are: `long` everywhere a reader has room ("CNY 5.537 billion", "January–June
 * 2023"); `short` for labels in a small box ("CNY 5.537bn", "H1 2023"), same digits and qualifier.
 * Chinese is already short: both styles give the same text.
 */
export type Style = 'long' | 'short';

const EN_SCALES: Record<Style, [billion: string, million: string, thousand: string]> = {
  long: [' billion', ' million', ' thousand'],
  short: ['bn', 'm', 'k'],
};

interface Scaled {
  number: string;
  /** 亿/万 in Chinese, billion/million/thousand in English, '' below. */
  scale: string;
}

/** A plain number scaled for reading: 385000000 → 3.85亿 / 385 million. */
export function scaleNumber(value: number, lang: Lang, precision: Precision = 'exact', style: Style = 'long'): Scaled {
  const fmt = FORMATS[precision][lang];
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return { number: fmt.format(value / 1e8), scale: '亿' };
    if (abs >= 1e4) return { number: fmt.format(value / 1e4), scale: '万' };
    return { number: fmt.format(value), scale: '' };
  }
  const [billion, million, thousand] = EN_SCALES[style];
  if (abs >= 1e9) return { number: fmt.format(value / 1e9), scale: billion };
  if (abs >= 1e6) return { number: fmt.format(value / 1e6), scale: million };
  if (abs >= 1e4) return { number: fmt.format(value / 1e3), scale: thousand };
  return { number: fmt.format(value), scale: '' };
}

const joined = (s: Scaled) => `${s.number}${s.scale}`;

/** A number with its scale but no unit, rounded for chart axes: 55.37亿 / 5.54 billion. */
export function formatCompact(value: number, lang: Lang): string {
  return joined(scaleNumber(value, lang, 'compact'));
}

export interface FigureValue {
  value: number;
  upper?: number | undefined;
  qualifier: Qualifier;
}

function formatZh({ value, upper, qualifier }: FigureValue, unit: Unit): string {
  const u = ZH_UNITS[unit];
  const n = joined(scaleNumber(value, 'zh'));
  if (unit === 'rank') return qualifier === 'atMost' ? `前${n}` : `第${n}`;
  switch (qualifier) {
    case 'exact':
      return `${n}${u}`;
    case 'nearly':
      return `近${n}${u}`;
    case 'over':
      return `${n}${u}以上`;
    case 'about':
      return `约${n}${u}`;
    case 'atMost':
      return `不超过${n}${u}`;
    case 'range':
      return `${n}至${joined(scaleNumber(upper ?? value, 'zh'))}${u}`;
  }
}

function enAmount(n: string, unit: Unit, plural: boolean): string {
  if (unit === 'yuan') return `CNY ${n}`;
  if (unit === 'percent') return `${n}%`;
  const [one, many] = EN_UNITS[unit];
  return `${n} ${plural ? many : one}`;
}

function formatEn({ value, upper, qualifier }: FigureValue, unit: Unit, style: Style): string {
  const s = scaleNumber(value, 'en', 'exact', style);
  const n = joined(s);
  if (unit === 'rank') return qualifier === 'atMost' ? `top ${n}` : `No. ${n}`;
  const amount = enAmount(n, unit, value !== 1);
  switch (qualifier) {
    case 'exact':
      return amount;
    case 'nearly':
      return `nearly ${amount}`;
    case 'over':
      return `over ${amount}`;
    case 'about':
      return `about ${amount}`;
    case 'atMost':
      return `at most ${amount}`;
    case 'range': {
      const hi = scaleNumber(upper ?? value, 'en', 'exact', style);
      // Same scale: "CNY 2 to 4 billion" (short: "CNY 2–4bn"); different scales: "CNY 500 million to 2 billion".
      const low = hi.scale === s.scale ? s.number : n;
      return enAmount(`${low}${style === 'short' ? '–' : ' to '}${joined(hi)}`, unit, true);
    }
  }
}

/** A figure's value with its unit and qualifier, as a reader of `lang` expects it. */
export function formatFigureValue(figure: FigureValue, unit: Unit, lang: Lang, style: Style = 'long'): string {
  return lang === 'zh' ? formatZh(figure, unit) : formatEn(figure, unit, style);
}

/** The unit on its own, for axis names: 元 / CNY, 户 / enterprises. */
export function unitLabel(unit: Unit, lang: Lang): string {
  if (lang === 'zh') return ZH_UNITS[unit];
  if (unit === 'yuan') return 'CNY';
  return EN_UNITS[unit][1];
}

/**
 * An indicator's name with its unit, as a chart's or legend's title: 产值（元）, Output value (CNY);
 * in English the unit left out where the name already has it as a word ("Enterprises", not
 * "Enterprises (enterprises)"); none where there is no unit (a rank). Chinese units are single
 * characters that names hold in other senses (人 in 就业人员), so they always stand.
 */
export function nameWithUnit(name: string, unit: Unit, lang: Lang): string {
  const word = unitLabel(unit, lang);
  if (!word) return name;
  if (lang === 'zh') return `${name}（${word}）`;
  return name
    .toLowerCase()
    .split(/[^a-z%]+/)
    .includes(word.toLowerCase())
    ? name
    : `${name} (${word})`;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** YYYY, YYYY-MM or YYYY-MM-DD as 2023年6月13日 / 13 June 2023. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? formatMonth(m, lang) : ''}${d ? `${d}日` : ''}`;
  const month = m ? formatMonth(m, lang) : undefined;
  return [d, month, y].filter((part) => part !== undefined).join(' ');
}

/** A month of the year (1–12) by its name: 6月 / June. */
export function formatMonth(month: number, lang: Lang): string {
  return lang === 'zh' ? `${month}月` : (EN_MONTHS[month - 1] ?? String(month));
}

/** English halves and quarters by their first and last month, as the short style writes them. */
const EN_PARTS: Record<string, string> = {
  '1-6': 'H1',
  '7-12': 'H2',
  '1-3': 'Q1',
  '4-6': 'Q2',
  '7-9': 'Q3',
  '10-12': 'Q4',
};

/**
 * A figure's period: a date as formatDate writes it, or months of one year (2023-01/2023-06) as
 * 2023年1–6月 / January–June 2023 (short: H1 2023; other months as Jan–Sep 2023).
 */
export function formatPeriod(period: string, lang: Lang, style: Style = 'long'): string {
  const [from, to] = period.split('/');
  if (!from || !to) return formatDate(period, lang);
  const year = from.slice(0, 4);
  const [first = 1, last = 1] = [from, to].map((month) => Number(month.slice(5, 7)));
  if (lang === 'zh') return `${year}年${first}–${last}月`;
  if (style === 'short') {
    const part = EN_PARTS[`${first}-${last}`];
    const month = (m: number) => formatMonth(m, lang).slice(0, 3);
    return `${part ?? `${month(first)}–${month(last)}`} ${year}`;
  }
  return `${formatMonth(first, lang)}–${formatMonth(last, lang)} ${year}`;
}
