/** Above the map: its extent (晋中 or all of 山西), the embed code and the opt-in base map. */
import { useI18n } from '../../i18n/i18n';
import { useView } from '../../state/view';
import { EmbedCode } from '../../ui/embed-code';
import { JinzhongOrShanxi } from '../../ui/scope-toggle';

export function MapToolbar() {
  const { t } = useI18n();
  const { view, setView } = useView();
  return (
    <>
      <div className="map-toolbar">
        <JinzhongOrShanxi
          label={t.extentLabel}
          names={{ jinzhong: t.extentJinzhong, shanxi: t.extentShanxi }}
          value={view.extent}
          onChange={(extent) => setView({ extent })}
        />
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
