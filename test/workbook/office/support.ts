/**
 * Builders for the Office adapter tests: synthetic SheetSpecs of any size, template-shaped workbooks for the
 * fake, and a check that a fake sheet holds exactly what a SheetSpec asked for.
 */
import { a1, a1Range, columnLetters } from '../../../src/engine/a1';
import { SHEETS } from '../../../src/engine/columns';
import type { OutputValue, SheetSpec } from '../../../src/engine/sheetSpec';
import { STATUS_FILLS } from '../../../src/engine/sheetSpec';
import { buildTemplateSheets } from '../../../src/engine/template';
import { parseRange } from '../../../src/workbook/office/requestBudget';
import { widthToPoints } from '../../../src/workbook/office/officeAdapter';
import type { FakeExcel, FakeSheetInit, FakeValue } from '../../support/fakeExcel';

const STATUS_WORDS = ['达标', '未达标(≥85%)', '未达标', '待填报'] as const;
const STATUS_COLORS = [STATUS_FILLS.pass, STATUS_FILLS.near, STATUS_FILLS.fail, STATUS_FILLS.missing];

/**
 * A 指标结果-like sheet: title, header, then one row per school with a 10-digit code (text), a Chinese name,
 * `numbers` unrounded values and `numbers` status words whose cells are filled by colour. `extraText`
 * adds that many characters of Chinese text to each row (to make rows wide).
 */
export function syntheticSpec(name: string, schools: number, numbers = 7, extraText = 0): SheetSpec {
  const header: OutputValue[] = ['学校代码', '学校名称'];
  for (let i = 0; i < numbers; i++) header.push(`指标${i + 1}`);
  for (let i = 0; i < numbers; i++) header.push(`结论${i + 1}`);
  if (extraText > 0) header.push('说明');
  const width = header.length;
  const values: OutputValue[][] = [['某县指标结果'], header];
  const fills = STATUS_COLORS.map((color) => ({ color: color as string, ranges: [] as string[] }));
  for (let s = 0; s < schools; s++) {
    const row: OutputValue[] = [String(5100000000 + s), `示例县第${s + 1}小学`];
    for (let i = 0; i < numbers; i++) row.push(((s + 1) * (i + 1)) / 3);
    for (let i = 0; i < numbers; i++) {
      const k = (s + i) % 4;
      row.push(STATUS_WORDS[k]);
      fills[k].ranges.push(a1(values.length, 2 + numbers + i));
    }
    if (extraText > 0) row.push('需'.repeat(extraText));
    values.push(row);
  }
  return {
    name,
    values,
    numberFormats: schools > 0 ? [{ range: a1Range(2, 2, schools, numbers), format: '0.00' }] : [],
    fills: fills.filter((f) => f.ranges.length > 0),
    bold: [a1Range(1, 0, 1, width)],
    merges: [a1Range(0, 0, 1, width)],
    columnWidths: header.map((_, i) => (i === 1 ? 28 : 12)),
    freeze: { rows: 2, cols: 2 },
  };
}

/** A SheetSpec's values as a fake sheet (what a user's workbook would hold). */
export function specToInit(spec: SheetSpec): FakeSheetInit {
  return { name: spec.name, values: spec.values.map((row) => row.map((v) => v as FakeValue)), merges: spec.merges };
}

/** The sample-county template with its school rows repeated (fresh codes) until there are `schools` rows. */
export function templateWorkbook(schools: number): FakeSheetInit[] {
  const specs = buildTemplateSheets({ sample: true });
  return specs.map((spec) => {
    const init = specToInit(spec);
    if (spec.name !== SHEETS.school) return init;
    const values = init.values ?? [];
    const header = values.slice(0, 2);
    const data = values.slice(2).filter((row) => typeof row[0] === 'string' && /^\d+$/.test(row[0]));
    const rows: FakeValue[][] = [];
    for (let i = 0; i < schools; i++) {
      const row = [...data[i % data.length]];
      row[0] = String(5100000000 + i);
      rows.push(row);
    }
    return { ...init, values: [...header, ...rows] };
  });
}

/** Every cell of a rectangle range, as A1 addresses. */
export function cellsOf(range: string): string[] {
  const r = parseRange(range);
  if (!r) throw new Error(`bad range ${range}`);
  const out: string[] = [];
  for (let row = r.r0; row <= r.r1; row++) for (let c = r.c0; c <= r.c1; c++) out.push(a1(row, c));
  return out;
}

/** Throws (with the first difference) unless the fake sheet holds exactly what `spec` describes. */
export function expectSheetMatchesSpec(fake: FakeExcel, spec: SheetSpec): void {
  const sheet = fake.sheet(spec.name);
  const fail = (what: string): never => {
    throw new Error(`${spec.name}: ${what}`);
  };
  const width = Math.max(0, ...spec.values.map((r) => r.length));
  for (let r = 0; r < Math.max(spec.values.length, sheet.values.length); r++) {
    for (let c = 0; c < Math.max(width, sheet.values[r]?.length ?? 0); c++) {
      // Excel keeps no empty strings: a cell written as '' is blank.
      const raw = spec.values[r]?.[c] ?? null;
      const want = raw === '' ? null : raw;
      const got = sheet.values[r]?.[c] ?? null;
      if (want !== got) fail(`${a1(r, c)} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  for (const nf of spec.numberFormats) {
    for (const cell of cellsOf(nf.range)) {
      const p = parseRange(cell)!;
      const got = sheet.formats[p.r0]?.[p.c0];
      if (got !== nf.format) fail(`format of ${cell} is ${String(got)}, expected ${nf.format}`);
    }
  }
  const wantFills = new Map<string, string>();
  for (const f of spec.fills) for (const range of f.ranges) for (const c of cellsOf(range)) wantFills.set(c, f.color);
  if (wantFills.size !== sheet.fills.size) fail(`${sheet.fills.size} filled cells, expected ${wantFills.size}`);
  for (const [cell, color] of wantFills) {
    if (sheet.fills.get(cell) !== color.toUpperCase()) fail(`fill of ${cell} is ${sheet.fills.get(cell)}`);
  }
  // The title row of a look is bold too (its larger font is checked with the rest of the look).
  const wantBold = new Set([...spec.bold, ...(spec.look?.title ?? [])].flatMap(cellsOf));
  if (wantBold.size !== sheet.bold.size || [...wantBold].some((c) => !sheet.bold.has(c))) fail('bold cells differ');
  if ([...sheet.merges].sort().join() !== [...spec.merges].sort().join()) fail(`merges ${sheet.merges.join()}`);
  spec.columnWidths.forEach((w, c) => {
    if (sheet.columnWidths.get(c) !== widthToPoints(w)) fail(`width of ${columnLetters(c)}`);
  });
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0) ? spec.freeze : null;
  if (JSON.stringify(sheet.freeze) !== JSON.stringify(freeze)) fail(`freeze ${JSON.stringify(sheet.freeze)}`);
  const lists = (spec.validations ?? []).filter((v) => v.list).map((v) => `${v.range}=${v.list!.join(',')}`);
  const gotLists = sheet.validations.map((v) => `${v.range}=${v.source}`);
  if (lists.join('|') !== gotLists.join('|')) fail('validations differ');
  const prompts = (spec.validations ?? []).filter((v) => v.prompt).map((v) => `${v.range}=${v.prompt!.message}`);
  const gotPrompts = sheet.prompts.map((v) => `${v.range}=${v.message}`);
  if (prompts.join('|') !== gotPrompts.join('|')) fail('prompts differ');
  if (Boolean(spec.chart) !== sheet.charts.length > 0) fail('chart presence differs');
}
