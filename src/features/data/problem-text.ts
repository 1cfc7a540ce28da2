/**
 * A data problem told to the person who fixes the file, in the page's language: where (row and
 * column as the spreadsheet numbers them, or the place in the JSON), what is wrong, the value
 * found, what is expected with an example, and a close known value where there is one. The
 * checks' own English stays available as the technical detail.
 */
import type { DataProblem } from '../../data/format/problems';
import type { Refusal } from '../../data/exchange/recognise';
import type { Unit } from '../../data/format/schema';
import { SCHEMA_VERSION, UNITS } from '../../data/format/vocabulary';
import { unitLabel, type Lang } from '../../i18n/format';
import { fill } from '../../i18n/messages';
import type { DataMessages } from './data-messages';

export interface ProblemText {
  where: string;
  /** What is wrong, the value found, what is expected, a suggestion: sentences in order. */
  parts: string[];
}

/** What the field expects: an id another file has, the options allowed, the field's own hint, else the type the check named. */
function expectation(m: DataMessages, p: DataProblem, list: (items: readonly string[]) => string): string | undefined {
  const d = p.detail;
  if (!d) return undefined;
  if (d.what === 'unknown-ref' && d.expected) return fill(m.problemRefIn, { file: d.expected });
  if (d.options) return fill(m.problemOptions, { options: list(d.options) });
  const hint = d.field ? m.fieldHint[d.field] : undefined;
  if (hint) return hint;
  return d.expected && d.what !== 'format' ? m.problemType[d.expected] : undefined;
}

/** Unit codes (persons/yuan) as the reader's words (人/元, people/CNY). */
function unitWords(codes: string | undefined, lang: Lang): string {
  return (codes ?? '')
    .split('/')
    .map((code) => (isUnit(code) && unitLabel(code, lang)) || code)
    .join('/');
}

const isUnit = (code: string): code is Unit => (UNITS as readonly string[]).includes(code);

export function problemText(
  m: DataMessages,
  p: DataProblem,
  list: (items: readonly string[]) => string,
  lang: Lang,
): ProblemText {
  const where =
    p.row !== undefined
      ? [fill(m.problemWhere.row, { row: p.row }), p.column && fill(m.problemWhere.column, { column: p.column })]
          .filter(Boolean)
          .join(' · ')
      : p.path || m.problemWhere.file;
  const d = p.detail;
  if (!d) return { where, parts: [p.message] };
  const parts = [
    fill(m.problemWhat[d.what], {
      limit: d.limit ?? '',
      field: d.field ?? '',
      found: d.what === 'unit-mismatch' ? unitWords(d.found, lang) : (d.found ?? ''),
      expected: d.what === 'unit-mismatch' ? unitWords(d.expected, lang) : (d.expected ?? ''),
    }),
  ];
  // These say what they found in their own words.
  const own = ['extra-field', 'missing-column', 'cells', 'qualifier-conflict', 'unit-mismatch'].includes(d.what);
  if (d.found !== undefined && !own)
    parts.push(
      d.found.trim() === ''
        ? p.row !== undefined
          ? m.problemEmpty
          : m.problemEmptyValue
        : fill(m.problemFound, { found: d.found }),
    );
  const expected = own || d.what === 'duplicate' ? undefined : expectation(m, p, list);
  if (expected) parts.push(fill(m.problemExpected, { hint: expected }));
  if (d.suggestion) parts.push(fill(m.problemSuggest, { suggestion: d.suggestion }));
  return { where, parts };
}

/** What a refused file's message says, in the page's language. */
export function refusalText(m: DataMessages, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'unknown-json':
      return fill(m.dataRefused[refusal.reason], { keys: refusal.keys.join(', ') || '—' });
    case 'unknown-csv':
      return fill(m.dataRefused[refusal.reason], { columns: refusal.columns.join(', ') || '—' });
    case 'newer-version':
      return fill(m.dataRefused[refusal.reason], { version: refusal.version, current: SCHEMA_VERSION });
    case 'same-kind':
      return fill(m.dataRefused[refusal.reason], {
        others: refusal.others.join(', '),
        kind: m.dataFileKind[refusal.kind],
      });
    default:
      return m.dataRefused[refusal.reason];
  }
}
