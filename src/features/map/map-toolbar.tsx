/** Above the map: its extent (晋中 or all of 山西), the embed code and the opt-in base map. */
import { useI18n } from '../../i18n/i18n';
import { useView } from '../../state/view';
import { EmbedCode } from '../../ui/embed-code';

export function MapToolbar() {
  const { t } = useI18n();
  const { view, setView } = useView();
  return (
    <>
      <div className="map-toolbar">
        <div role="group" aria-label={t.extentLabel} className="segmented">
          {(['jinzhong', 'shanxi'] as const).map((extent) => (
            <button
              key={extent}
              type="button"
              aria-pressed={view.extent === extent}
              onClick={() => setView({ extent })}
            >
              {extent === 'jinzhong' ? t.extentJinzhong : t.extentShanxi}
            </button>
          ))}
        </div>
        {!view.embed && <EmbedCode kind="map" title={t.mapTitle} />}
        <label className="check">
          <input type="checkbox" checked={view.tiles} onChange={(e) => setView({ tiles: e.target.checked })} />{' '}
          {t.tilesToggle}
        </label>
      </div>
      {view.tiles && <p className="muted small">{t.tilesNote}</p>}
    </>
  );
}
