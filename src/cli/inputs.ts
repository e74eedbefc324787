/**
 * The workbooks a command is given: the files named, and the .xlsx files under the folders named (searched with
 * their sub-folders, sorted, Office lock files `~$…` left out). Shared by `rollup` and `collect`.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { cliMessages as C } from '../engine/messages';
import { UsageError, samePath } from './main';

/**
 * The files named, and the .xlsx files under the folders named (sorted, Office lock files left out). A named file
 * that does not exist stays in the list: the command reports it as unreadable and goes on with the others.
 */
export async function expandInputs(inputs: string[], outputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      const found = await fs.readdir(input, { recursive: true });
      const forms = found.filter((f) => /\.xlsx$/i.test(f) && !path.basename(f).startsWith('~$')).sort();
      for (const f of forms) {
        const file = path.join(input, f);
        // The output may sit in the folder of the forms; it is never read as one.
        if (!(await isOneOf(file, outputs))) files.push(file);
      }
    } else {
      if (await isOneOf(input, outputs)) throw new UsageError(C.sameAsInput);
      files.push(input);
    }
  }
  return files;
}

async function isOneOf(file: string, outputs: string[]): Promise<boolean> {
  for (const o of outputs) if (await samePath(file, o)) return true;
  return false;
}
