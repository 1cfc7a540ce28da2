/** The bundled data as the tests expect the page to show it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataFiles } from '../../src/data/format/parse';
import type { Article, Figure } from '../../src/data/format/schema';
import { formatFigureValue } from '../../src/i18n/format';
import { subjectTown } from '../../src/data/domain/figures';

const dir = join(import.meta.dirname, '../../public/data');

export function dataFile(file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export interface TownRecord {
  id: string;
  name: { zh: string; en: string };
  inJinzhong: boolean;
  county: { code: string };
}

export const towns: TownRecord[] = JSON.parse(dataFile('towns.json')).towns;
export const jinzhongTowns = towns.filter((t) => t.inJinzhong);
export const articleCount: number = JSON.parse(dataFile('articles.json')).articles.length;

/** The bundled files parsed as the app parses them, for the figures the tests expect to see. */
const bundled = parseDataFiles(dataFile);

function figureRecord(id: string): Figure {
  const figure = bundled.figures.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`figures.json has no figure ${id}`);
  return figure;
}

/**
 * Figure `id`'s value as the page writes it (the app's own formatting, tested on its own in
 * tests/unit/i18n): "55.37亿元", "近20万人", "CNY 5.537 billion". Tests read it here, so that a
 * figure corrected in the data changes what they expect with it.
 */
export function shown(id: string, lang: 'zh' | 'en' = 'zh'): string {
  const figure = figureRecord(id);
  const unit = bundled.dataset.indicators.find((i) => i.id === figure.indicator)?.unit;
  if (!unit) throw new Error(`dataset.json has no indicator ${figure.indicator} (figure ${id})`);
  return formatFigureValue(figure, unit, lang);
}

/** Article `id` of articles.json, as the app reads it (its title, or our description of it). */
export function articleOf(id: string): Article {
  const article = bundled.articles.articles.find((a) => a.id === id);
  if (!article) throw new Error(`articles.json has no article ${id}`);
  return article;
}

/** The figures about town `id` (its own, and its enterprises'), as its profile lists them. */
export const figuresOfTown = (id: string): Figure[] =>
  bundled.figures.figures.filter((f) => subjectTown(f.subject) === id);

/** The ids of the headline figures (dataset.json). */
export const headlineIds: readonly string[] = bundled.dataset.headlines;

/** The sentence figure `id` was reported in, verbatim. */
export const quoteOf = (id: string): string => figureRecord(id).source.quote;

/** `text` matched literally inside a regular expression (a figure's "55.37" has a dot). */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
