/**
 * Node's zlib as the reader's codec (see `useNativeCodec`). Imported by the command line's package entry only;
 * the browser keeps fflate and the plain CRC-32.
 */
import { crc32, inflateRawSync } from 'zlib';
import type { NativeCodec } from './zip';

export const nodeCodec: NativeCodec = {
  inflateRaw: (raw, limit) => inflateRawSync(raw, { maxOutputLength: Math.max(1, limit) }),
  crc32: (data, prev) => crc32(data, prev),
};
