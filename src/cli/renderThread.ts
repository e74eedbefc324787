/**
 * A second thread for writing the output workbook: while it renders and deflates one sheet, the command builds
 * the next sheet and then the JSON. On two cores this took 10,000 schools from FIXME.
 */
import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { RenderJob } from '../workbook/xlsxPackage/renderEntry';
import type { ZipEntry } from '../workbook/xlsxPackage/zip';

/** Renders jobs in the order given; `close` ends the thread. */
export interface RenderThread {
  render(job: RenderJob): Promise<ZipEntry>;
  close(): Promise<void>;
}

interface Waiting {
  resolve(entry: ZipEntry): void;
  reject(error: Error): void;
}

/**
 * Starts the thread, or gives null where there is no compiled worker (under the TypeScript test runner), in which
 * case the caller renders in its own thread.
 */
export function startRenderThread(): RenderThread | null {
  const file = path.join(__dirname, 'renderWorker.js');
  if (!existsSync(file)) return null;
  const worker = new Worker(file);
  const waiting = new Map<number, Waiting>();
  const failAll = (e: Error): void => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; entry?: ZipEntry; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.entry) w?.resolve(m.entry);
    else w?.reject(new Error(m.error ?? 'render failed'));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`render thread exited (${code})`)));
  let next = 0;
  return {
    render: (job) =>
      new Promise<ZipEntry>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, job });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
