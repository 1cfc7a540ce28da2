/**
 * Checking given files in a Web Worker: `start` posts their bytes and follows the progress;
 * `cancel` stops the worker at once. One check at a time: a new start cancels the one before.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckProgress, CheckResult } from '../../data/exchange/check-files';
import type { DataFiles } from '../../data/format/files';
import type { CheckRequest, CheckResponse } from '../../data/loading/worker-messages';
import { createDataWorker } from '../../data/loading/worker-start';

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; progress: CheckProgress | null }
  | { status: 'done'; result: CheckResult }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: string };

export function useCheck() {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const start = useCallback((files: CheckRequest['files'], published: Partial<DataFiles>) => {
    stop();
    const next = createDataWorker();
    worker.current = next;
    setState({ status: 'checking', progress: null });
    next.onmessage = (event: MessageEvent<CheckResponse>) => {
      if (worker.current !== next) return;
      const message = event.data;
      if (message.type === 'progress') setState({ status: 'checking', progress: message.progress });
      else {
        stop();
        setState(
          message.type === 'done'
            ? { status: 'done', result: message.result }
            : { status: 'failed', reason: message.reason },
        );
      }
    };
    next.onerror = (event) => {
      if (worker.current !== next) return;
      stop();
      setState({ status: 'failed', reason: event.message });
    };
    const request: CheckRequest = { type: 'check', files, published };
    // The bytes are handed over, not copied (the page keeps no use for them).
    next.postMessage(
      request,
      files.map((file) => file.bytes.buffer),
    );
  }, []);

  const cancel = useCallback(() => {
    stop();
    setState({ status: 'cancelled' });
  }, []);

  // A check still running when the page is left is stopped with it.
  useEffect(() => stop, []);

  return { state, start, cancel, fail: (reason: string) => setState({ status: 'failed', reason }) };
}
