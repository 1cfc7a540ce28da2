/**
 * Renders its children only when the data files they need are ready; otherwise a loading
 * state, or a message naming each failed file and what is wrong in it, with a retry.
 */
import type { ReactNode } from 'react';
import { FILE_NAMES, type DataKey } from '../data/files';
import { formatProblem, type DataProblem } from '../data/problems';
import { useDataset, type FileState } from '../data/use-dataset';
import { fill } from '../i18n/messages';
import { useI18n } from '../i18n/i18n';
import { Loading } from './loading';

export { Loading };

/** How many problems a panel lists before summing up the rest. */
const SHOWN_PROBLEMS = 5;

/** The data of a file its gate has already checked to be ready. */
export function readyData<T>(state: FileState<T>): T {
  if (state.status !== 'success') throw new Error('readyData used outside a DataGate that needs this file');
  return state.data;
}

/** The dataset, towns and figures, for a panel inside a DataGate that needs those three files. */
export function useTownFigures() {
  const { files } = useDataset();
  return {
    meta: readyData(files.dataset),
    towns: readyData(files.towns).towns,
    figures: readyData(files.figures).figures,
  };
}

export function DataGate({
  need,
  placeholder,
  children,
}: {
  need: readonly DataKey[];
  /** A class that gives the loading state the size of what will replace it (nothing moves then). */
  placeholder?: string;
  children: () => ReactNode;
}) {
  const { files, retry } = useDataset();
  const states = need.map((key) => ({ key, state: files[key] }));
  const failed = states.flatMap(({ key, state }) =>
    state.status === 'error' ? [{ key, problems: state.problems }] : [],
  );
  if (failed.length > 0) return <DataError failed={failed} onRetry={() => retry(failed.map((f) => f.key))} />;
  if (states.some(({ state }) => state.status === 'pending'))
    return placeholder ? <Placeholder className={placeholder} /> : <Loading />;
  return <>{children()}</>;
}

/** The loading line in a box the size of what will replace it. */
export function Placeholder({ className }: { className: string }) {
  return (
    <div className={className}>
      <Loading />
    </div>
  );
}

export function DataError({
  failed,
  onRetry,
}: {
  failed: { key: DataKey; problems: DataProblem[] }[];
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="data-error" role="alert">
      <p className="data-error-title">
        <strong>{t.errorTitle}</strong>: {failed.map((f) => FILE_NAMES[f.key]).join(', ')}
      </p>
      {failed.map(({ key, problems }) => (
        <div key={key}>
          {[...new Set(problems.map((p) => p.kind))].map((kind) => (
            <p key={kind} className="data-error-kind">
              {FILE_NAMES[key]}: {t.problemKind[kind]}
            </p>
          ))}
          <ul className="data-error-problems">
            {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              <li key={i}>
                <code lang="en">{formatProblem(p)}</code>
              </li>
            ))}
            {problems.length > SHOWN_PROBLEMS && (
              <li>{fill(t.errorMore, { count: problems.length - SHOWN_PROBLEMS })}</li>
            )}
          </ul>
        </div>
      ))}
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
