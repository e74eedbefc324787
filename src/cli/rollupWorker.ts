/**
 * A worker thread of `junheng rollup`: receives `{ index, file }`, answers `{ index, outcome }`, one county at a
 * time, so a worker holds at most one county's grids.
 */
import { parentPort } from 'worker_threads';
import { evaluateCountyFile } from './countyFile';

parentPort?.on('message', (task: { index: number; file: string }) => {
  void evaluateCountyFile(task.file).then((outcome) => parentPort?.postMessage({ index: task.index, outcome }));
});
