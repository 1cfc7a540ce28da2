/** The "sources and method" page: its own chunk (mostly prose, in two languages). */
import { lazyPage } from './lazy-page';

export const MethodView = lazyPage(
  () => import('../../features/method/method-page').then((m) => m.MethodPage),
  'method',
);
