/** The Data page, for the people who keep the figures current: its own chunk, readers never load it. */
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { Panel } from '../../ui/panel';

const DataPage = lazy(() => import('../../features/data/data-page'));

export function DataView() {
  const { t } = useI18n();
  return (
    <Panel id="data" title={t.dataNav} className="panel-data">
      <Suspense fallback={<Loading />}>
        <DataPage />
      </Suspense>
    </Panel>
  );
}
