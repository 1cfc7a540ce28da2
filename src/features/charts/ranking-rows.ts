/** The ranking's rows: each 晋中 town's result, else its plan or target (drawn apart), else nothing. */
import type { FigureRow } from '../../charts/figure-rows';
import type { Indicator } from '../../data/schema';
import type { RankingRow } from '../../data/select';
import type { Text } from '../../data/schema';

export function rankingFigureRows(
  ranked: readonly RankingRow[],
  indicator: Indicator,
  text: (value: Text) => string,
): FigureRow[] {
  const rows = ranked.map((r) => ({
    key: r.town.id,
    townId: r.town.id,
    subject: text(r.town.name),
    indicator,
    figure: r.figure ?? r.planned[0] ?? null,
  }));
  // Results first (already ranked), then towns with only a plan or target, then the rest.
  const order = (row: FigureRow) => (row.figure === null ? 2 : row.figure.kind === 'actual' ? 0 : 1);
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => order(a.row) - order(b.row) || a.i - b.i)
    .map((x) => x.row);
}
