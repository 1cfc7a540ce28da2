import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker: an event target that remembers being terminated. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  terminated = false;
  posted: unknown[] = [];
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    super();
    FakeWorker.made.push(this);
  }
  terminate() {
    this.terminated = true;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
}

/** The module afresh (its early worker is module state). */
const fresh = async () => {
  vi.resetModules();
  return import('../../../../src/data/loading/worker-start');
};

describe('the data worker started early by the entry', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeWorker.made = [];
  });

  it('is handed to the loader once; the loader makes its own after that', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { startDataWorkerEarly, newDataWorker } = await fresh();
    startDataWorkerEarly();
    startDataWorkerEarly();
    expect(FakeWorker.made).toHaveLength(1);
    expect(String(FakeWorker.made[0]?.url)).toMatch(/data\.worker/);
    expect(FakeWorker.made[0]?.options).toEqual({ type: 'module' });
    // It asks at once for the files the first view shows, each once.
    expect(FakeWorker.made[0]?.posted).toEqual([
      {
        type: 'prefetch',
        urls: ['/data/dataset.json', '/data/towns.json', '/data/figures.json', '/data/articles.json'],
      },
    ]);
    expect(newDataWorker()).toBe(FakeWorker.made[0]);
    const next = newDataWorker();
    expect(next).not.toBe(FakeWorker.made[0]);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('is not handed on when its script failed before anyone listened: the loader gets a new one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { startDataWorkerEarly, newDataWorker } = await fresh();
    startDataWorkerEarly();
    const early = FakeWorker.made[0];
    early?.dispatchEvent(new Event('error'));
    const given = newDataWorker();
    expect(given).not.toBe(early);
    expect(early?.terminated).toBe(true);
  });

  it('where the browser has no workers, nothing is started', async () => {
    vi.stubGlobal('Worker', undefined);
    const { startDataWorkerEarly } = await fresh();
    expect(() => startDataWorkerEarly()).not.toThrow();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
