/**
 * A small dataset written here, for tests of option builders and derivations: their results do
 * not change when the curated data in public/data is edited. The values echo the kinds of figure
 * the sources give (a whole industry's output, a narrower scope, a planned range, a lower bound),
 * but the tests assert only what the builders make of them.
 */
import { createDatasetIndex } from '../../../src/data/domain/dataset-index';
import type { Article, Figure, Group, Indicator, Town, Unit } from '../../../src/data/format/schema';

export function indicator(id: string, unit: Unit, zh: string, en: string, ranking = true): Indicator {
  return { id, name: { zh, en }, unit, ranking, description: { zh, en } };
}

export const INDICATORS = {
  outputValue: indicator('outputValue', 'yuan', '产值', 'Output value'),
  enterprises: indicator('enterprises', 'enterprises', '企业数', 'Enterprises'),
  aboveScaleEnterprises: indicator('aboveScaleEnterprises', 'enterprises', '规上企业数', 'Above-scale enterprises'),
  employment: indicator('employment', 'persons', '从业人数', 'Employment'),
  towns: indicator('towns', 'towns', '专业镇数量', 'Specialty towns', false),
};

export function town(id: string, zh: string, en: string, county = '140702', inJinzhong = true): Town {
  return {
    id,
    name: { zh, en },
    industry: { zh, en },
    industryGroups: ['metals-machinery'],
    county: { code: county, name: { zh: `${zh}县`, en: `${en} County` } },
    inJinzhong,
    location: { lon: 112.7, lat: 37.7, precision: 'county-seat' },
    designations: [],
    facts: [],
    summary: { zh, en },
  };
}

export function figure(id: string, patch: Partial<Figure>): Figure {
  return {
    id,
    subject: { type: 'town', town: 'yuci' },
    scope: null,
    indicator: 'outputValue',
    value: 1,
    qualifier: 'exact',
    kind: 'actual',
    period: '2022',
    note: null,
    source: { article: 'a1', quote: '测试' },
    ...patch,
  };
}

export const TOWNS: Town[] = [
  town('yuci', '榆次纺机液压', 'Yuci textile machinery', '140702'),
  town('jiexiu', '介休碳素', 'Jiexiu carbon', '140781'),
  town('zuoquan', '左权乳胶', 'Zuoquan latex', '140722'),
  town('yushe', '榆社医药', 'Yushe medicine', '140721'),
  town('elsewhere', '外地专业镇', 'A town elsewhere', '140100', false),
];

export const GROUPS: Group[] = [
  { id: 'key-three', name: { zh: '3个重点专业镇', en: 'Three key towns' }, members: ['yuci', 'jiexiu', 'zuoquan'] },
];

const part = { zh: '部分企业', en: 'Some firms' };
const whenBuilt = { zh: '项目建成后', en: 'When built' };

export const FIGURES: Figure[] = [
  figure('yuci-output', { value: 5537000000 }),
  figure('yuci-zone-output', { value: 1300000000, scope: part }),
  figure('yuci-enterprises', { indicator: 'enterprises', value: 206 }),
  figure('yuci-zone-enterprises', { indicator: 'enterprises', value: 60, qualifier: 'over', scope: part }),
  figure('jiexiu-output', { subject: { type: 'town', town: 'jiexiu' }, value: 3850000000, scope: part }),
  figure('zuoquan-output', {
    subject: { type: 'town', town: 'zuoquan' },
    value: 2000000000,
    upper: 4000000000,
    qualifier: 'range',
    kind: 'plan',
    period: null,
    scope: whenBuilt,
  }),
  figure('zuoquan-employment', {
    subject: { type: 'town', town: 'zuoquan' },
    indicator: 'employment',
    value: 10000,
    qualifier: 'over',
    kind: 'plan',
    period: null,
    scope: whenBuilt,
  }),
  figure('group-enterprises', {
    subject: { type: 'group', group: 'key-three' },
    indicator: 'enterprises',
    value: 200,
    qualifier: 'over',
  }),
  figure('provincial-count', {
    subject: { type: 'group', group: 'key-three' },
    indicator: 'towns',
    value: 3,
    programme: { level: 'provincial', status: 'designated' },
  }),
  figure('city-shortlist', {
    subject: { type: 'city' },
    indicator: 'towns',
    value: 6,
    programme: { level: 'city', status: 'shortlisted' },
  }),
  figure('city-first', {
    subject: { type: 'city' },
    indicator: 'towns',
    value: 2,
    period: '2023',
    programme: { level: 'city', status: 'designated' },
  }),
  figure('city-target', {
    subject: { type: 'city' },
    indicator: 'towns',
    value: 10,
    qualifier: 'over',
    kind: 'target',
    period: '2023',
    programme: { level: 'city', status: 'designated' },
  }),
];

export const fixtureIndex = () => createDatasetIndex(TOWNS, FIGURES, [article('a1')]);

export function fixtureFigure(id: string): Figure {
  const found = FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`no fixture figure ${id}`);
  return found;
}

export function article(id: string, patch: Partial<Article> = {}): Article {
  return {
    id,
    outlet: { zh: '报', en: 'Paper' },
    outletKind: 'newspaper',
    outletUrl: null,
    printedIn: null,
    title: null,
    titleEn: null,
    description: null,
    date: '2023-01-01',
    dateNote: null,
    authors: [],
    url: null,
    page: null,
    summary: { zh: '摘要', en: 'Summary' },
    readAt: null,
    ...patch,
  };
}
