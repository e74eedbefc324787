/**
 * No written sheet may carry two data validations (or two conditional formats) over the same cell: Excel "repairs"
 * such a file on opening and drops rules. Checked on sheet specs and on the bytes of every workbook the product writes.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { parseA1 } from '../../src/engine/a1';
import type { SheetSpec } from '../../src/engine/sheetSpec';

interface Rect {
  text: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangles of an sqref or a range: `A1`, `C3:C502`, several separated by spaces or commas. */
function rects(sqref: string): Rect[] {
  return sqref
    .split(/[\s,]+/)
    .filter((t) => t !== '')
    .map((text) => {
      const [a, b] = text.replace(/\$/g, '').split(':');
      const from = parseA1(a);
      const to = parseA1(b ?? a);
      if (!from || !to) throw new Error(`unreadable range ${text}`);
      return { text, top: from.row, left: from.col, bottom: to.row, right: to.col };
    });
}

const meet = (x: Rect, y: Rect): boolean =>
  x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right;

/** Every pair of ranges in `sqrefs` that share a cell, as `A1:B2 ∩ B2:C3`; empty when none do. */
export function overlappingRanges(sqrefs: readonly string[]): string[] {
  const all = sqrefs.flatMap((s, owner) => rects(s).map((r) => ({ ...r, owner })));
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (meet(all[i], all[j])) found.push(`${all[i].text} ∩ ${all[j].text}`);
    }
  }
  return found;
}

/** Overlapping validations of each spec, as `sheet: A ∩ B`. */
export function specOverlaps(specs: readonly SheetSpec[]): string[] {
  return specs.flatMap((s) =>
    overlappingRanges((s.validations ?? []).map((v) => v.range)).map((o) => `${s.name}: ${o}`),
  );
}

const SQREF = /<(dataValidation|conditionalFormatting)\b[^>]*\bsqref="([^"]*)"/g;

/** Overlapping data validations or conditional formats in each worksheet of an .xlsx file, as `part kind: A ∩ B`. */
export function xlsxOverlaps(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  const found: string[] = [];
  for (const [name, data] of Object.entries(parts)) {
    const xml = strFromU8(data);
    const byKind = new Map<string, string[]>();
    for (const m of xml.matchAll(SQREF)) byKind.set(m[1], [...(byKind.get(m[1]) ?? []), m[2]]);
    for (const [kind, sqrefs] of byKind) {
      for (const o of overlappingRanges(sqrefs)) found.push(`${name} ${kind}: ${o}`);
    }
  }
  return found;
}

/** How many data validations and conditional formats the file carries, so a check over none cannot pass unnoticed. */
export function xlsxRuleCount(bytes: Uint8Array): number {
  const parts = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) });
  return Object.values(parts).reduce((n, d) => n + [...strFromU8(d).matchAll(SQREF)].length, 0);
}
