/**
 * The command line's files: the input checked and read through one handle, outputs checked before any work,
 * and written whole or not at all (a temporary file in the target's folder, renamed over the target only when
 * every output is complete). Files are compared by device and inode, never by name.
 *
 * Every call to the file system is synchronous: the command has nothing else to do while it waits, and the
 * asynchronous calls (each a round trip through libuv's thread pool, and `fs.promises` itself to load) took 10-13 ms
 * of a 300-school county's run instead of 1-2. The functions stay `async` for their callers.
 */
import {
  constants as FS,
  type Stats,
  accessSync,
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'fs';
import * as path from 'path';
import { cliMessages as C, fileMessages as F } from '../engine/messages';
import { Utf8Block } from '../workbook/utf8Block';
import type { WorkbookInput } from '../engine/types';
import { readGrids } from '../workbook/xlsxPackage';
import { shownName } from '../workbook/xlsxPackage/zip';

/** Bytes of an input the command reads into memory; a workbook past this is refused before it is read. */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/** Bytes of JSON gathered before each write to the file. */
const JSON_BLOCK = 1 << 20;

/** A failure that ends the command with exit status 2 and one line on stderr. */
export class FileError extends Error {}

/** A file's identity on its machine. */
export interface FileId {
  dev: number;
  ino: number;
}

/** True when two identities are the same file. */
export function sameFile(a: FileId, b: FileId): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The identity of the file a path leads to (links followed), or null when there is none to be had. */
export async function fileIdOf(p: string): Promise<FileId | null> {
  try {
    const st = statSync(p);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/** A path as it may be shown in a one-line message (control characters escaped). */
export function shownPath(p: string): string {
  return shownName(p);
}

/** The `code` of a system error (ENOENT, EPIPE…), or '' for anything else. */
export function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

/** The message for a path that is not a readable regular file. */
function notAFile(p: string, st: Stats): string {
  return st.isDirectory() ? F.isDirectory(shownPath(p)) : F.notRegularFile(shownPath(p));
}

/** What a refused input is, from its name and first bytes: an old .xls, a .csv, or something else. */
function notXlsxMessage(p: string, head: Uint8Array): string {
  const ext = path.extname(p).toLowerCase();
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (ole || ext === '.xls') return F.legacyFormat(shownPath(p), '.xls');
  if (ext === '.csv' || ext === '.txt' || ext === '.et' || ext === '.ods') return F.legacyFormat(shownPath(p), ext);
  return C.notXlsx(shownPath(p));
}

/**
 * True for an OpenDocument spreadsheet: a zip too, but its first entry is `mimetype` naming the format (ISO/IEC
 * 26300 §17.4), or its name ends in .ods.
 */
function isOpenDocument(p: string, head: Uint8Array): boolean {
  if (path.extname(p).toLowerCase() === '.ods') return true;
  const start = new TextDecoder('latin1').decode(head.subarray(30, 110));
  return start.startsWith('mimetype') && start.includes('opendocument');
}

/**
 * Reads several inputs in order, each as `readInput` does; the first that cannot be used ends the command with
 * its own message.
 */
export async function readInputs(paths: readonly string[]): Promise<{ path: string; bytes: Uint8Array; id: FileId }[]> {
  const read = [];
  for (const p of paths) read.push({ path: p, ...(await readInput(p)) });
  return read;
}

/**
 * Opens and reads the input: a regular file that starts as a zip does, within `MAX_INPUT_BYTES`. The checks
 * and the read go through one handle, so what is checked is what is read; a FIFO is never opened for reading
 * (it would wait for a writer).
 */
export async function readInput(p: string): Promise<{ bytes: Uint8Array; id: FileId }> {
  let st: Stats;
  try {
    st = statSync(p);
  } catch (e) {
    throw new FileError(codeOf(e) === 'EACCES' ? F.unreadableInput(shownPath(p)) : C.noSuchFile(shownPath(p)));
  }
  if (!st.isFile()) throw new FileError(notAFile(p, st));
  let fd: number;
  try {
    fd = openSync(p, FS.O_RDONLY | FS.O_NONBLOCK);
  } catch (e) {
    throw new FileError(codeOf(e) === 'ENOENT' ? C.noSuchFile(shownPath(p)) : F.unreadableInput(shownPath(p)));
  }
  try {
    const hst = fstatSync(fd);
    if (!hst.isFile()) throw new FileError(notAFile(p, hst));
    if (hst.size > MAX_INPUT_BYTES) throw new FileError(F.inputTooLarge(shownPath(p), MAX_INPUT_BYTES));
    const bytes = new Uint8Array(hst.size);
    let at = 0;
    while (at < bytes.length) {
      const bytesRead = readSync(fd, bytes, at, bytes.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    const data = bytes.subarray(0, at);
    const zip = at >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
    if (!zip) throw new FileError(notXlsxMessage(p, data));
    if (isOpenDocument(p, data)) throw new FileError(F.openDocument(shownPath(p)));
    return { bytes: data, id: { dev: hst.dev, ino: hst.ino } };
  } finally {
    closeSync(fd);
  }
}

/** An output the command will write: its final path (links followed) and the mode a new file gets. */
export interface OutputTarget {
  /** As the user gave it, for messages. */
  given: string;
  /** Where the file is written: the target of a symbolic link, else the path made absolute. */
  target: string;
  mode: number;
}

/** Where a path leads: its real path when it exists, else its real folder joined with its name. */
function resolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    let dir = path.resolve(path.dirname(p));
    const rest: string[] = [path.basename(p)];
    for (;;) {
      try {
        return path.join(realpathSync(dir), ...rest);
      } catch {
        const up = path.dirname(dir);
        if (up === dir) return path.resolve(p);
        rest.unshift(path.basename(dir));
        dir = up;
      }
    }
  }
}

/** The nearest existing folder of a path that does not exist yet (where its folders would be created). */
function existingAncestor(target: string): string {
  let dir = path.dirname(target);
  for (;;) {
    try {
      if (statSync(dir).isDirectory()) return dir;
      return '';
    } catch {
      const up = path.dirname(dir);
      if (up === dir) return '';
      dir = up;
    }
  }
}

/** Checks one output: none of the inputs, a regular file or nothing yet, in a folder the command may write. */
function checkOutput(given: string, inputs: readonly FileId[]): OutputTarget & FileId {
  const shown = shownPath(given);
  const target = resolved(given);
  let st: Stats | null = null;
  try {
    st = statSync(target);
  } catch (e) {
    // ENOTDIR: a file stands where a folder of the path should be.
    if (codeOf(e) === 'ENOTDIR') throw new FileError(F.outputFolderMissing(shown));
    if (codeOf(e) !== 'ENOENT') throw new FileError(F.outputNoPermission(shown));
  }
  if (st) {
    if (st.isDirectory()) throw new FileError(F.outputIsDirectory(shown));
    if (!st.isFile()) throw new FileError(F.outputNotRegular(shown));
    const here: FileId = st;
    if (inputs.some((input) => sameFile(input, here))) throw new FileError(F.outputIsInput(shown));
  }
  // The file is replaced by a rename, so its folder must be writable, whatever the file's own permissions.
  const folder = st ? path.dirname(target) : existingAncestor(target);
  if (!folder) throw new FileError(F.outputFolderMissing(shown));
  try {
    accessSync(folder, FS.W_OK | FS.X_OK);
    if (st) accessSync(target, FS.W_OK);
  } catch {
    throw new FileError(F.outputNoPermission(shown));
  }
  return { given, target, mode: st ? st.mode & 0o7777 : 0o666, dev: st?.dev ?? -1, ino: st?.ino ?? -1 };
}

/**
 * Checks every output before any work: each may be written, none is one of the inputs (by device and inode, so a
 * hard link or a symbolic link to an input is caught, whether the input was named or found in a folder), and no
 * two are the same file.
 */
export async function checkOutputs(inputs: readonly FileId[], outputs: string[]): Promise<OutputTarget[]> {
  const checked: (OutputTarget & FileId)[] = [];
  for (const given of outputs) {
    const out = checkOutput(given, inputs);
    const twin = checked.find(
      (o) => o.target === out.target || (out.ino !== -1 && o.dev === out.dev && o.ino === out.ino),
    );
    if (twin) throw new FileError(F.outputsSame(shownPath(given)));
    checked.push(out);
  }
  return checked.map(({ given, target, mode }) => ({ given, target, mode }));
}

/** The one-line message of a failed write, by its system error code. */
export function writeFailure(p: string, e: unknown): string {
  const code = codeOf(e);
  const shown = shownPath(p);
  if (code === 'ENOSPC' || code === 'EDQUOT') return F.outputDiskFull(shown);
  if (code === 'EPERM' || code === 'EBUSY' || code === 'ETXTBSY') return F.outputBusy(shown);
  if (code === 'EACCES' || code === 'EROFS') return F.outputNoPermission(shown);
  return F.outputFailed(shown, code || (e instanceof Error ? e.message : String(e)));
}

/**
 * One output's content, written to an open file (a descriptor, written with `writeSync`). It may wait for
 * something before it returns; the file stays open until it has.
 */
export type Content = (fd: number) => void | Promise<void>;

/** Temporary files not yet renamed, removed if the process is interrupted. */
const pending = new Set<string>();

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const p of pending) {
    try {
      // A synchronous unlink: the process is about to end, and an asynchronous one would not run.
      unlinkSync(p);
    } catch {
      // Already gone.
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

let tempCount = 0;

/**
 * A name for a temporary file beside `target`, unlikely to be taken; `wx` refuses one that is. Not from
 * `crypto`, whose loading took 3-4 ms of every run.
 */
function tempName(target: string): string {
  const unique = `${process.pid}-${++tempCount}-${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${unique}.tmp`);
}

/** How a written file is flushed to disk; an object so that the tests can make a flush fail as on a full disk. */
export const flush = { file: (fd: number): void => fsyncSync(fd) };

/** Writes one temporary file next to its target, flushed to disk; returns its path. */
async function writeTemp(out: OutputTarget, content: Content): Promise<string> {
  mkdirSync(path.dirname(out.target), { recursive: true });
  const temp = tempName(out.target);
  pending.add(temp);
  const fd = openSync(temp, 'wx', out.mode);
  try {
    await content(fd);
    flush.file(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

/**
 * Writes every output whole or not at all: each to a temporary file in its target's folder, then, only when all
 * are complete, each renamed over its target. On any failure (full disk, no permission, an interrupt) the
 * temporary files are removed and the targets are as they were.
 */
export async function writeAll(outputs: { out: OutputTarget; content: Content }[]): Promise<void> {
  const onSignal = (s: NodeJS.Signals): void => removePendingAndExit(s);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const temps: string[] = [];
  let current = '';
  try {
    for (const { out, content } of outputs) {
      current = out.given;
      temps.push(await writeTemp(out, content));
    }
    for (let i = 0; i < outputs.length; i++) {
      current = outputs[i].out.given;
      renameSync(temps[i], outputs[i].out.target);
      pending.delete(temps[i]);
    }
  } catch (e) {
    for (const p of pending) rmSync(p, { force: true });
    throw new FileError(writeFailure(current, e));
  } finally {
    pending.clear();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/**
 * A workbook read as every input is (a regular file, through one handle, a zip) into its grids, or the one-line
 * reason it cannot be used: for the commands that take many workbooks and list the ones they could not read.
 */
export async function readWorkbookFile(
  file: string,
): Promise<{ file: string; workbook: WorkbookInput } | { file: string; error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = (await readInput(file)).bytes;
  } catch (e) {
    return { file, error: e instanceof FileError ? e.message : C.noSuchFile(shownPath(file)) };
  }
  try {
    return { file, workbook: readGrids(bytes) };
  } catch (e) {
    return { file, error: C.unreadable(shownPath(file), e instanceof Error ? e.message : String(e)) };
  }
}

/** Content of bytes already in memory. */
export function bytesContent(bytes: Uint8Array): Content {
  return (fd) => writeBytes(fd, bytes);
}

const jsonEncoder = new TextEncoder();

/**
 * Content of a value as JSON followed by a newline (see `jsonPieces` for the layout), written in blocks as it is
 * produced, so that a result too large for one string (300,000 schools) is still written.
 */
export function jsonContent(value: unknown): Content {
  return (fd) => {
    for (const bytes of jsonBlocks(value)) writeBytes(fd, bytes);
  };
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * The UTF-8 of a value's JSON and a final newline, in blocks of about `JSON_BLOCK` bytes, each piece encoded into
 * a `Utf8Block` as it comes. A block is handed out only until the next is asked for, when it is filled again.
 */
export function* jsonBlocks(value: unknown): Generator<Uint8Array> {
  const block = new Utf8Block();
  for (const piece of jsonPieces(value, '', '')) {
    if (!block.fits(piece, JSON_BLOCK)) {
      if (block.length > 0) yield block.take();
      if (!block.fits(piece, JSON_BLOCK)) {
        yield jsonEncoder.encode(piece);
        continue;
      }
    }
    block.add(piece);
  }
  block.add('\n');
  yield block.take();
}

/**
 * Levels of nesting laid out one member per line; each deeper value (one school part, one shortfall, one
 * guarantee item) is written whole on its own line. A file of one school per line reads and compares line by
 * line, and it is cheap: indenting every level made a 10,000-school result 28 MB and cost 0.26 s to stringify
 * plus 0.19 s to re-indent; one line per part makes it 17 MB, stringified in about 0.17 s.
 */
const STREAMED_DEPTH = 2;

/**
 * The JSON text of a value in pieces: the outer `STREAMED_DEPTH` levels indented by two spaces per level as
 * `JSON.stringify(value, null, 2)` would, each deeper value compact on one line. The same rules as
 * JSON.stringify apply throughout (toJSON, undefined and functions omitted, null for them in arrays), so the
 * text parses to what `JSON.parse(JSON.stringify(value))` gives.
 */
export function* jsonPieces(value: unknown, indent: string, key: string, depth = 0): Generator<string> {
  const v = jsonValueOf(value, key);
  if (v === null || typeof v !== 'object' || depth >= STREAMED_DEPTH) return yield leafJson(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return yield '[]';
    if (depth + 1 >= STREAMED_DEPTH) return yield* leafLines(v, inner, indent);
    for (let i = 0; i < v.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      yield* jsonPieces(v[i], inner, String(i), depth + 1);
    }
    return yield `\n${indent}]`;
  }
  const members = Object.keys(v).filter((k) => isJsonValue((v as Record<string, unknown>)[k]));
  if (members.length === 0) return yield '{}';
  for (let i = 0; i < members.length; i++) {
    yield `${i === 0 ? '{' : ','}\n${inner}${JSON.stringify(members[i])}: `;
    yield* jsonPieces((v as Record<string, unknown>)[members[i]], inner, members[i], depth + 1);
  }
  yield `\n${indent}}`;
}

/** A value after its `toJSON`, as JSON.stringify sees it under `key`. */
function jsonValueOf(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(k: string): unknown }).toJSON(key);
  }
  return value;
}

/** One value on one line; what JSON.stringify leaves out (undefined, a function) is null, as in an array. */
function leafJson(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

/** An array of one-line values (the school parts), each line its own piece. */
function* leafLines(list: unknown[], inner: string, indent: string): Generator<string> {
  const first = `[\n${inner}`;
  const next = `,\n${inner}`;
  for (let i = 0; i < list.length; i++) {
    yield i === 0 ? first : next;
    yield leafJson(jsonValueOf(list[i], String(i)));
  }
  yield `\n${indent}]`;
}

/** False for what JSON.stringify leaves out of an object: undefined, functions, symbols. */
function isJsonValue(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** The zip comment that marks a workbook or document a `junheng` command wrote: `junheng evaluate`. */
export function ownMark(command: string): string {
  return `junheng ${command}`;
}

/** Length of a zip's end-of-central-directory record without its comment. */
const EOCD_LENGTH = 22;
const EOCD_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];

/** Where the end-of-central-directory record of a zip's last bytes begins, or -1. */
function eocdAt(tail: Uint8Array): number {
  for (let at = tail.length - EOCD_LENGTH; at >= 0; at--) {
    if (EOCD_SIGNATURE.every((b, i) => tail[at + i] === b)) {
      const commentLength = tail[at + 20] | (tail[at + 21] << 8);
      if (at + EOCD_LENGTH + commentLength === tail.length) return at;
    }
  }
  return -1;
}

/**
 * The zip `bytes` with `mark` as its archive comment, so that a later run knows the file as its own earlier result.
 * Excel and Word drop the comment when they save the file: from then on it is the user's, and kept.
 */
export function markedZip(bytes: Uint8Array, mark: string): Uint8Array {
  const at = eocdAt(bytes.subarray(Math.max(0, bytes.length - EOCD_LENGTH - 0xffff)));
  if (at < 0) return bytes;
  const start = Math.max(0, bytes.length - EOCD_LENGTH - 0xffff) + at;
  const comment = new TextEncoder().encode(mark);
  const out = new Uint8Array(start + EOCD_LENGTH + comment.length);
  out.set(bytes.subarray(0, start + EOCD_LENGTH));
  out[start + 20] = comment.length & 0xff;
  out[start + 21] = comment.length >> 8;
  out.set(comment, start + EOCD_LENGTH);
  return out;
}

/** The last `n` bytes of a file (fewer when it is shorter), or null when it cannot be read. */
function lastBytes(p: string, n: number, fromStart = false): Uint8Array | null {
  let fd: number;
  try {
    fd = openSync(p, FS.O_RDONLY | FS.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, n);
    const bytes = new Uint8Array(length);
    const read = readSync(fd, bytes, 0, length, fromStart ? 0 : size - length);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** How a command recognises its own earlier output: the zip comment it writes, or the first keys of its JSON. */
export type OwnResult = { zip: string } | { jsonKeys: readonly string[] };

/** True when the file at `p` is the output a command wrote before (see `OwnResult`). */
export function isOwnResult(p: string, own: OwnResult): boolean {
  if ('zip' in own) {
    const tail = lastBytes(p, EOCD_LENGTH + 0xffff);
    const at = tail ? eocdAt(tail) : -1;
    return tail !== null && at >= 0 && new TextDecoder().decode(tail.subarray(at + EOCD_LENGTH)) === own.zip;
  }
  const head = lastBytes(p, 4096, true);
  if (head === null) return false;
  // The command writes one top-level member per line (see `jsonPieces`): `{`, then `  "county": …`, `  "year": …`.
  const lines = new TextDecoder().decode(head).split('\n');
  return lines[0] === '{' && own.jsonKeys.every((key, i) => lines[i + 1]?.startsWith(`  "${key}": `));
}

/** One output as the user named it: `typed` false for a name the command chose itself (`县.result.xlsx`). */
export interface NamedOutput {
  given: string;
  typed: boolean;
  /** How the command knows its own earlier output; null: never (a template the user may have filled). */
  own: OwnResult | null;
}

/**
 * Refuses, before any work, to replace an existing file the user named unless `force`: a name the command chose
 * itself, and a file the command wrote before (its mark still on it), may be replaced. Nothing the user made is
 * lost to a mistyped name.
 */
export function refuseExisting(outputs: readonly NamedOutput[], force: boolean): void {
  if (force) return;
  for (const o of outputs) {
    if (!o.typed) continue;
    let exists = false;
    try {
      exists = statSync(o.given).isFile();
    } catch {
      exists = false;
    }
    if (exists && (o.own === null || !isOwnResult(o.given, o.own)))
      throw new FileError(F.outputExists(shownPath(o.given)));
  }
}
