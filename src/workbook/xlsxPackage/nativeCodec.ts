/**
 * Node's zlib as the reader's codec (see `useNativeCodec`). Imported by the command line's package entry only;
 * the browser keeps fflate and the plain CRC-32.
 */
import { constants as Z, crc32, deflateRawSync, inflateRawSync } from 'zlib';
import type { NativeCodec } from './zip';
import { type DeflateCodec, LEVEL } from './zipWrite';

/** zlib's smallest output chunk; parts are inflated into one chunk of their declared size (plus one byte). */
const MIN_CHUNK = 64;

export const nodeCodec: NativeCodec = {
  // One output chunk the size of the part: in 16 KB chunks zlib gathers and then copies the whole output, which
  // doubled the time to inflate the 8 MB school sheet of 10,000 schools (65 against 33 ms).
  inflateRaw: (raw, limit) =>
    inflateRawSync(raw, { maxOutputLength: Math.max(1, limit), chunkSize: Math.max(MIN_CHUNK, limit) }),
  crc32: (data, prev) => crc32(data, prev),
};

/** Node's zlib as the writer's codec (see `useNativeDeflate`). */
export const nodeDeflate: DeflateCodec = {
  // Each block is compressed on its own and ends with a sync flush, which leaves the deflate stream open; the last
  // one finishes it. The blocks concatenated are one valid stream (back-references stay within a block).
  stream: () => (data, final) => [
    deflateRawSync(data, { level: LEVEL, finishFlush: final ? Z.Z_FINISH : Z.Z_SYNC_FLUSH }),
  ],
  crc32: (data, prev) => crc32(data, prev),
};
