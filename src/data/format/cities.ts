/**
 * 山西's eleven cities (prefecture level): their division codes and names, the one table the data,
 * the charts and the boundary script (scripts/build-boundaries.ts) read. A county's code names its
 * city by its first four digits (1407xx: 晋中市, 140700).
 */
import type { Text } from './schema';

export interface ShanxiCity {
  code: string;
  name: Text;
}

/** The dataset's own city. */
export const JINZHONG_CODE = '140700';

/** By division code, as the province lists them. */
export const SHANXI_CITIES: readonly ShanxiCity[] = [
  { code: '140100', name: { zh: '太原市', en: 'Taiyuan' } },
  { code: '140200', name: { zh: '大同市', en: 'Datong' } },
  { code: '140300', name: { zh: '阳泉市', en: 'Yangquan' } },
  { code: '140400', name: { zh: '长治市', en: 'Changzhi' } },
  { code: '140500', name: { zh: '晋城市', en: 'Jincheng' } },
  { code: '140600', name: { zh: '朔州市', en: 'Shuozhou' } },
  { code: JINZHONG_CODE, name: { zh: '晋中市', en: 'Jinzhong' } },
  { code: '140800', name: { zh: '运城市', en: 'Yuncheng' } },
  { code: '140900', name: { zh: '忻州市', en: 'Xinzhou' } },
  { code: '141000', name: { zh: '临汾市', en: 'Linfen' } },
  { code: '141100', name: { zh: '吕梁市', en: 'Lüliang' } },
];

/** The city a county (or a city's own code) belongs to: its code's first four digits and 00. */
export function cityCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

/** A city's names by its code; the code itself for one outside the table. */
export function cityName(code: string): Text {
  return SHANXI_CITIES.find((c) => c.code === code)?.name ?? { zh: code, en: code };
}
