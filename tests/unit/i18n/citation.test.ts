/**
 * The reference "copy citation" writes for each kind of source, from a table of expected strings:
 * GB/T 7714-2015 in Chinese ([N], [N/OL], [EB/OL]; unknown elements left out; a title always;
 * Latin names as WANG K J), the plain style in English.
 */
import { describe, expect, it } from 'vitest';
import { articleTitle, citeArticle, standardName } from '../../../src/i18n/citation';
import type { Article } from '../../../src/data/format/schema';
import { article } from '../support/fixtures';

const CITED = '2026-11-29';

const KINDS: { kind: string; source: Article; zh: string; en: string }[] = [
  {
    kind: 'a printed newspaper article: [N], no address and none invented',
    source: article('jzrb', {
      outlet: { zh: '晋中日报', en: 'Jinzhong Daily' },
      title: '发挥特色优势 锻造发展长板',
      date: '2023-02',
      authors: ['李晓雯', '吴一飞'],
    }),
    zh: '李晓雯, 吴一飞. 发挥特色优势 锻造发展长板[N]. 晋中日报, 2023-02.',
    en: '李晓雯, 吴一飞. "发挥特色优势 锻造发展长板". Jinzhong Daily, February 2023.',
  },
  {
    kind: "a newspaper's online edition: [N/OL], page, date cited, address",
    source: article('gmrb', {
      outlet: { zh: '光明日报', en: 'Guangming Daily' },
      title: '特色专业镇其兴可待',
      titleEn: 'Specialty towns on the rise',
      date: '2023-08-24',
      page: '5',
      authors: ['陈奕彤', '杨珏'],
      url: 'https://news.gmw.cn/2023-08/24/content_36784253.htm',
    }),
    zh: '陈奕彤, 杨珏. 特色专业镇其兴可待[N/OL]. 光明日报, 2023-08-24(5)[2026-11-29]. https://news.gmw.cn/2023-08/24/content_36784253.htm.',
    en: '陈奕彤, 杨珏. "特色专业镇其兴可待" (Specialty towns on the rise). Guangming Daily, 24 August 2023, p. 5. https://news.gmw.cn/2023-08/24/content_36784253.htm. Accessed 29 November 2026.',
  },
  {
    kind: 'an English newspaper article by a pinyin-named author: WANG K J',
    source: article('chinadaily', {
      outlet: { zh: '中国日报', en: 'China Daily' },
      title: "Qixian's glassware heralds global presence",
      date: '2023-12-12',
      authors: ['Wang Keju'],
      url: 'https://chinadailyhk.com/hk/article/366228',
    }),
    zh: "WANG K J. Qixian's glassware heralds global presence[N/OL]. 中国日报, 2023-12-12[2026-11-29]. https://chinadailyhk.com/hk/article/366228.",
    en: 'Wang Keju. "Qixian\'s glassware heralds global presence". China Daily, 12 December 2023. https://chinadailyhk.com/hk/article/366228. Accessed 29 November 2026.',
  },
  {
    kind: 'a web page: [EB/OL] with the site as publisher, not a newspaper',
    source: article('xinhuanet', {
      outlet: { zh: '新华网山西频道', en: 'Xinhuanet (Shanxi channel)' },
      outletKind: 'website',
      title: '镇里的玻璃反射了百年的光',
      date: '2023-10-08',
      page: '3',
      url: 'http://sx.xinhuanet.com/20231008/f50a256c4a1a446f8e2d354cb17b6400/c.html',
    }),
    zh: '镇里的玻璃反射了百年的光[EB/OL]. 新华网山西频道, 2023-10-08[2026-11-29]. http://sx.xinhuanet.com/20231008/f50a256c4a1a446f8e2d354cb17b6400/c.html.',
    en: '"镇里的玻璃反射了百年的光". Xinhuanet (Shanxi channel), 8 October 2023. http://sx.xinhuanet.com/20231008/f50a256c4a1a446f8e2d354cb17b6400/c.html. Accessed 29 November 2026.',
  },
  {
    kind: "a news agency's wire read online, untitled: [EB/OL] and our description in brackets",
    source: article('xinhua-en', {
      outlet: { zh: '新华社', en: 'Xinhua News Agency' },
      outletKind: 'agency',
      description: { zh: '关于祁县人工吹制玻璃器皿的英文报道', en: "report on Qixian's hand-blown glassware" },
      date: '2026-02-21',
      url: 'https://english.news.cn/20260221/802b1f27768b4193b984d7ef8e70e4d8/c.html',
    }),
    zh: '[关于祁县人工吹制玻璃器皿的英文报道][EB/OL]. 新华社, 2026-02-21[2026-11-29]. https://english.news.cn/20260221/802b1f27768b4193b984d7ef8e70e4d8/c.html.',
    en: "[report on Qixian's hand-blown glassware]. Xinhua News Agency, 21 February 2026. https://english.news.cn/20260221/802b1f27768b4193b984d7ef8e70e4d8/c.html. Accessed 29 November 2026.",
  },
  {
    kind: "a wire story on a newspaper's printed page: [N], the newspaper as publisher",
    source: article('xinhua-print', {
      outlet: { zh: '新华社', en: 'Xinhua News Agency' },
      outletKind: 'agency',
      printedIn: { zh: '晋中日报', en: 'Jinzhong Daily' },
      title: '三晋有花 处处芬芳',
      date: '2023-02',
      authors: ['柴海亮', '梁晓飞', '王劲玉'],
    }),
    zh: '柴海亮, 梁晓飞, 王劲玉. 三晋有花 处处芬芳[N]. 晋中日报, 2023-02.',
    en: '柴海亮, 梁晓飞, 王劲玉. "三晋有花 处处芬芳". Xinhua News Agency, in Jinzhong Daily, February 2023.',
  },
  {
    kind: 'a page naming no outlet, read at a copy: no publisher, the date in brackets, the copy said',
    source: article('portal', {
      outlet: { zh: '未注明媒体', en: 'Outlet not named' },
      outletKind: 'none',
      description: { zh: '新闻发布会的报道', en: 'report on a press conference' },
      date: '2025-10-24',
      readAt: { url: 'http://cx.example.cn/32993.html', site: 'cx.example.cn', authority: 'unknown' },
    }),
    zh: '[新闻发布会的报道][EB/OL]. (2025-10-24)[2026-11-29]. http://cx.example.cn/32993.html.（所引为cx.example.cn上的副本）',
    en: '[report on a press conference]. 24 October 2025. http://cx.example.cn/32993.html (a copy on cx.example.cn). Accessed 29 November 2026.',
  },
  {
    kind: "an online outlet's article read at a copy: [EB/OL] at the copy, said to be one",
    source: article('copy', {
      outlet: { zh: '红星新闻', en: 'Red Star News' },
      outletKind: 'website',
      description: { zh: '祁县玻璃器皿全产业链的报道', en: "report on Qixian's glassware industry chain" },
      date: '2024-03',
      readAt: { url: 'http://www.17168cn.cn/weixiu/153494.html', site: 'www.17168cn.cn', authority: 'mirror' },
    }),
    zh: '[祁县玻璃器皿全产业链的报道][EB/OL]. 红星新闻, 2024-03[2026-11-29]. http://www.17168cn.cn/weixiu/153494.html.（所引为www.17168cn.cn上的副本）',
    en: "[report on Qixian's glassware industry chain]. Red Star News, March 2024. http://www.17168cn.cn/weixiu/153494.html (a copy on www.17168cn.cn). Accessed 29 November 2026.",
  },
  {
    kind: 'an article from a version-2 file (kind unknown, no description): a newspaper, titled by its outlet',
    source: article('old', {
      outlet: { zh: '晋中晚报', en: 'Jinzhong Evening News' },
      outletKind: null,
      date: '2023-06-13',
      url: 'http://jzxww.com.cn/conn/2023-06/13/content_165571.htm',
    }),
    zh: '[晋中晚报的报道][N/OL]. 晋中晚报, 2023-06-13[2026-11-29]. http://jzxww.com.cn/conn/2023-06/13/content_165571.htm.',
    en: '[report in Jinzhong Evening News]. Jinzhong Evening News, 13 June 2023. http://jzxww.com.cn/conn/2023-06/13/content_165571.htm. Accessed 29 November 2026.',
  },
];

describe('a source as a reference', () => {
  for (const { kind, source, zh, en } of KINDS)
    it(kind, () => {
      expect(citeArticle(source, 'zh', CITED)).toBe(zh);
      expect(citeArticle(source, 'en', CITED)).toBe(en);
    });

  it('lists three authors, then 等 / et al.', () => {
    const many = article('many', { title: '题', date: '2023-02', authors: ['甲', '乙', '丙', '丁'] });
    expect(citeArticle(many, 'zh', CITED)).toBe('甲, 乙, 丙, 等. 题[N]. 报, 2023-02.');
    expect(citeArticle(many, 'en', CITED)).toBe('甲, 乙, 丙, et al. "题". Paper, February 2023.');
  });
});

describe('Latin-script names in the standard’s form', () => {
  it.each([
    ['Wang Keju', 'WANG K J'],
    ['Zhang Fushuan', 'ZHANG F S'],
    ["Li Xi'an", 'LI X A'],
    ['Ouyang Xiu', 'OUYANG X'],
    ['Mary Ann Smith', 'SMITH M A'],
    ['Jean-Paul Sartre', 'SARTRE J P'],
    ['王劲玉', '王劲玉'],
  ])('%s → %s', (name, standard) => {
    expect(standardName(name)).toBe(standard);
  });
});

describe("an article's title on the page", () => {
  it('is the headline, in the language of its script', () => {
    expect(articleTitle(article('a', { title: '特色专业镇其兴可待' }), 'en')).toEqual({
      text: '特色专业镇其兴可待',
      lang: 'zh-CN',
      ours: false,
    });
    expect(articleTitle(article('b', { title: "Qixian's glassware heralds global presence" }), 'zh').lang).toBe('en');
  });

  it('is our description in brackets where the sources show no headline', () => {
    const untitled = article('c', { description: { zh: '图片说明', en: 'photo caption' } });
    expect(articleTitle(untitled, 'zh')).toEqual({ text: '[图片说明]', lang: 'zh-CN', ours: true });
    expect(articleTitle(untitled, 'en')).toEqual({ text: '[photo caption]', lang: 'en', ours: true });
  });
});
