/** The bundled data as the tests expect the page to show it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
