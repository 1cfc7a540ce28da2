/**
 * A figure as people write it in a spreadsheet cell, read into base units: `55.37亿` (yuan),
 * `8841人`, `2万`, `206户`, `60%`, `1,300,000,000`, `20亿至40亿`. A qualifier word in the cell
 * (近 nearly; 以上, 余, 多, 超过, 逾 over; 约, 左右 about; 以内 at most) is returned with the number,
 * for the qualifier column to take when it is empty or to be checked against when it is not; the
 * unit word (元, 人, 户…) for a check against the indicator's unit. Nothing is guessed: a cell that
 * is not read whole is returned as null and reported as it is.
 */
import type { Qualifier, Unit } from '../format/schema';

export interface WrittenValue {
  value: number;
  /** The upper end, for a range written as `20亿至40亿` or `20-40亿`. */
  upper?: number;
  /** The qualifier its words give, if any. */
  qualifier?: Qualifier;
  /** The unit its words give, if any (a word such as 个 may fit several units). */
  units?: readonly Unit[];
}

const MAGNITUDES: [string, number][] = [
  ['万亿', 12],
  ['千万', 7],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

/** Unit words, longest first, and the units each can stand for. */
const UNIT_WORDS: [string, Unit[]][] = [
  ['平方米', ['squareMetres']],
  ['个国家', ['countries']],
  ['人民币', ['yuan']],
  ['㎡', ['squareMetres']],
  ['元', ['yuan']],
  ['人', ['persons']],
  ['户', ['enterprises']],
  ['家', ['enterprises']],
  ['吨', ['tonnes']],
  ['项', ['items', 'projects']],
  ['条', ['lines']],
  ['名', ['rank', 'persons']],
  ['个', ['towns', 'enterprises', 'items', 'countries', 'businesses', 'projects']],
  ['%', ['percent']],
];

const BEFORE: [string, Qualifier][] = [
  ['超过', 'over'],
  ['大约', 'about'],
  ['近', 'nearly'],
  ['约', 'about'],
  ['逾', 'over'],
  ['超', 'over'],
];
const AFTER: [string, Qualifier][] = [
  ['以上', 'over'],
  ['左右', 'about'],
  ['以内', 'atMost'],
  ['余', 'over'],
  ['多', 'over'],
];

/** Full-width digits and signs as ASCII; spaces and thousands separators dropped. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/[，,](?=\d{3}(\D|$))/g, '')
    .replace(/\s+/g, '');
}

/** `55.37` and a power of ten as an exact number: the digits shifted, not a float multiplied. */
function scaled(digits: string, power: number): number {
  const [whole = '', fraction = ''] = digits.split('.');
  const integer = Number(`${whole}${fraction}`);
  const shift = power - fraction.length;
  return shift >= 0 ? integer * 10 ** shift : integer / 10 ** -shift;
}

interface Part {
  value: number;
  /** Whether the number carried its own magnitude (万, 亿…). */
  magnitude: number | null;
  rest: string;
}

/** A number at the start of `text` with its magnitude word, and what follows. */
function number(text: string): Part | null {
  const match = /^(\d+(?:\.\d+)?)/.exec(text);
  if (!match?.[1]) return null;
  let rest = text.slice(match[1].length);
  const magnitude = MAGNITUDES.find(([word]) => rest.startsWith(word));
  if (magnitude) rest = rest.slice(magnitude[0].length);
  return { value: scaled(match[1], magnitude?.[1] ?? 0), magnitude: magnitude?.[1] ?? null, rest };
}

function take<T>(text: string, words: readonly [string, T][]): [T | undefined, string] {
  const found = words.find(([word]) => text.startsWith(word));
  return found ? [found[1], text.slice(found[0].length)] : [undefined, text];
}

/** Reads a written value; null when the cell is not a number as people write one. */
export function readWrittenValue(cell: string): WrittenValue | null {
  let text = normalise(cell);
  if (text === '') return null;
  let qualifier: Qualifier | undefined;
  [qualifier, text] = take(text, BEFORE);
  const first = number(text);
  if (!first) return null;
  text = first.rest;
  let value = first.value;
  let upper: number | undefined;
  // A range: 20亿至40亿, 20-40亿, 20～40亿元 (the first end takes the second's magnitude when it has none).
  const dash = /^(至|到|-|~|～|—|–)/.exec(text);
  if (dash?.[1]) {
    const second = number(text.slice(dash[1].length));
    if (!second || qualifier) return null;
    if (first.magnitude === null && second.magnitude !== null) value = scaled(String(first.value), second.magnitude);
    upper = second.value;
    qualifier = 'range';
    text = second.rest;
  }
  // 200余户, 10个以上, 2万余人, 8841人左右: the qualifier word before or after the unit word.
  let after: Qualifier | undefined;
  [after, text] = take(text, AFTER);
  const [units, afterUnit] = take(text, UNIT_WORDS);
  text = afterUnit;
  if (!after) [after, text] = take(text, AFTER);
  if (text !== '') return null;
  if (after) {
    if (qualifier) return null;
    qualifier = after;
  }
  return {
    value,
    ...(upper === undefined ? {} : { upper }),
    ...(qualifier ? { qualifier } : {}),
    ...(units ? { units } : {}),
  };
}
