/**
 * The workbooks a command is given: the files named, and the .xlsx files under the folders named (searched with
 * their sub-folders, sorted, Office lock files `~$…` left out), each with its identity on the machine so that the
 * outputs are checked against every one of them. Shared by `rollup` and `collect`.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { FileId } from './files';

/** The workbooks found, and the identities of those that exist (for `checkOutputs`). */
export interface FoundInputs {
  files: string[];
  ids: FileId[];
}

/**
 * The files named, and the .xlsx files under the folders named (sorted, Office lock files left out). A named file
 * that does not exist stays in the list: the command reports it as unreadable and goes on with the others. An
 * output that sits in a searched folder under its own name is left out (a re-run never reads its own output as an
 * input); any other file stays with its identity, so that `checkOutputs` refuses an output that is a link to it.
 */
export async function expandInputs(inputs: string[], outputs: string[]): Promise<FoundInputs> {
  const outPaths = await Promise.all(outputs.map(realOrResolved));
  const found: FoundInputs = { files: [], ids: [] };
  const add = (file: string, id: FileId | null): void => {
    found.files.push(file);
    if (id) found.ids.push(id);
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      add(input, stat ? { dev: stat.dev, ino: stat.ino } : null);
      continue;
    }
    const listed = await fs.readdir(input, { recursive: true });
    for (const f of listed.filter((f) => /\.xlsx$/i.test(f) && !path.basename(f).startsWith('~$')).sort()) {
      const file = path.join(input, f);
      if (outPaths.includes(await realOrResolved(file))) continue;
      const st = await fs.stat(file).catch(() => null);
      add(file, st ? { dev: st.dev, ino: st.ino } : null);
    }
  }
  return found;
}

/** Where a path leads (links followed), or the path made absolute when it does not exist yet. */
async function realOrResolved(p: string): Promise<string> {
  return fs.realpath(p).catch(() => path.resolve(p));
}
