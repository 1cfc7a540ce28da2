/** The app: the view in the address picks the page (or the embedded chart) and its language. */
import type { ComponentType } from 'react';
import { I18nProvider } from '../i18n/i18n';
import type { Page } from '../state/url-state';
import { useView } from '../state/view';
import { Layout } from './layout';
import { ChronicleView } from './views/chronicle-view';
import { DashboardView } from './views/dashboard-view';
import { DataView } from './views/data-view';
import { EmbedView } from './views/embed-view';
import { MethodView } from './views/method-view';

/** The pages a reader can reach from the navigation, each a link (`?page=`). */
const ROUTES: Record<Page, ComponentType> = {
  dashboard: DashboardView,
  chronicle: ChronicleView,
  method: MethodView,
  data: DataView,
};

export function App() {
  const { view } = useView();
  const Page = ROUTES[view.page];
  return (
    <I18nProvider lang={view.lang}>
      {view.embed ? (
        <EmbedView kind={view.embed} />
      ) : (
        <Layout>
          <Page />
        </Layout>
      )}
    </I18nProvider>
  );
}
