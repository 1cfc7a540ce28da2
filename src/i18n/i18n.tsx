import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Text } from '../data/format/schema';
import { formatDate, formatFigureValue, formatPeriod, type FigureValue, type Lang } from './format';
import { zh, type Messages } from './messages';
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

/** The messages of each language read so far: Chinese is in the first view, English comes on demand. */
const MESSAGES: Partial<Record<Lang, Messages>> = { zh };

export const messagesLoaded = (lang: Lang): boolean => MESSAGES[lang] !== undefined;

/** Reads a language's messages (English: messages-en, a chunk of its own), once. */
export async function loadMessages(lang: Lang): Promise<void> {
  if (!messagesLoaded(lang)) MESSAGES.en = (await import('./messages-en')).en;
}

/** The text and formats of a language whose messages are in (loadMessages). */
export function makeI18n(lang: Lang): I18n {
  const t = MESSAGES[lang];
  if (!t) throw new Error(`The ${lang} messages are not loaded yet (i18n's loadMessages)`);
  return {
    lang,
    t,
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

/**
 * The page's language. Until the messages of the one asked for are in (a switch to English, the
 * first time), the page stays in Chinese; boot reads them before the first render when the address
 * asks for English, so that a page opened in English is never drawn in Chinese first.
 */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [, setLoaded] = useState(0);
  const shown = messagesLoaded(lang) ? lang : 'zh';
  useEffect(() => {
    if (shown === lang) return;
    let live = true;
    void loadMessages(lang).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang, shown]);
  const value = useMemo(() => makeI18n(shown), [shown]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A part's own messages (`defineMessages`) in the reader's language. */
export function useMessages<M>(table: { readonly zh: M; readonly en: M }): M {
  return table[useContext(I18nContext).lang];
}
