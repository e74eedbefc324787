/**
 * What every `junheng` command shares: where its lines go, its usage failure, its option parser, and the run time
 * (fixed by `JUNHENG_NOW` for byte-stable re-runs) with its display in China Standard Time.
 */
import * as path from 'path';
import { cliMessages as C } from '../engine/messages';

/** Where the command writes its lines; tests pass their own to capture them. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: Record<string, string | undefined>;
}

/** A failure that ends the command with exit status 2 and one line on stderr. */
export class UsageError extends Error {}

interface Parsed {
  positional: string[];
  options: Record<string, string | true>;
}

/** Splits `--name value` options (and bare flags listed in `flags`) from positional arguments. */
export function parseArgs(args: string[], valued: string[], flags: string[]): Parsed {
  const parsed: Parsed = { positional: [], options: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (valued.includes(a)) {
      const v = args[i + 1];
      if (v === undefined) throw new UsageError(C.missingArgument(a));
      parsed.options[a] = v;
      i++;
    } else if (flags.includes(a)) {
      parsed.options[a] = true;
    } else if (a.startsWith('--')) {
      throw new UsageError(C.unknownOption(a));
    } else {
      parsed.positional.push(a);
    }
  }
  return parsed;
}

/** The run time: `JUNHENG_NOW` (ISO) when set, so re-runs can be byte-stable; else the clock. */
export function runTime(io: CliIo): Date {
  const fixed = io.env.JUNHENG_NOW;
  if (fixed) {
    const d = new Date(fixed);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return new Date();
}

/** A path with its `.xlsx` extension (any case) replaced: `县.xlsx` → `县${suffix}`. */
export function besideInput(input: string, suffix: string): string {
  const ext = path.extname(input);
  const base = ext.toLowerCase() === '.xlsx' ? input.slice(0, -ext.length) : input;
  return `${base}${suffix}`;
}
