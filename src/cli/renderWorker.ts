/**
 * The worker thread of `renderThread.ts`: receives `{ id, job }`, answers `{ id, entry }` with the sheet's
 * deflated entry (its bytes transferred, not copied), or `{ id, error }`.
 */
import { parentPort } from 'worker_threads';
import { type RenderJob, renderEntry } from '../workbook/xlsxPackage/renderEntry';

parentPort?.on('message', ({ id, job }: { id: number; job: RenderJob }) => {
  try {
    const entry = renderEntry(job);
    parentPort?.postMessage({ id, entry }, [entry.raw.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
