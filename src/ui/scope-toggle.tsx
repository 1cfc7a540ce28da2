/**
 * A choice between 晋中 and all of 山西: the map's extent (`?map=`), and which towns the ranking and
 * the scale chart compare (`?scope=`).
 */
import { useI18n } from '../i18n/i18n';
import { useView } from '../state/view';
import { Segmented } from './segmented';

type Area = 'jinzhong' | 'shanxi';

export function JinzhongOrShanxi({
  label,
  names,
  value,
  onChange,
}: {
  label: string;
  names: Record<Area, string>;
  value: Area;
  onChange: (value: Area) => void;
}) {
  return (
    <Segmented
      label={label}
      options={[
        { value: 'jinzhong', label: names.jinzhong },
        { value: 'shanxi', label: names.shanxi },
      ]}
      value={value}
      onChange={onChange}
    />
  );
}

/** Which towns a chart compares: 晋中's (default) or every town of 山西 the data holds (`?scope=shanxi`). */
export function ScopeToggle() {
  const { t } = useI18n();
  const { view, setView } = useView();
  return (
    <JinzhongOrShanxi
      label={t.scopeLabel}
      names={{ jinzhong: t.scopeJinzhong, shanxi: t.scopeShanxi }}
      value={view.scope}
      onChange={(scope) => setView({ scope })}
    />
  );
}
