/**
 * Roll-up of counties (MONITORING.md §2): three fixture counties and one workbook that is not an .xlsx, through
 * the engine and through the command (in this process; the spawned command with worker threads is
 * rollup-spawn.test.ts). Figures are the fixtures' hand calculations (test/fixtures/*\/README.md).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { evaluate } from '../../src/engine/evaluate';
import { buildRollup, summarizeCounty, type CountyOutcome } from '../../src/engine/monitoring/rollup';
import { buildRollupSheets } from '../../src/engine/output/rollupSheets';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { readGrids } from '../../src/workbook/xlsxPackage';

const fixtures = path.resolve(__dirname, '..', 'fixtures');
const RONGCHANG = path.join(fixtures, 'seed-000-rongchang', 'input.xlsx');
const COMPOSITE = path.join(fixtures, 'composite-passes-one-fails', 'input.xlsx');
const WEIGHTED = path.join(fixtures, 'weighted-vs-unweighted', 'input.xlsx');

function outcomeOf(file: string): CountyOutcome {
  const outcome = evaluate(readGrids(readFileSync(file)));
  if (!outcome.ok) throw new Error(outcome.reason);
  return { file, summary: summarizeCounty(outcome.result) };
}

/** The cell of county number `row` (1-based, as in 序号) under `header`: the title is row 0, the header row 1. */
function cell(sheet: SheetSpec, ref: { row: number; header: string }): unknown {
  const col = sheet.values[1].indexOf(ref.header);
  if (col < 0) throw new Error(`no column ${ref.header}`);
  return sheet.values[ref.row + 1][col];
}

const BROKEN: CountyOutcome = { file: '坏文件.xlsx', error: '不是有效的 .xlsx 工作簿：坏文件.xlsx' };

describe('rollup engine', () => {
  const rollup = buildRollup([outcomeOf(RONGCHANG), outcomeOf(COMPOSITE), BROKEN, outcomeOf(WEIGHTED)]);
  const [summarySheet, comparisonSheet, issuesSheet] = buildRollupSheets(rollup);

  it('keeps each county verdict, part counts and coefficients, in input order', () => {
    expect(rollup.usable).toBe(3);
    const got = rollup.counties.map((c) =>
      'summary' in c ? [c.summary.county, c.summary.verdict, c.summary.parts] : [c.file, c.error],
    );
    expect(got).toEqual([
      ['荣昌区', 'incomplete', { pass: 4, fail: 0, incomplete: 0, excluded: 0 }],
      ['综合达标县', 'fail', { pass: 3, fail: 0, incomplete: 0, excluded: 0 }],
      ['坏文件.xlsx', '不是有效的 .xlsx 工作簿：坏文件.xlsx'],
      ['加权县', 'fail', { pass: 5, fail: 0, incomplete: 0, excluded: 0 }],
    ]);
    const composite = rollup.counties[1] as Extract<CountyOutcome, { summary: unknown }>;
    // 4619.76 ÷ 5466.67 (README of composite-passes-one-fails).
    expect(composite.summary.coefficients.primary.L6.cv).toBeCloseTo(0.8450788360522155, 12);
    expect(composite.summary.coefficients.primary.L6.pass).toBe(false);
    expect(composite.summary.coefficients.junior.L1).toEqual({ n: 0, cv: null, limit: 0.45, pass: null });
    expect(composite.summary.blockers[0]).toBe('资源配置：小学 L6 差异系数 0.845 超过上限 0.5');
  });

  it('ranks each coefficient across counties, worst first, with counts and spread', () => {
    const l4 = rollup.comparisons.find((c) => c.stage === 'primary' && c.indicator === 'L4');
    // 加权县 0.64206 (README of weighted-vs-unweighted), then the two counties with equal values (cv 0).
    expect(l4?.ranks.map((r) => [r.index, r.cv])).toEqual([
      [3, 0.6420574832453737],
      [0, 0],
      [1, 0],
    ]);
    expect([l4?.pass, l4?.fail, l4?.none, l4?.max, l4?.median, l4?.min]).toEqual([2, 1, 0, 0.6420574832453737, 0, 0]);
    const juniorL1 = rollup.comparisons.find((c) => c.stage === 'junior' && c.indicator === 'L1');
    // Only 荣昌区 has junior parts; the other two are 不可计算 and go last.
    expect(juniorL1?.ranks.map((r) => [r.index, r.cv])).toEqual([
      [0, 0],
      [1, null],
      [3, null],
    ]);
    expect([juniorL1?.limit, juniorL1?.pass, juniorL1?.none, juniorL1?.median]).toEqual([0.45, 1, 2, 0]);
  });

  it('writes 区县汇总 with one row per county and the unreadable workbook with its reason', () => {
    expect(summarySheet.name).toBe('区县汇总');
    expect(cell(summarySheet, { row: 2, header: '总体结论' })).toBe('未达标');
    expect(cell(summarySheet, { row: 2, header: '小学L6差异系数' })).toBeCloseTo(0.845078836, 9);
    expect(cell(summarySheet, { row: 2, header: '小学L6结论' })).toBe('未达标');
    expect(cell(summarySheet, { row: 2, header: '初中L1结论' })).toBe('不可计算');
    expect(cell(summarySheet, { row: 1, header: '达标学段数' })).toBe(4);
    expect(cell(summarySheet, { row: 1, header: '资源配置' })).toBe('达标');
    expect(cell(summarySheet, { row: 1, header: 'G8' })).toBe('达标');
    expect(cell(summarySheet, { row: 3, header: '总体结论' })).toBe('无法读取');
    expect(cell(summarySheet, { row: 3, header: '无法读取的原因' })).toBe('不是有效的 .xlsx 工作簿：坏文件.xlsx');
    expect(cell(summarySheet, { row: 4, header: '区县' })).toBe('加权县');
    expect(summarySheet.values[0][0]).toBe('各区县义务教育优质均衡评估汇总（4 个区县）');
    // Some eighty columns print over several pages across, at the sheet's own font size.
    const width = summarySheet.columnWidths.reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThan(5 * 130);
    expect(summarySheet.page?.fitToWidth).toBe(Math.ceil(width / 130));
    expect(summarySheet.page?.printTitleRows).toEqual({ first: 2, last: 2 });
    expect(summarySheet.values[7][0]).toBe('合计：达标 0 个区县，未达标 2 个，待填报 1 个，无法读取 1 个');
  });

  it('writes 区县对比 rows against the limit and 数据问题 with the county named', () => {
    const l6 = comparisonSheet.values.filter((r) => r[0] === '小学' && r[1] === 'L6');
    // The spread table first: 上限, 区县数, 达标, 未达标, 不可计算, 最大, 中位数, 最小.
    expect(l6[0].slice(3)).toEqual([0.5, 3, 2, 1, 0, 0.8450788360522155, 0, 0]);
    const rows = l6.slice(1);
    expect(rows.map((r) => [r[3], r[4], r[7], r[8], r[10]])).toEqual([
      [1, '综合达标县', 0.8450788360522155, 0.5, '未达标'],
      [2, '荣昌区', 0, 0.5, '达标'],
      [3, '加权县', 0, 0.5, '达标'],
    ]);
    expect(rows[0][9]).toBeCloseTo(0.3450788360522155, 12);
    const composite = rollup.counties[1] as Extract<CountyOutcome, { summary: unknown }>;
    const countyRows = issuesSheet.values.filter((r) => r[0] === '综合达标县');
    expect(countyRows).toHaveLength(composite.summary.issues.length);
    const broken = issuesSheet.values.find((r) => r[1] === '坏文件.xlsx');
    expect(broken?.[5]).toBe('工作簿无法读取，未纳入汇总：不是有效的 .xlsx 工作簿：坏文件.xlsx');
  });
});

describe('rollup of the same county twice', () => {
  it('warns on 数据问题 that 综合达标县 2024 is in two workbooks, and still gives each its row', () => {
    const twice = buildRollup([
      outcomeOf(COMPOSITE),
      outcomeOf(RONGCHANG),
      { ...outcomeOf(COMPOSITE), file: 'copy.xlsx' },
    ]);
    expect(twice.duplicates).toEqual([{ county: '综合达标县', year: '2024', files: [COMPOSITE, 'copy.xlsx'] }]);
    const issues = buildRollupSheets(twice)[2];
    expect(issues.values[0][0]).toBe('各区县数据问题');
    expect(issues.values[2]).toEqual([
      '综合达标县',
      `${COMPOSITE}\ncopy.xlsx`,
      '警告',
      null,
      null,
      `区县“综合达标县”（2024 年度）出现在 2 个工作簿中：${COMPOSITE}、copy.xlsx；汇总中各占一行，请确认是否重复`,
    ]);
    expect(buildRollupSheets(twice)[0].values.filter((r) => typeof r[0] === 'number')).toHaveLength(3);
  });
});

describe('junheng rollup (in this process)', () => {
  let dir: string;
  const lines: string[] = [];
  const io: CliIo = {
    out: (l) => lines.push(l),
    err: (l) => lines.push(`ERR ${l}`),
    env: { JUNHENG_NOW: '2026-12-01T00:00:00Z' },
  };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-rollup-'));
    writeFileSync(path.join(dir, '坏文件.xlsx'), 'not a workbook');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rolls up the readable counties, lists the unreadable one, and writes the JSON of OUTPUT.md', async () => {
    const bad = path.join(dir, '坏文件.xlsx');
    const out = path.join(dir, 'city.xlsx');
    const json = path.join(dir, 'city.json');
    const status = await main(['rollup', RONGCHANG, COMPOSITE, bad, WEIGHTED, '--out', out, '--json', json], io);
    expect(status).toBe(0);
    expect(lines[0]).toBe('已汇总 3 个区县，1 个工作簿无法读取（见区县汇总表）');
    const doc = JSON.parse(readFileSync(json, 'utf8')) as { counties: Record<string, unknown>[] };
    expect(doc.counties.map((c) => [c.county, c.verdict, c.error === null])).toEqual([
      ['荣昌区', 'incomplete', true],
      ['综合达标县', 'fail', true],
      [null, null, false],
      ['加权县', 'fail', true],
    ]);
    expect(doc.counties[3].parts).toEqual({ pass: 5, fail: 0, incomplete: 0, excluded: 0 });
    const written = readGrids(readFileSync(out));
    expect(written.sheets.map((s) => s.name)).toEqual(['区县汇总', '区县对比', '数据问题']);
    expect(written.sheets[0].values[5][2]).toBe('加权县');
  });

  it('takes a folder, writes 区县汇总.xlsx into it, and never reads its own output on a second run', async () => {
    const folder = path.join(dir, '各区县');
    mkdirSync(folder);
    copyFileSync(COMPOSITE, path.join(folder, '综合.xlsx'));
    copyFileSync(WEIGHTED, path.join(folder, '加权.xlsx'));
    const written: Buffer[] = [];
    for (let run = 0; run < 2; run++) {
      lines.length = 0;
      expect(await main(['rollup', folder], io)).toBe(0);
      expect(lines.slice(0, 3)).toEqual(['已汇总 2 个区县', '  加权县：未达标', '  综合达标县：未达标']);
      written.push(readFileSync(path.join(folder, '区县汇总.xlsx')));
    }
    // The same inputs at the same stated time give the same file, byte for byte.
    expect(written[1].equals(written[0])).toBe(true);
    const book = readGrids(readFileSync(path.join(folder, '区县汇总.xlsx')));
    expect(book.sheets[0].values.slice(1, 4).map((r) => r[2])).toEqual(['区县', '加权县', '综合达标县']);
  });

  it('exits 2 with one line when no workbook can be used', async () => {
    lines.length = 0;
    const status = await main(['rollup', path.join(dir, '坏文件.xlsx'), path.join(dir, 'absent.xlsx')], io);
    expect(status).toBe(2);
    expect(lines).toEqual(['ERR junheng: 2 个工作簿都无法读取或评估，未写出汇总']);
  });
});
