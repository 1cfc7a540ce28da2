/** What the programme chart shows (the scale chart's subjects: data/domain/side-by-side). Pure. */
import { aboutJinzhong } from '../../data/domain/figures';
import type { Designation, Figure } from '../../data/format/schema';

/** The programme chart's height on the page (its place is kept at that height before it is drawn). */
export const PROGRAMME_CHART_HEIGHT = 340;

export interface ProgrammeFigure {
  figure: Figure;
  level: Designation['level'];
  status: Designation['status'];
  year: string;
}

/** 晋中's specialty-town programme in figures: counts by level and stage, results and targets. */
export function programmeFigures(figures: readonly Figure[]): ProgrammeFigure[] {
  return figures.flatMap((figure) => {
    const { programme, subject, period } = figure;
    const jinzhong = aboutJinzhong(subject) || subject.type === 'group';
    return programme && jinzhong && period
      ? [{ figure, level: programme.level, status: programme.status, year: period.slice(0, 4) }]
      : [];
  });
}
