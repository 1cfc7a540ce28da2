import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';
import { rootPath, townOfPage, townPagePath } from '../state/url-state';

/** Keeps the document's language and title in step with the view (screen readers and tabs read them). */
export function useDocumentTitle(title: string) {
  const { lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [lang, title]);
}

/**
 * With a town open, the page names the town's own page (baked at build, src/bake) as its canonical
 * address: `?town=` and town/<id>.html are one page to a search engine. A town's own page already
 * says so in its <head>, and keeps it while its town is open.
 */
export function useCanonicalTown(town: string | null) {
  useEffect(() => {
    const { pathname, origin } = window.location;
    if (town && townOfPage(pathname) === town) return;
    let link = document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!town) {
      link?.remove();
      return;
    }
    if (!link) {
      link = document.createElement('link');
      link.rel = 'canonical';
      document.head.append(link);
    }
    link.href = new URL(townPagePath(town), `${origin}${rootPath(pathname)}`).href;
  }, [town]);
}
