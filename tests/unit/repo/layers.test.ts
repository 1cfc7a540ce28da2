/**
 * The layers of src/ are kept by the linter (eslint.config.js, boundaries/dependencies): these
 * imports, planted in files of each layer, are refused or allowed as docs/architecture.md says.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layer rule's messages for a file at `path` (inside src/) holding this import. */
async function layerProblems(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const planted = imported;\n`, {
    filePath: join(ROOT, 'src', path),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the layers the linter keeps', () => {
  it.each([
    [
      'a feature importing another feature',
      'features/profile/planted.ts',
      "import { RankingPanel as imported } from '../charts/ranking-panel';",
    ],
    ['ui importing a feature', 'ui/planted.ts', "import { MapLegend as imported } from '../features/map/map-legend';"],
    [
      'charts importing a feature',
      'charts/planted.ts',
      "import { buildProgrammeOption as imported } from '../features/charts/build-programme-option';",
    ],
    ['data importing ui', 'data/domain/planted.ts', "import { Panel as imported } from '../../ui/panel';"],
    ['data importing i18n', 'data/format/planted.ts', "import { fill as imported } from '../../i18n/messages';"],
    [
      'the format importing the domain',
      'data/format/planted.ts',
      "import { chooseFigure as imported } from '../domain/choice';",
    ],
    [
      'the domain importing the exchange',
      'data/domain/planted.ts',
      "import { recogniseFiles as imported } from '../exchange/recognise';",
    ],
    [
      'the domain importing the loading',
      'data/domain/planted.ts',
      "import { useDataset as imported } from '../loading/use-dataset';",
    ],
    [
      'the exchange importing the loading',
      'data/exchange/planted.ts',
      "import { useDataset as imported } from '../loading/use-dataset';",
    ],
    [
      "the page's loading importing the worker's code",
      'data/loading/planted.ts',
      "import { answerLoad as imported } from './worker/read-file';",
    ],
    [
      "a feature importing the worker's code",
      'features/data/planted.ts',
      "import { answerLoad as imported } from '../../data/loading/worker/read-file';",
    ],
    ['lib importing data', 'lib/planted.ts', "import { FILE_NAMES as imported } from '../data/format/files';"],
    ['a feature importing the app', 'features/map/planted.ts', "import { App as imported } from '../../app/app';"],
    [
      'the map kit importing a feature',
      'map/planted.ts',
      "import { MapToolbar as imported } from '../features/map/map-toolbar';",
    ],
  ])('refuses %s', async (_what, path, source) => {
    const problems = await layerProblems(path, source);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/no policy allowing dependencies/);
  });

  it.each([
    [
      'a feature importing its own files',
      'features/map/planted.ts',
      "import { MapLegend as imported } from './map-legend';",
    ],
    [
      'a feature importing the shared kits',
      'features/map/planted.ts',
      "import { EChart as imported } from '../../charts/echart';",
    ],
    ['charts importing ui', 'charts/planted.ts', "import { Panel as imported } from '../ui/panel';"],
    [
      'the domain importing the format',
      'data/domain/planted.ts',
      "import { FILE_NAMES as imported } from '../format/files';",
    ],
    [
      'the exchange importing the domain',
      'data/exchange/planted.ts',
      "import { chooseFigure as imported } from '../domain/choice';",
    ],
    [
      "the loading importing the exchange (the worker runs the Data page's checks)",
      'data/loading/worker/planted.ts',
      "import { checkFiles as imported } from '../../exchange/check-files';",
    ],
    ['the domain importing lib', 'data/domain/planted.ts', "import { TIMING as imported } from '../../lib/timing';"],
    [
      'the app importing a feature',
      'app/planted.ts',
      "import { ArticleList as imported } from '../features/articles/article-list';",
    ],
  ])('allows %s', async (_what, path, source) => {
    expect(await layerProblems(path, source)).toEqual([]);
  });
});
