/**
 * Renders its children only when the data they asked for is ready, and hands it to them typed:
 * no panel reads a file that may not be there. Otherwise a loading state, or a message naming each
 * failed file and what is wrong in it, with a retry.
 */
import type { ReactNode } from 'react';
import { FILE_NAMES, hasFiles, type DataKey } from '../data/format/files';
import { formatProblem, type DataProblem } from '../data/format/problems';
import { filesOf, useDataset, type ReadyFiles, type ReadyKey } from '../data/loading/use-dataset';
import { useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { Loading } from './loading';

export { Loading };

/** How many problems a panel lists before summing up the rest. */
const SHOWN_PROBLEMS = 5;

/** The data a gate hands its children: exactly the keys it was asked for. */
export type Ready<K extends ReadyKey> = Pick<ReadyFiles, K>;

export function DataGate<K extends ReadyKey>({
  need,
  loading = <Loading />,
  children,
}: {
  need: readonly K[];
  /**
   * What stands in while the data loads: the loading line, or better, in a box the size of what
   * will replace it (nothing moves then; see Placeholder).
   */
  loading?: ReactNode;
  children: (data: Ready<K>) => ReactNode;
}) {
  const { ready, failed, retry } = useDataset();
  if (hasFiles(ready, need)) return <>{children(ready)}</>;
  const files = [...new Set(need.flatMap(filesOf))];
  const failures = files.flatMap((key) => {
    const problems = failed[key];
    return problems ? [{ key, problems }] : [];
  });
  if (failures.length > 0) return <DataError failed={failures} onRetry={() => retry(failures.map((f) => f.key))} />;
  return <>{loading}</>;
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
