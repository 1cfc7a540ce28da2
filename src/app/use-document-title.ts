import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/** Keeps the document's language and title in step with the view (screen readers and tabs read them). */
export function useDocumentTitle(title: string) {
  const { lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [lang, title]);
}
