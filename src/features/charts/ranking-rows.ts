/** The ranking as text rows: what the chart draws, its table shows and its description reads. */
import type { Figure, Indicator } from '../../data/schema';
import type { RankingRow } from '../../data/select';
import type { I18n } from '../../i18n/i18n';

export interface RankingTextRow {
  townId: string;
  town: string;
  /** The value ranked (lower end for ranges and bounds), or null when not reported. */
  value: number | null;
  /** The value as a reader sees it, with qualifier and unit, or "not reported" (+ any plan). */
  label: string;
  scope: string | null;
  period: string | null;
  source: Figure['source'] | null;
}

export function rankingTextRows(rows: readonly RankingRow[], indicator: Indicator, i18n: I18n): RankingTextRow[] {
  const { t, text, value, date } = i18n;
  return rows.map(({ town, figure, planned }) => {
    if (!figure) {
      const plan = planned[0];
      return {
        townId: town.id,
        town: text(town.name),
        value: null,
        label: plan ? `${t.notReported} (${t.kind[plan.kind]}: ${value(plan, indicator.unit)})` : t.notReported,
        scope: null,
        period: null,
        source: null,
      };
    }
    return {
      townId: town.id,
      town: text(town.name),
      value: figure.value,
      label: value(figure, indicator.unit),
      scope: figure.scope ? text(figure.scope) : null,
      period: figure.period ? date(figure.period) : null,
      source: figure.source,
    };
  });
}
