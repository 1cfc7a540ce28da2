/**
 * The top of the page that needs no data: the title, what the dashboard is, and the language
 * switch. index.html carries it prerendered at build (see vite.config.ts), so that readers see it
 * before any script has run; the app renders the same markup, then the rest once the first view's
 * data is in.
 */
import type { Lang } from '../i18n/format';
import { loadMessages, useI18n } from '../i18n/i18n';
import { Loading } from '../ui/loading';

export function TitleRow({ lang, onSwitchLanguage }: { lang: Lang; onSwitchLanguage?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="title-row">
      <div>
        <h1>{t.appTitle}</h1>
        <p className="tagline">{t.appTagline}</p>
        <p className="intro">{t.appIntro}</p>
      </div>
      <button
        type="button"
        className="lang-switch"
        onClick={onSwitchLanguage}
        // Reading the other language's messages as the pointer comes near saves the click a wait.
        onPointerEnter={() => void loadMessages(lang === 'zh' ? 'en' : 'zh').catch(() => undefined)}
        // In the prerendered page the switch waits for the app (a click would do nothing yet).
        disabled={!onSwitchLanguage}
        aria-label={t.switchLanguageLabel}
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
      >
        {t.switchLanguage}
      </button>
    </div>
  );
}

/** The page until the first view's data has arrived: the title block and a loading line. */
export function Shell({ lang, onSwitchLanguage }: { lang: Lang; onSwitchLanguage?: () => void }) {
  return (
    <>
      <header className="app-header">
        <TitleRow lang={lang} onSwitchLanguage={onSwitchLanguage} />
      </header>
      <main>
        <Loading />
      </main>
    </>
  );
}
