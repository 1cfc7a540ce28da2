/** 大事记 / Chronicle: its own chunk, as the method page. */
import { lazyPage } from './lazy-page';

export const ChronicleView = lazyPage(
  () => import('../../features/chronicle/chronicle-page').then((m) => m.ChroniclePage),
  'chronicle',
);
