/** The source articles: outlet, date, title, authors, our summary, and a link where one is known. */
import { useMemo } from 'react';
import { articlesByDate } from '../../data/select';
import { useDataset } from '../../data/use-dataset';
import { useI18n } from '../../i18n/i18n';
import { DataGate, readyData } from '../../ui/data-gate';
import { ArticleAddress } from '../../ui/source-citation';

function Articles() {
  const { files } = useDataset();
  const { t, text, date, lang } = useI18n();
  const all = readyData(files.articles).articles;
  const articles = useMemo(() => articlesByDate(all), [all]);
  return (
    <ol className="articles">
      {articles.map((a) => (
        <li key={a.id} className="article" data-article={a.id}>
          <p className="article-meta">
            <span className="outlet">{text(a.outlet)}</span> · <time dateTime={a.date}>{date(a.date)}</time>
            {a.page ? ` · ${lang === 'zh' ? `第${a.page}版` : `page ${a.page}`}` : ''}
          </p>
          <h3 className="article-title">
            {a.title ? <span lang="zh-CN">{a.title}</span> : <span className="muted">{t.untitled}</span>}
            {lang === 'en' && a.titleEn && <span className="title-en"> — {a.titleEn}</span>}
          </h3>
          <p className="article-authors">
            {t.authors}: {a.authors.length > 0 ? <span lang="zh-CN">{a.authors.join('、')}</span> : t.noAuthors}
          </p>
          <p>{text(a.summary)}</p>
          {a.dateNote && <p className="muted small">{text(a.dateNote)}</p>}
          <ArticleAddress article={a} />
        </li>
      ))}
    </ol>
  );
}

export function ArticleList() {
  return <DataGate need={['articles']}>{() => <Articles />}</DataGate>;
}
