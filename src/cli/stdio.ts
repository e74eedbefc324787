/**
 * The command's standard output and error. A pipe or a file is written with synchronous writes to its descriptor;
 * a terminal (or anything else) through Node's process stream, which on Windows converts the text for the
 * console. Creating `process.stdout` for a pipe loads Node's network modules: 9.5 ms in a bare `node -e`, and about
 * 2 ms of a 300-school run, which has loaded the stream modules already (300.0 → 298.1 ms, medians of 31
 * alternating runs). A closed pipe ends the command quietly with its status so far, as it did before.
 */
import { fstatSync, writeSync } from 'fs';
import { codeOf } from './files';

/** What a closed pipe (`| head -c1`) ends the command with: the status so far, quietly. */
function endQuietly(): never {
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
}

/** True when descriptor `fd` is a pipe or a regular file. */
function plainTarget(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isFIFO() || st.isFile();
  } catch {
    return false;
  }
}

/** Streams created for output, to be drained before the process ends. */
const opened: NodeJS.WriteStream[] = [];

function streamOf(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!opened.includes(stream)) {
    opened.push(stream);
    stream.on('error', (e: unknown) => {
      if (codeOf(e) !== 'EPIPE') throw e;
      endQuietly();
    });
  }
  return stream;
}

/** Writes whole lines of text to descriptor 1 or 2. */
export function lineWriter(fd: 1 | 2): (line: string) => void {
  let direct: boolean | null = null;
  return (line) => {
    const text = `${line}\n`;
    direct ??= plainTarget(fd);
    if (!direct) {
      streamOf(fd).write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    try {
      while (at < bytes.length) at += writeSync(fd, bytes, at);
    } catch (e) {
      if (codeOf(e) === 'EPIPE') endQuietly();
      // A pipe left non-blocking by its reader and full for now: the stream waits for it instead.
      if (codeOf(e) !== 'EAGAIN') throw e;
      direct = false;
      streamOf(fd).write(bytes.subarray(at));
    }
  };
}

/** Ends the process with `code` once any output stream has taken everything written to it. */
export function endProcess(code: number): void {
  process.exitCode = code;
  const [first, second] = opened;
  if (!first) process.exit(code);
  first.write('', () => (second ? second.write('', () => process.exit(code)) : process.exit(code)));
}
