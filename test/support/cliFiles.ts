/**
 * Helpers of the command line's file-safety tests: a captured run, a folder's state before and after, and a
 * write that fails the way a full disk does when the file is flushed.
 */
import { promises as fs, readdirSync } from 'fs';
import * as path from 'path';
import { flush } from '../../src/cli/files';
import { main, type CliIo } from '../../src/cli/main';

/** The run time every test fixes, so outputs are byte-stable. */
export const NOW = '2024-06-01T08:00:00Z';

/** A run's lines, captured. */
export interface Captured {
  io: CliIo;
  out: string[];
  err: string[];
}

/** An io that keeps the lines it is given. */
export function capture(): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), env: { JUNHENG_NOW: NOW } }, out, err };
}

/** Every file under `dir` (sub-folders included, sorted) with its bytes. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).sort();
  const taken = new Map<string, Buffer>();
  for (const f of files) {
    const p = path.join(dir, f);
    if ((await fs.stat(p)).isFile()) taken.set(f, await fs.readFile(p));
  }
  return taken;
}

/**
 * Runs `args` and expects exit 2 with one line holding `fragment`, nothing on standard output, and every file of
 * `dir` as it was before (same names, same bytes: no input changed, no output or temporary file left).
 */
export async function expectRefusedLeavingAll(dir: string, args: string[], fragment: string): Promise<void> {
  const before = await snapshot(dir);
  const c = capture();
  expect(await main(args, c.io)).toBe(2);
  expect(c.out).toEqual([]);
  expect(c.err).toHaveLength(1);
  expect(c.err[0]).toContain(fragment);
  expect(await snapshot(dir)).toEqual(before);
}

/** Makes the next flush of any file fail with ENOSPC, as on a full disk; returns the spy to restore. */
export function failNextFlush(): jest.SpyInstance {
  const full = Object.assign(new Error('ENOSPC: no space left on device, fsync'), { code: 'ENOSPC' });
  return jest.spyOn(flush, 'file').mockImplementationOnce(() => {
    throw full;
  });
}
