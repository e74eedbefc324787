/**
 * The part of Node's `zlib` the package writer uses (src/workbook/xlsxPackage/zipWrite.ts), for the web page: the
 * page's webpack configuration puts this module where the writer imports `zlib`, so the page writes the result
 * workbook with the command's own writer. Deflate is fflate's; a sync flush ends a block on a byte boundary
 * without ending the stream, as zlib's Z_SYNC_FLUSH does, so blocks deflated one by one join into one stream.
 */
import { Deflate } from 'fflate';
import type { DeflateOptions } from 'fflate';
import { crc32 as plainCrc32 } from '../workbook/xlsxPackage/crc32';

/** zlib's flush values the writer passes. */
export const constants = { Z_SYNC_FLUSH: 2, Z_FINISH: 4 } as const;

/** Raw deflate of `data`: finished (the default), or left open after a sync flush. */
export function deflateRawSync(data: Uint8Array, options: { level?: number; finishFlush?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const level = (options.level ?? 6) as DeflateOptions['level'];
  const stream = new Deflate({ level }, (chunk) => chunks.push(chunk));
  if (options.finishFlush === constants.Z_SYNC_FLUSH) {
    stream.push(data, false);
    stream.flush(true);
  } else stream.push(data, true);
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** CRC-32 of `data`, continuing `prev`. */
export function crc32(data: Uint8Array, prev = 0): number {
  return plainCrc32(data, prev);
}
