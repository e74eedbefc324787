/**
 * Golden fixtures: each test/fixtures/<name>/input.xlsx (written by build-fixtures.ts) evaluated through
 * the exceljs adapter and the engine, against the hand-checked figures of expected.json (the hand
 * calculations are in the README.md beside each). Only the keys present in expected.json are compared.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { evaluate } from '../src/engine/evaluate';
import type { EvaluationResult } from '../src/engine/result';
import type { CellValue, DataIssue, SheetGrid } from '../src/engine/types';
import { ExceljsWorkbook } from '../src/workbook/exceljsAdapter';
import { FIXTURES } from './fixtures/build-fixtures';
import { cellOf, countyCell } from './support/grid';

const FIXTURE_DIR = path.join(__dirname, 'fixtures');

/** A cell named by its school row and header, or by its county item, resolved with the grid helpers. */
type CellRef = string | { row: number; header: string } | { county: string } | null;

interface ExpectedIssue {
  code: string;
  severity: DataIssue['severity'];
  sheet: string;
  cell: CellRef;
}

interface Expected {
  verdict?: string;
  partCount?: number;
  parts?: Array<{ code: string; stage: string; [key: string]: unknown }>;
  coefficients?: Record<string, Record<string, unknown>>;
  guarantee?: Array<{ id: string; [key: string]: unknown }>;
  quality?: Array<{ id: string; [key: string]: unknown }>;
  issues?: ExpectedIssue[];
  /** The exact sorted list of error codes (warnings aside), when the fixture must raise no other error. */
  errorCodes?: string[];
}

function trimmed(values: CellValue[][]): CellValue[][] {
  const rows = values.map((r) => {
    const copy = [...r];
    while (copy.length > 0 && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** Compares `actual` with the keys of `expected`; numbers to 1e-8 relative. */
function expectSubset(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tol = 1e-8 * Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > tol) throw new Error(`${where}: expected ${expected}, got ${actual}`);
    return;
  }
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object') throw new Error(`${where}: expected an object, got ${actual}`);
    for (const [k, v] of Object.entries(expected)) {
      expectSubset((actual as Record<string, unknown>)[k], v, `${where}.${k}`);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      throw new Error(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
    expected.forEach((e, i) => expectSubset(actual[i], e, `${where}[${i}]`));
    return;
  }
  if (actual !== expected) {
    throw new Error(`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function resolveCell(ref: CellRef, schoolGrid: SheetGrid, countyGrid: SheetGrid | undefined): string | null {
  if (ref === null || typeof ref === 'string') return ref;
  if ('county' in ref) {
    if (!countyGrid) throw new Error('fixture has no county sheet');
    return countyCell(countyGrid, ref.county);
  }
  return cellOf(schoolGrid, ref.row, ref.header);
}

function check(name: string, result: EvaluationResult, expected: Expected): void {
  const grids = FIXTURES[name].sheets;
  const school = grids[0];
  const county = grids.find((g) => g.name === '区县数据');
  if (expected.verdict !== undefined) expectSubset(result.verdict, expected.verdict, 'verdict');
  if (expected.partCount !== undefined) expectSubset(result.parts.length, expected.partCount, 'parts.length');
  for (const p of expected.parts ?? []) {
    const actual = result.parts.find((x) => x.code === p.code && x.stage === p.stage);
    if (!actual) throw new Error(`no part ${p.code} ${p.stage}`);
    expectSubset(actual, p, `parts[${p.code}/${p.stage}]`);
  }
  if (expected.coefficients) expectSubset(result.coefficients, expected.coefficients, 'coefficients');
  for (const list of ['guarantee', 'quality'] as const) {
    for (const item of expected[list] ?? []) {
      const actual = result[list].find((x) => x.id === item.id);
      expectSubset(actual, item, `${list}[${item.id}]`);
    }
  }
  for (const issue of expected.issues ?? []) {
    const cell = resolveCell(issue.cell, school, county);
    const found = result.issues.find(
      (i) => i.code === issue.code && i.severity === issue.severity && i.sheet === issue.sheet && i.cell === cell,
    );
    if (!found) {
      throw new Error(
        `issue ${issue.code} at ${issue.sheet}!${cell} not found; got ${JSON.stringify(result.issues.map((i) => [i.code, i.sheet, i.cell]))}`,
      );
    }
    expect(found.message).toContain(cell ?? issue.sheet);
  }
  if (expected.errorCodes) {
    const errors = result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
    expectSubset(errors.sort(), expected.errorCodes, 'error codes');
  }
}

describe.each(Object.keys(FIXTURES))('golden fixture %s', (name) => {
  const dir = path.join(FIXTURE_DIR, name);

  it('has input.xlsx, expected.json and README.md, and input.xlsx holds the grids of build-fixtures.ts', async () => {
    for (const f of ['input.xlsx', 'expected.json', 'README.md'])
      expect([f, existsSync(path.join(dir, f))]).toEqual([f, true]);
    const book = await ExceljsWorkbook.open(path.join(dir, 'input.xlsx'));
    const read = (await book.readWorkbook()).sheets;
    expect(read.map((s) => s.name)).toEqual(FIXTURES[name].sheets.map((s) => s.name));
    read.forEach((s, i) => expect(trimmed(s.values)).toEqual(trimmed(FIXTURES[name].sheets[i].values)));
  });

  it('evaluates to the figures of expected.json', async () => {
    const expected = JSON.parse(await fs.readFile(path.join(dir, 'expected.json'), 'utf8')) as Expected;
    const book = await ExceljsWorkbook.open(path.join(dir, 'input.xlsx'));
    const outcome = evaluate(await book.readWorkbook());
    if (!outcome.ok) throw new Error(outcome.reason);
    check(name, outcome.result, expected);
  });
});
