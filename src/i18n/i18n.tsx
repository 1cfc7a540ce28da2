import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Text } from '../data/format/schema';
import { formatDate, formatFigureValue, formatPeriod, type FigureValue, type Lang } from './format';
import { MESSAGES, type Messages } from './messages';
import type { Unit } from '../data/format/schema';

export interface I18n {
  lang: Lang;
  t: Messages;
  /** Picks the reader's language from a bilingual text. */
  text: (value: Text) => string;
  value: (figure: FigureValue, unit: Unit) => string;
  date: (date: string) => string;
  /** A figure's period: a date, or months of one year (2023年1–6月). */
  period: (period: string) => string;
  /** The same in the short style of a small box (CNY 5.537bn, H1 2023): see format's Style. */
  short: { value: (figure: FigureValue, unit: Unit) => string; period: (period: string) => string };
  /** Items in a running list: 甲、乙、丙 / A, B, C. */
  list: (items: readonly string[]) => string;
}

export function makeI18n(lang: Lang): I18n {
  return {
    lang,
    t: MESSAGES[lang],
    text: (value) => value[lang],
    value: (figure, unit) => formatFigureValue(figure, unit, lang),
    date: (date) => formatDate(date, lang),
    period: (period) => formatPeriod(period, lang),
    short: {
      value: (figure, unit) => formatFigureValue(figure, unit, lang, 'short'),
      period: (period) => formatPeriod(period, lang, 'short'),
    },
    list: (items) => items.join(lang === 'zh' ? '、' : ', '),
  };
}

const I18nContext = createContext<I18n>(makeI18n('zh'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A part's own messages (`defineMessages`) in the reader's language. */
export function useMessages<M>(table: { readonly zh: M; readonly en: M }): M {
  return table[useContext(I18nContext).lang];
}
