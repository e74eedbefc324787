/**
 * Schools across years: matched by 学校代码, joined through the user's `学校对照` sheet (原学校代码 → 现学校代码)
 * when a school was renamed or merged, and the schools that appeared, disappeared or changed between two years.
 */
import { a1 } from '../a1';
import { compareMessages as m, STAGE_WORDS } from '../messages';
import type { School } from '../model';
import { cellText, normalizeHeader } from '../read/normalize';
import type { EvaluationResult } from '../result';
import type { SheetGrid, WorkbookInput } from '../types';
import type { CompareIssue, SchoolChange, SchoolKeys } from './compareTypes';

/** The user's mapping sheet. */
export const MAPPING_SHEET = '学校对照';
const FROM_HEADERS = new Set(['原学校代码', '原代码', '旧学校代码', '上年学校代码'].map(normalizeHeader));
const TO_HEADERS = new Set(['现学校代码', '现代码', '新学校代码', '本年学校代码'].map(normalizeHeader));
const HEADER_ROWS = 10;

/** Old code → current code, from `学校对照` of any of the workbooks (the latest's rows win). */
export function readMapping(books: readonly { file: string; workbook: WorkbookInput }[]): {
  mapping: Map<string, string>;
  issues: CompareIssue[];
} {
  const mapping = new Map<string, string>();
  const issues: CompareIssue[] = [];
  for (const { file, workbook } of books) {
    const grid = workbook.sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(MAPPING_SHEET));
    if (grid) readMappingSheet(grid, file, mapping, issues);
  }
  return { mapping, issues };
}

function readMappingSheet(grid: SheetGrid, file: string, into: Map<string, string>, issues: CompareIssue[]): void {
  for (let r = 0; r < Math.min(HEADER_ROWS, grid.values.length); r++) {
    const row = grid.values[r] ?? [];
    const from = row.findIndex((v) => FROM_HEADERS.has(normalizeHeader(cellText(v))));
    const to = row.findIndex((v) => TO_HEADERS.has(normalizeHeader(cellText(v))));
    if (from < 0 || to < 0) continue;
    for (let k = r + 1; k < grid.values.length; k++) {
      const a = cellText(grid.values[k]?.[from]).trim();
      const b = cellText(grid.values[k]?.[to]).trim();
      if (a !== '' && b !== '') into.set(a, b);
      else if (a !== '' || b !== '') {
        const cell = a1(k, a === '' ? from : to);
        issues.push(warning('mapping-half', m.mappingHalf(grid.name, cell), file, grid.name, cell));
      }
    }
    return;
  }
  issues.push(warning('mapping-no-header', m.mappingNoHeader(grid.name), file, grid.name, null));
}

function warning(code: string, message: string, file: string, sheet: string, cell: string | null): CompareIssue {
  return { severity: 'warning', code, message, file, sheet, cell };
}

/** Follows old → new codes to the end of the chain (a loop in the user's sheet stops where it repeats). */
export function resolveCode(code: string, mapping: ReadonlyMap<string, string>): string {
  let at = code;
  const seen = new Set([at]);
  for (let next = mapping.get(at); next !== undefined && !seen.has(next); next = mapping.get(at)) {
    seen.add(next);
    at = next;
  }
  return at;
}

/**
 * Keys for every year's schools. A code of an earlier year that the mapping leads to a current code is tracked
 * under that code, unless several schools of that year lead there (a merger): then the one already bearing the
 * code keeps it and the others stay under their own codes, marked as merged.
 */
export function schoolKeys(
  schoolsByYear: readonly (readonly School[])[],
  mapping: ReadonlyMap<string, string>,
): SchoolKeys {
  const last = schoolsByYear.length - 1;
  const keys = schoolsByYear.map(() => new Map<string, string>());
  const merged: SchoolKeys['merged'] = [];
  schoolsByYear.forEach((schools, y) => {
    const byTarget = new Map<string, string[]>();
    for (const s of schools) {
      const target = y === last ? s.code : resolveCode(s.code, mapping);
      const list = byTarget.get(target);
      if (list) list.push(s.code);
      else byTarget.set(target, [s.code]);
    }
    for (const [target, codes] of byTarget) {
      const keeper = codes.length === 1 ? codes[0] : codes.find((c) => c === target);
      for (const c of codes) {
        keys[y].set(c, c === keeper ? target : c);
        if (c !== keeper) merged.push({ at: y, code: c, into: target });
      }
    }
  });
  return { keyOf: (y, code) => keys[y].get(code) ?? code, merged };
}

export interface SchoolChanges {
  added: SchoolChange[];
  removed: SchoolChange[];
  changed: SchoolChange[];
}

/** The schools that appeared, disappeared or changed from each year to the next. */
export function schoolChanges(
  results: readonly EvaluationResult[],
  schoolsByYear: readonly (readonly School[])[],
  years: readonly string[],
  keys: SchoolKeys,
): SchoolChanges {
  const out: SchoolChanges = { added: [], removed: [], changed: [] };
  for (let y = 1; y < schoolsByYear.length; y++) {
    const before = keyed(schoolsByYear[y - 1], (c) => keys.keyOf(y - 1, c));
    const after = keyed(schoolsByYear[y], (c) => keys.keyOf(y, c));
    const year = years[y];
    const mergedNow = keys.merged.filter((e) => e.at === y - 1);
    for (const [key, s] of after) {
      const old = before.get(key);
      if (!old) {
        const from = mergedNow.filter((e) => e.into === key).map((e) => e.code);
        out.added.push({ code: key, name: s.name, year, what: from.length > 0 ? m.mergedFrom(from) : m.events.added });
        continue;
      }
      for (const what of identityChanges(old, s)) out.changed.push({ code: key, name: s.name, year, what });
    }
    for (const [key, s] of before) {
      if (after.has(key)) continue;
      const into = mergedNow.find((e) => e.code === key);
      if (into && after.has(into.into))
        out.changed.push({ code: key, name: s.name, year, what: m.mergedInto(into.into) });
      else out.removed.push({ code: key, name: s.name, year, what: m.events.removed });
    }
    out.changed.push(...scopeChanges(results[y - 1], results[y], keys, y, year));
  }
  return out;
}

function keyed(schools: readonly School[], keyOf: (code: string) => string): Map<string, School> {
  const map = new Map<string, School>();
  for (const s of schools) if (!map.has(keyOf(s.code))) map.set(keyOf(s.code), s);
  return map;
}

function identityChanges(before: School, after: School): string[] {
  const out: string[] = [];
  if (before.code !== after.code) out.push(m.recoded(before.code, after.code));
  if (before.name !== after.name) out.push(m.renamed(before.name, after.name));
  if ((before.type ?? before.rawType) !== (after.type ?? after.rawType)) {
    out.push(m.retyped(before.type ?? before.rawType, after.type ?? after.rawType));
  }
  return out;
}

/** Parts that left or entered the 资源配置 evaluation (a 降格 school below 50 pupils moves the coefficients). */
function scopeChanges(
  before: EvaluationResult,
  after: EvaluationResult,
  keys: SchoolKeys,
  y: number,
  year: string,
): SchoolChange[] {
  const was = new Map(before.parts.map((p) => [`${keys.keyOf(y - 1, p.code)}|${p.stage}`, p]));
  const out: SchoolChange[] = [];
  for (const p of after.parts) {
    const old = was.get(`${keys.keyOf(y, p.code)}|${p.stage}`);
    if (!old || old.included === p.included) continue;
    const stage = STAGE_WORDS[p.stage];
    const what = p.included ? m.enteredScope(stage) : m.leftScope(stage, p.excludedReason ?? '');
    out.push({ code: p.code, name: p.name, year, what });
  }
  return out;
}
