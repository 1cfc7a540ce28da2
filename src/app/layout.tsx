/**
 * The frame of every page but the embeds: the header, the preview banner, the page, the footer.
 * Until the first view's files are in, the prerendered shell (see shell.tsx).
 */
import { startTransition, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { preloaded } from '../data/loading/data-url';
import { FIRST_VIEW } from '../data/format/files';
import { stillLoading, useDataset, useLoadedFiles } from '../data/loading/use-dataset';
import { loadMessages, useI18n } from '../i18n/i18n';
import { fill } from '../i18n/messages';
import { useView } from '../state/view';
import { Header } from './header';
import { Shell } from './shell';
import { useCanonicalTown, useDocumentTitle } from './use-document-title';

/** Says, on every page, when the dashboard shows a local preview, with the way back. */
function PreviewBanner() {
  const { t } = useI18n();
  const { preview, setPreview } = useDataset();
  if (!preview) return null;
  return (
    <div className="preview-banner" role="region" aria-label={t.previewActive}>
      <p>{fill(t.previewBanner, { files: preview.given.join(', ') })}</p>
      <button type="button" onClick={() => setPreview(null)}>
        {t.previewEnd}
      </button>
    </div>
  );
}

function Footer() {
  const { t, text } = useI18n();
  const { dataset: meta } = useLoadedFiles();
  return (
    <footer className="app-footer">
      {meta && (
        <p>
          {t.footerLicense}: {text(meta.license)}
        </p>
      )}
      <p>{t.footerOffline}</p>
    </footer>
  );
}

/** The skip link moves focus past the header to the page itself (the address keeps no fragment). */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView({ block: 'start' });
}

/** How long the page waits for them before showing each panel as its data arrives. */
const FIRST_VIEW_PATIENCE_MS = 2500;

/**
 * Whether to draw the page: once the first view's small files have arrived (or failed), all at
 * once, so that nothing on screen is pushed about as panels fill in; or after a while, panel by
 * panel. The small files are those index.html names and the entry asks for (vite.config.ts), which
 * download with the scripts. A large one (thousands of towns: seconds to download and check on a
 * slow phone, fetched by the data worker) does not hold the page back: its panels stand in boxes
 * of their size, saying they are loading, while the page is drawn and laid out meanwhile.
 * The page is drawn as a transition: React renders it in slices between which the browser can
 * answer a tap (the shell stays until the page is ready), instead of one task of about 200 ms on a
 * slow phone.
 */
function useFirstViewReady(): boolean {
  const dataset = useDataset();
  const [awaited] = useState(() => FIRST_VIEW.filter(preloaded));
  const settled = !awaited.some((key) => stillLoading(dataset, key));
  const [patienceOver, setPatienceOver] = useState(false);
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => setPatienceOver(true), FIRST_VIEW_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [settled]);
  const due = settled || patienceOver;
  const [shown, setShown] = useState(due);
  useEffect(() => {
    if (due && !shown) startTransition(() => setShown(true));
  }, [due, shown]);
  return shown;
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, text } = useI18n();
  const { view, setView } = useView();
  const ready = useFirstViewReady();
  // A town open: its name first, as its own page's title says (src/bake).
  const town = useLoadedFiles().towns?.towns.find((candidate) => candidate.id === view.town);
  useDocumentTitle(town ? `${text(town.name)} · ${t.appTitle}` : t.appTitle);
  useCanonicalTown(town?.id ?? null);
  // The other language's messages first (English is a chunk of its own): the page changes at once.
  const switchLanguage = () => {
    const other = lang === 'zh' ? 'en' : 'zh';
    void loadMessages(other)
      .catch(() => undefined)
      .then(() => setView({ lang: other }));
  };
  if (!ready) return <Shell lang={lang} onSwitchLanguage={switchLanguage} />;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t.skipToContent}
      </a>
      <Header onSwitchLanguage={switchLanguage} />
      <PreviewBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </>
  );
}
