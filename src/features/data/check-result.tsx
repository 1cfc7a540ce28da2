/** What the Data page shows of a check: its progress, then the files as recognised, the values read and the problems. */
import type { CheckProgress, CheckResult } from '../../data/exchange/check-files';
import { FIGURES_CSV, type Conversion } from '../../data/exchange/figures-csv';
import { givenName, type GivenFile } from '../../data/exchange/recognise';
import { DATA_KEYS, FILE_NAMES } from '../../data/format/files';
import { formatProblem, type DataProblem } from '../../data/format/problems';
import type { Indicator } from '../../data/format/schema';
import { useDataset } from '../../data/loading/use-dataset';
import { unitLabel } from '../../i18n/format';
import { useI18n, useMessages } from '../../i18n/i18n';
import { fill } from '../../i18n/messages';
import { checkOutcome } from './check-outcome';
import { DataDiff, type PreviewPlace } from './data-diff';
import { DATA_MESSAGES } from './data-messages';
import { problemText, refusalText } from './problem-text';

/** While a check runs: how far it is, and a way to stop it. */
export function CheckProgressBar({ progress, onCancel }: { progress: CheckProgress | null; onCancel: () => void }) {
  const m = useMessages(DATA_MESSAGES);
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="check-progress" role="status">
      <label>
        {fill(m.dataChecking, { percent })}
        <progress max={100} value={percent} />
      </label>
      <button type="button" className="secondary" onClick={onCancel}>
        {m.dataCancel}
      </button>
    </div>
  );
}

/** Each given file: what it was recognised as and in which encoding it was read, or why it was refused. */
function GivenFiles({ given }: { given: readonly GivenFile[] }) {
  const m = useMessages(DATA_MESSAGES);
  return (
    <ul className="given-files">
      {given.map((file, i) => (
        <li key={i} className={file.refusal ? 'refused' : undefined}>
          <code>{file.name}</code>:{' '}
          {file.refusal
            ? refusalText(m, file.refusal)
            : file.kind &&
              (file.sheet !== undefined
                ? fill(m.dataRecognisedSheet, { kind: m.dataFileKind[file.kind], sheet: file.sheet })
                : file.encoding &&
                  fill(m.dataRecognised, { kind: m.dataFileKind[file.kind], encoding: m.dataEncoding[file.encoding] }))}
        </li>
      ))}
    </ul>
  );
}

/** How many problems of one file are listed at most. */
const MAX_LISTED = 1000;

/** One problem: where, what, found, expected, suggestion in the page's language; the checks' own words below. */
function ProblemItem({ problem }: { problem: DataProblem }) {
  const { lang, list } = useI18n();
  const m = useMessages(DATA_MESSAGES);
  const { where, parts } = problemText(m, problem, list, lang);
  const joined = parts.join(lang === 'zh' ? '；' : '; ');
  const end = /[?？]$/.test(joined) ? '' : lang === 'zh' ? '。' : '.';
  return (
    <li>
      <strong>{where}</strong>
      {lang === 'zh' ? '：' : ': '}
      {joined}
      {end}
      <details>
        <summary>{m.problemTechnical}</summary>
        <code lang="en">{formatProblem(problem)}</code>
      </details>
    </li>
  );
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** Cells written as people write them (55.37亿, 近20万人) and what they were read as, for the maintainer to see. */
function Conversions({
  conversions,
  indicators,
}: {
  conversions: readonly Conversion[];
  indicators: readonly Indicator[];
}) {
  const { t, lang } = useI18n();
  const m = useMessages(DATA_MESSAGES);
  if (conversions.length === 0) return null;
  return (
    <section className="conversions" aria-labelledby="conversions-title">
      <h4 id="conversions-title">{fill(m.dataConversions, { count: conversions.length })}</h4>
      <ul className="all-problems" tabIndex={0} aria-labelledby="conversions-title">
        {conversions.map((c, i) => {
          const unit = indicators.find((indicator) => indicator.id === c.indicator)?.unit;
          const range = c.upper === undefined ? '' : `${m.dataRangeTo}${grouped.format(c.upper)}`;
          return (
            <li key={i}>
              {fill(m.problemWhere.row, { row: c.row })} · {c.column}: {c.written} → {grouped.format(c.value)}
              {range} {unit ? unitLabel(unit, lang) : ''}
              {c.qualifier && ` · ${t.qualifierLabel} ${c.qualifier}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The result of a check: the files as recognised, the values read, and whether the dataset may be previewed or why not. */
export function LoadResult({
  loaded,
  onPreview,
}: {
  loaded: CheckResult;
  /** Preview the checked data, opened at a place when given. */
  onPreview: (place?: PreviewPlace) => void;
}) {
  const m = useMessages(DATA_MESSAGES);
  const { published } = useDataset();
  const { read, given } = loaded;
  const { data, refused, none, count, byFile } = checkOutcome(loaded);
  return (
    <div className="load-result">
      <GivenFiles given={given} />
      <Conversions
        conversions={read.conversions}
        indicators={(read.data?.dataset ?? published.dataset)?.indicators ?? []}
      />
      <ul className="file-origins">
        {DATA_KEYS.map((key) => (
          <li key={key}>
            <code>{givenName(given, key === 'figures' && read.figuresFromCsv ? FIGURES_CSV : FILE_NAMES[key])}</code>:{' '}
            {m.dataOrigin[read.origin[key]]}
          </li>
        ))}
      </ul>
      {data ? (
        <>
          <p className="data-valid" role="status">
            {fill(m.dataValid, {
              towns: data.towns.towns.length,
              figures: data.figures.figures.length,
              articles: data.articles.articles.length,
            })}
          </p>
          <button type="button" onClick={() => onPreview()}>
            {m.dataPreview}
          </button>
          {loaded.diff && published.dataset && (
            <DataDiff
              diff={loaded.diff}
              indicators={{ before: published.dataset.indicators, after: data.dataset.indicators }}
              onOpen={onPreview}
            />
          )}
        </>
      ) : (
        <div className="data-error" role="alert">
          <p className="data-error-title">
            <strong>{count > 0 ? fill(m.dataInvalid, { count }) : m.dataNoneUsed}</strong>
          </p>
          {refused > 0 && <p>{fill(m.dataRefusedCount, { count: refused })}</p>}
          {none && count > 0 && <p>{m.dataNoneUsed}</p>}
          {[...byFile].map(([file, problems]) => (
            <section key={file} aria-label={file}>
              <h4>
                <code>{file}</code> · {fill(m.dataProblemsInFile, { count: problems.length })}
              </h4>
              {/* The problems, in a list that scrolls (and takes keyboard focus to scroll) when long; beyond
                  a thousand (a big file with one mistake on every row), the count of the rest. */}
              <ul className="data-error-problems all-problems" tabIndex={0} aria-label={file}>
                {problems.slice(0, MAX_LISTED).map((problem, i) => (
                  <ProblemItem key={i} problem={problem} />
                ))}
              </ul>
              {problems.length > MAX_LISTED && (
                <p>{fill(m.dataProblemsMore, { count: problems.length - MAX_LISTED })}</p>
              )}
            </section>
          ))}
          <p>{m.dataPublishedIntact}</p>
        </div>
      )}
    </div>
  );
}
