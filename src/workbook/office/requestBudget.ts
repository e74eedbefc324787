/**
 * Sizes and shapes of what the adapter sends to Excel. Excel on the web rejects any request (everything queued
 * between two `context.sync()` calls) or response larger than 5 MB, so the adapter estimates each queued call
 * from the JSON it serialises to and flushes before a request would pass its budget.
 */
import { a1Range, parseA1 } from '../../engine/a1';

/** Excel on the web's documented limit on one request or response. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Default budget per request: a margin below the limit for the envelope Office.js adds around each call. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * Default longest comma-joined address handed to `worksheet.getRanges`. Long union addresses have been reported
 * to fail; 255 characters is Excel's classic limit on a reference, so it is the safe side.
 */
export const DEFAULT_ADDRESS_LIMIT = 255;

/** Bytes of envelope (object paths, action ids, property names) counted for every queued call besides its data. */
export const CALL_OVERHEAD = 256;

/** Byte length of a string once encoded as UTF-8 (Chinese text takes three bytes a character). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one four-byte character.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one queued call carrying `data`. */
export function estimateCall(data: unknown): number {
  return CALL_OVERHEAD + utf8Length(JSON.stringify(data) ?? '');
}

/** A rectangle of cells, 0-based and inclusive. */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Parses `B3` or `B3:D9` (with or without `$`) into a rectangle; null for anything else. */
export function parseRange(address: string): Rect | null {
  const parts = address.split(':');
  if (parts.length > 2) return null;
  const a = parseA1(parts[0]);
  const b = parts.length === 2 ? parseA1(parts[1]) : a;
  if (!a || !b) return null;
  return {
    r0: Math.min(a.row, b.row),
    c0: Math.min(a.col, b.col),
    r1: Math.max(a.row, b.row),
    c1: Math.max(a.col, b.col),
  };
}

/** A1 address of a rectangle. */
export function rectAddress(r: Rect): string {
  return a1Range(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/**
 * Joins rectangles that sit on top of each other in the same columns (a status column's cells become one run),
 * so that fewer, shorter addresses reach Excel. Overlapping or touching runs merge; nothing else changes.
 */
export function coalesceRects(rects: readonly Rect[]): Rect[] {
  const sorted = [...rects].sort((a, b) => a.c0 - b.c0 || a.c1 - b.c1 || a.r0 - b.r0);
  const out: Rect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last.c0 === r.c0 && last.c1 === r.c1 && r.r0 <= last.r1 + 1) {
      last.r1 = Math.max(last.r1, r.r1);
    } else out.push({ ...r });
  }
  return out;
}

/** Groups addresses into comma-joined strings no longer than `limit` characters (a longer single one stands alone). */
export function joinAddresses(addresses: readonly string[], limit: number): string[] {
  const groups: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current === '') current = a;
    else if (current.length + 1 + a.length <= limit) current += ',' + a;
    else {
      groups.push(current);
      current = a;
    }
  }
  if (current !== '') groups.push(current);
  return groups;
}

/** Parses and coalesces A1 ranges, then joins them into `getRanges` addresses; unreadable ranges are returned apart. */
export function unionAddresses(ranges: readonly string[], limit: number): { groups: string[]; invalid: string[] } {
  const rects: Rect[] = [];
  const invalid: string[] = [];
  for (const r of ranges) {
    const rect = parseRange(r);
    if (rect) rects.push(rect);
    else invalid.push(r);
  }
  return { groups: joinAddresses(coalesceRects(rects).map(rectAddress), limit), invalid };
}

/**
 * Splits `rows` rows into consecutive chunks whose estimated size (from `rowBytes`) stays within `maxBytes`;
 * a single row larger than the budget is a chunk of its own.
 */
export function chunkRows(rows: number, rowBytes: (row: number) => number, maxBytes: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let r = 0; r < rows; r++) {
    const b = rowBytes(r);
    if (r > start && size + b > maxBytes) {
      chunks.push([start, r - start]);
      start = r;
      size = 0;
    }
    size += b;
  }
  if (rows > start) chunks.push([start, rows - start]);
  return chunks;
}
