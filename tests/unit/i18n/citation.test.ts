import { describe, expect, it } from 'vitest';
import { citeArticle } from '../../../src/i18n/citation';
import { article } from '../support/fixtures';

const gmrb = article('gmrb', {
  outlet: { zh: '光明日报', en: 'Guangming Daily' },
  title: '特色专业镇其兴可待',
  titleEn: 'Specialty towns on the rise',
  date: '2023-08-24',
  page: '5',
  authors: ['陈奕彤', '杨珏'],
  url: 'https://news.gmw.cn/2023-08/24/content_36784253.htm',
});
const print = article('jzrb', {
  outlet: { zh: '晋中日报', en: 'Jinzhong Daily' },
  title: '发挥特色优势 锻造发展长板',
  date: '2023-02',
  authors: ['李晓雯', '吴一飞'],
});
const copy = article('copy', {
  outlet: { zh: '红星新闻', en: 'Red Star News' },
  date: '2024-03',
  readAt: { url: 'http://www.17168cn.cn/weixiu/153494.html', site: 'www.17168cn.cn', authority: 'mirror' },
});

describe('a source as a reference', () => {
  it('follows GB/T 7714-2015 for a newspaper read online: [N/OL], page, date cited, address', () => {
    expect(citeArticle(gmrb, 'zh', '2026-11-29')).toBe(
      '陈奕彤, 杨珏. 特色专业镇其兴可待[N/OL]. 光明日报, 2023-08-24(5)[2026-11-29]. https://news.gmw.cn/2023-08/24/content_36784253.htm.',
    );
  });

  it('writes [N] without an address, and never invents one', () => {
    expect(citeArticle(print, 'zh', '2026-11-29')).toBe(
      '李晓雯, 吴一飞. 发挥特色优势 锻造发展长板[N]. 晋中日报, 2023-02.',
    );
  });

  it('says when the text was read at a copy, in both languages', () => {
    expect(citeArticle(copy, 'zh', '2026-11-29')).toBe(
      '无题[N/OL]. 红星新闻, 2024-03[2026-11-29]. http://www.17168cn.cn/weixiu/153494.html.（所引为www.17168cn.cn上的副本）',
    );
    expect(citeArticle(copy, 'en', '2026-11-29')).toBe(
      '(untitled). Red Star News, March 2024. http://www.17168cn.cn/weixiu/153494.html (a copy on www.17168cn.cn). Accessed 29 November 2026.',
    );
  });

  it('gives English readers author, title with its translation, outlet, date and page', () => {
    expect(citeArticle(gmrb, 'en', '2026-11-29')).toBe(
      '陈奕彤, 杨珏. "特色专业镇其兴可待" (Specialty towns on the rise). Guangming Daily, 24 August 2023, p. 5. https://news.gmw.cn/2023-08/24/content_36784253.htm. Accessed 29 November 2026.',
    );
  });

  it('lists three authors, then 等 / et al.', () => {
    const many = { ...print, authors: ['甲', '乙', '丙', '丁'] };
    expect(citeArticle(many, 'zh', '2026-11-29').startsWith('甲, 乙, 丙, 等. ')).toBe(true);
    expect(citeArticle(many, 'en', '2026-11-29')).toBe(
      '甲, 乙, 丙, et al. "发挥特色优势 锻造发展长板". Jinzhong Daily, February 2023.',
    );
  });
});
