/**
 * The zip container of an .xlsx package, read at the level of entries. Reading runs in Node and in the browser
 * alike (fflate inflates, CRC-32 in plain code); the command line installs Node's zlib in their place
 * (`useNativeCodec`). Every entry is checked against the limits of `limits.ts` from
 * the directory before anything is inflated, and again while inflating: it may not grow past its declared size,
 * and its size and CRC must match at the end. Writing lives in `zipWrite.ts`.
 */
import type { Inflate as FflateInflate } from 'fflate';
import { packageMessages as M } from '../../engine/messages';
import { crc32 } from './crc32';

export { crc32 };
import { INFLATE_STEP, MAX_ENTRIES, MAX_PART_BYTES, MAX_TOTAL_BYTES } from './limits';

/** One entry of a zip as found in its central directory. */
export interface ZipEntry {
  /** The name decoded for lookups and messages. */
  name: string;
  /** The name's bytes as stored, written back unchanged when the entry is copied. */
  nameBytes: Uint8Array;
  /** 0 = stored, 8 = deflate. */
  method: number;
  /** General purpose flags of the central directory (bit 11: UTF-8 name). */
  flags: number;
  /** MS-DOS time and date words, kept as found so that a copied entry keeps its stamp. */
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes (a view into the package, not a copy). */
  raw: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

/** A package the reader refuses; its message is one Chinese line naming the part or cell. */
export class PackageError extends Error {}
/** The former name of `PackageError`, kept for callers that test for it. */
export { PackageError as ZipFormatError };

/** Direction overrides and isolates, which can make a shown name read differently from what it is. */
function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * An entry name as it may be shown: control characters (terminal escapes included) written as `\xNN`, and
 * direction controls as `\uNNNN`.
 */
export function shownName(name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (isBidiControl(c)) out += `\\u${c.toString(16)}`;
    else out += ch;
  }
  return out;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a name: UTF-8 when flagged; otherwise UTF-8 when it is valid (many tools write it without the flag),
 * else GB18030 (Chinese zip tools), which also maps every byte of CP437's ASCII range unchanged.
 */
function decodeName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) return utf8.decode(bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Locates the end-of-central-directory record, which may be followed by a comment of up to 64 KiB. */
function findEnd(bytes: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (dv.getUint32(i, true) === SIG_END) return i;
  }
  throw new PackageError(M.notZip);
}

/** Where the central directory starts and how many entries it lists (ZIP64 records included). */
function directory(bytes: Uint8Array, dv: DataView): { count: number; offset: number } {
  const end = findEnd(bytes, dv);
  let count = dv.getUint16(end + 10, true);
  let offset = dv.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && dv.getUint32(end - 20, true) === SIG_LOCATOR64) {
    const end64 = Number(dv.getBigUint64(end - 12, true));
    if (end64 + 56 > bytes.length || dv.getUint32(end64, true) !== SIG_END64) throw new PackageError(M.notZip);
    count = Number(dv.getBigUint64(end64 + 32, true));
    offset = Number(dv.getBigUint64(end64 + 48, true));
  }
  if (count > MAX_ENTRIES) throw new PackageError(M.tooManyEntries(count, MAX_ENTRIES));
  return { count, offset };
}

/** The ZIP64 extra field (0x0001) holds, in this order, only the fields that overflowed. */
function zip64Fields(
  dv: DataView,
  from: number,
  to: number,
  f: { size: number; compressedSize: number; localOffset: number },
): void {
  for (let e = from; e + 4 <= to;) {
    const id = dv.getUint16(e, true);
    const len = dv.getUint16(e + 2, true);
    if (id === 0x0001) {
      let q = e + 4;
      const next = (): number => {
        const v = q + 8 <= e + 4 + len ? Number(dv.getBigUint64(q, true)) : 0xffffffff;
        q += 8;
        return v;
      };
      if (f.size === 0xffffffff) f.size = next();
      if (f.compressedSize === 0xffffffff) f.compressedSize = next();
      if (f.localOffset === 0xffffffff) f.localOffset = next();
    }
    e += 4 + len;
  }
}

/** Reads one central directory record at `p`; returns the entry and where the next record starts. */
function centralEntry(bytes: Uint8Array, dv: DataView, p: number): { entry: ZipEntry; next: number } {
  if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIG_CENTRAL) throw new PackageError(M.damaged('目录记录损坏'));
  const flags = dv.getUint16(p + 8, true);
  const method = dv.getUint16(p + 10, true);
  const nameLen = dv.getUint16(p + 28, true);
  const extraLen = dv.getUint16(p + 30, true);
  const commentLen = dv.getUint16(p + 32, true);
  const nameBytes = bytes.slice(p + 46, p + 46 + nameLen);
  const name = decodeName(nameBytes, flags);
  const f = { size: dv.getUint32(p + 24, true), compressedSize: dv.getUint32(p + 20, true), localOffset: 0 };
  f.localOffset = dv.getUint32(p + 42, true);
  const extraEnd = p + 46 + nameLen + extraLen;
  zip64Fields(dv, p + 46 + nameLen, Math.min(extraEnd, bytes.length), f);
  const shown = shownName(name);
  if (flags & 0x1) throw new PackageError(M.encrypted(shown));
  if (method !== 0 && method !== 8) throw new PackageError(M.unsupportedMethod(shown, method));
  if (method === 0 && f.compressedSize !== f.size) throw new PackageError(M.sizeMismatch(shown));
  if (f.size > MAX_PART_BYTES) throw new PackageError(M.partTooLarge(shown, f.size, MAX_PART_BYTES));
  const at = f.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== SIG_LOCAL) throw new PackageError(M.damaged(shown));
  const dataStart = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (dataStart + f.compressedSize > bytes.length) throw new PackageError(M.damaged(`部件「${shown}」不完整`));
  const entry: ZipEntry = {
    name,
    nameBytes,
    method,
    flags,
    dosTime: dv.getUint16(p + 12, true),
    dosDate: dv.getUint16(p + 14, true),
    crc: dv.getUint32(p + 16, true),
    compressedSize: f.compressedSize,
    size: f.size,
    raw: bytes.subarray(dataStart, dataStart + f.compressedSize),
  };
  return { entry, next: extraEnd + commentLen };
}

/**
 * Reads the central directory: every entry, in stored order, with a view of its compressed bytes. Refuses more
 * entries than `MAX_ENTRIES`, a part or a total declared past the limits, and names that occur twice (compared
 * without case, as OPC part names are).
 */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw new PackageError(M.tooShort);
  const dv = view(bytes);
  const { count, offset } = directory(bytes, dv);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let p = offset;
  for (let i = 0; i < count; i++) {
    const { entry, next } = centralEntry(bytes, dv, p);
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw new PackageError(M.duplicateEntry(shownName(entry.name)));
    seen.add(key);
    total += entry.size;
    if (total > MAX_TOTAL_BYTES) throw new PackageError(M.totalTooLarge(total, MAX_TOTAL_BYTES));
    entries.push(entry);
    p = next;
  }
  return entries;
}

/** Whole-part inflating and CRC-32 in native code, where the platform has them (Node's zlib). */
export interface NativeCodec {
  /** The inflated bytes of raw deflate data; throws once the output would pass `limit` bytes. */
  inflateRaw(raw: Uint8Array, limit: number): Uint8Array;
  crc32(data: Uint8Array, prev: number): number;
}

let native: NativeCodec | null = null;

/**
 * Installs native inflating and CRC-32 for every entry read from now on (null goes back to fflate and plain
 * code). Node's zlib inflated and checked the parts of a 10,000-school county in about a seventh of fflate's
 * time (0.05 against 0.35 s), and a 300-school one before fflate's code had warmed up.
 */
export function useNativeCodec(codec: NativeCodec | null): void {
  native = codec;
}

/**
 * Inflates an entry, handing its output to `sink` in pieces. It stops as soon as the output passes the declared
 * size (so a zip bomb costs no more than its declaration allows), and checks size and CRC at the end.
 */
export function inflateEntry(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
  if (native && entry.method === 8) inflateNative(entry, native, sink);
  else inflateSteps(entry, sink);
}

function inflateNative(entry: ZipEntry, codec: NativeCodec, sink: (chunk: Uint8Array) => void): void {
  const shown = shownName(entry.name);
  let out: Uint8Array;
  try {
    // One byte past the declared size is enough to know that the entry lies about it.
    out = codec.inflateRaw(entry.raw, entry.size + 1);
  } catch (e) {
    const tooLarge = e instanceof RangeError || (e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new PackageError(tooLarge ? M.sizeMismatch(shown) : M.inflateFailed(shown));
  }
  if (out.length !== entry.size) throw new PackageError(M.sizeMismatch(shown));
  if (codec.crc32(out, 0) !== entry.crc) throw new PackageError(M.crcMismatch(shown));
  for (let at = 0; at < out.length; at += PIECE) sink(out.subarray(at, at + PIECE));
}

/** Bytes handed on at a time from a part inflated whole, so that its text is decoded in pieces. */
const PIECE = 1 << 20;

/**
 * fflate's streaming inflater, loaded on first use: the command line inflates with zlib and never needs it, and
 * loading fflate took 19 ms of the start-up of every run (a 300-school county takes under half a second).
 */
function fflateInflate(): typeof FflateInflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would load fflate on every start-up; webpack still bundles it for the pane.
  return (require('fflate') as typeof import('fflate')).Inflate;
}

function inflateSteps(entry: ZipEntry, sink: (chunk: Uint8Array) => void): void {
  const shown = shownName(entry.name);
  const checksum = native ? native.crc32 : crc32;
  let size = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    size += chunk.length;
    if (size > entry.size) throw new PackageError(M.sizeMismatch(shown));
    crc = checksum(chunk, crc);
    sink(chunk);
  };
  const raw = entry.raw;
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += PIECE) take(raw.subarray(at, at + PIECE));
  } else {
    const inflater = new (fflateInflate())((chunk) => take(chunk));
    try {
      for (let at = 0; at < raw.length || at === 0; at += INFLATE_STEP) {
        inflater.push(raw.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= raw.length);
      }
    } catch (e) {
      if (e instanceof PackageError) throw e;
      throw new PackageError(M.inflateFailed(shown));
    }
  }
  if (size !== entry.size) throw new PackageError(M.sizeMismatch(shown));
  if (crc !== entry.crc) throw new PackageError(M.crcMismatch(shown));
}

/** Checks that an entry inflates to its declared size and CRC, keeping nothing (for entries copied as they are). */
export function verifyEntry(entry: ZipEntry): void {
  inflateEntry(entry, () => undefined);
}

/** The uncompressed bytes of an entry, checked. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(entry, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}

/**
 * The encoding of an XML part from its first bytes (XML 1.0, appendix F): a byte-order mark, or the `<` of
 * UTF-16 without one; else UTF-8. The decoders drop the mark.
 */
export function xmlEncodingOf(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head.length >= 2 && head[0] === 0x3c && head[1] === 0x00) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0x00 && head[1] === 0x3c) return 'utf-16be';
  return 'utf-8';
}

/** Index at which `bytes` can be cut without splitting a UTF-8 sequence still in progress at its end. */
function utf8Cut(bytes: Uint8Array): number {
  // A sequence is at most four bytes: the last byte that is not a continuation byte (10xxxxxx) among the last
  // four starts whatever may be unfinished; with none, every sequence there has ended (or is broken).
  for (let j = bytes.length - 1; j >= 0 && j >= bytes.length - 4; j--) {
    const b = bytes[j];
    if (b < 0x80) return j + 1;
    if ((b & 0xc0) !== 0x80) return j;
  }
  return bytes.length;
}

/**
 * UTF-8 decoded in pieces that are each decoded whole, cut where no sequence is unfinished. The text is the same
 * as a streaming decoder's, broken sequences included (a sequence cut short reads as one U+FFFD either way), and
 * it takes half the time: 8 MB of worksheet XML decoded in 51 ms instead of 98.
 */
export class Utf8Pieces {
  /** The first piece drops a byte-order mark, as a streaming decoder does at the start only. */
  private readonly first = new TextDecoder('utf-8');
  private readonly rest = new TextDecoder('utf-8', { ignoreBOM: true });
  private started = false;
  private carry: Uint8Array | null = null;

  constructor(private readonly sink: (text: string) => void) {}

  push(chunk: Uint8Array, final: boolean): void {
    let bytes = chunk;
    if (this.carry) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = null;
    }
    const cut = final ? bytes.length : utf8Cut(bytes);
    if (cut < bytes.length) this.carry = bytes.slice(cut);
    if (cut === 0) return;
    const text = (this.started ? this.rest : this.first).decode(bytes.subarray(0, cut));
    this.started = true;
    if (text) this.sink(text);
  }
}

/**
 * Streams an entry's text to `sink` in decoded pieces (UTF-8 or UTF-16, with or without a byte-order mark), so
 * that a large part never becomes one string. `inflated` is the entry's bytes when they were inflated and checked
 * already.
 */
export function streamText(entry: ZipEntry, sink: (text: string) => void, inflated?: Uint8Array): void {
  let decode: ((chunk: Uint8Array, final: boolean) => void) | null = null;
  let head = new Uint8Array(0);
  const push = (chunk: Uint8Array, final: boolean): void => {
    if (!decode) {
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      if (joined.length < 4 && !final) {
        head = joined;
        return;
      }
      decode = decoderFor(xmlEncodingOf(joined), sink);
      chunk = joined;
    }
    decode(chunk, final);
  };
  if (inflated) {
    for (let at = 0; at < inflated.length; at += PIECE) push(inflated.subarray(at, at + PIECE), false);
  } else {
    inflateEntry(entry, (chunk) => push(chunk, false));
  }
  push(new Uint8Array(0), true);
}

/** A decoder of chunks into `sink`: `Utf8Pieces` for UTF-8, a streaming `TextDecoder` for UTF-16. */
function decoderFor(encoding: ReturnType<typeof xmlEncodingOf>, sink: (text: string) => void) {
  if (encoding === 'utf-8') {
    const pieces = new Utf8Pieces(sink);
    return (chunk: Uint8Array, final: boolean) => pieces.push(chunk, final);
  }
  const decoder = new TextDecoder(encoding);
  return (chunk: Uint8Array, final: boolean) => {
    const text = decoder.decode(chunk, { stream: !final });
    if (text) sink(text);
  };
}

/** The whole text of an entry (for the small parts that are edited in place). */
export function entryText(entry: ZipEntry): string {
  const pieces: string[] = [];
  streamText(entry, (t) => pieces.push(t));
  return pieces.join('');
}
