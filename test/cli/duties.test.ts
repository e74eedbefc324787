/**
 * 履行教育职责评价 end to end through the installed command (`node bin/junheng.js`, after `npm run build:cli`):
 * the sample's 履职 checks in the JSON, the `履职评价` sheet and the summary; an edited rule; a re-run that replaces
 * the sheet and nothing else; and a workbook without 履职数据, which gets no 履职评价.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DUTY_SHEETS } from '../../src/engine/columns';
import type { DutyResult } from '../../src/engine/duties';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { buildCli } from '../support/cliBuild';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'junheng.js');
let dir: string;

function junheng(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, JUNHENG_NOW: '2024-06-01T08:00:00Z' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function grids(file: string): Promise<Map<string, unknown[][]>> {
  const book = await ExceljsWorkbook.open(file);
  return new Map((await book.readWorkbook()).sheets.map((s) => [s.name, s.values as unknown[][]]));
}

function dutiesOf(json: string): DutyResult[] {
  return JSON.parse(readFileSync(json, 'utf8')).duties as DutyResult[];
}

/** Rewrites one cell of a sheet with exceljs (as a user editing the file would). */
async function editCell(
  file: string,
  out: string,
  sheet: string,
  find: string,
  col: number,
  value: string,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  ws.eachRow((row) => {
    if (row.getCell(1).value === find) row.getCell(col).value = value;
  });
  await wb.xlsx.writeFile(out);
}

let sample: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-duties-'));
  const build = buildCli();
  expect([build.status, build.stderr.includes('error TS') ? build.stdout : '']).toEqual([0, '']);
  sample = path.join(dir, '示例县.xlsx');
  expect(junheng(['template', sample, '--sample']).status).toBe(0);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('junheng evaluate with 履职数据', () => {
  it('writes duties to the JSON, 履职评价 to the copy and the 履职 lines to the summary', async () => {
    const out = path.join(dir, 'out.xlsx');
    const json = path.join(dir, 'out.json');
    const e = junheng(['evaluate', sample, '--out', out, '--json', json]);
    expect(e.status).toBe(0);

    const duties = dutiesOf(json);
    const e1 = duties.find((d) => d.key === 'E1')!;
    expect(e1).toMatchObject({ id: 'E1', stage: null, previous: null, change: null, changeUnit: null, standard: 0.97 });
    expect(e1.value).toBeCloseTo(0.996063, 6);
    expect([e1.status, e1.basis]).toEqual(['pass', '(145+245+116) ÷ (589−41−40) = 506 ÷ 508 = 99.61%']);
    const h1 = duties.find((d) => d.key === 'H1')!;
    expect([h1.changeUnit, h1.status]).toEqual(['pp', 'pass']);
    expect(h1.change).toBeCloseTo(-0.66, 10);
    expect(duties.find((d) => d.key === 'S1')!.status).toBe('fail');

    const sheet = (await grids(out)).get(DUTY_SHEETS.output)!;
    expect(sheet.find((r) => r[0] === 'E1')?.slice(3, 8)).toEqual(['99.61%', null, null, '≥97%', '达标']);

    expect(e.stdout).toContain('履行教育职责评价：\n  达标 25 项，未达标 4 项，未佐证 1 项，仅供参考 7 项\n');
    expect(e.stdout).toContain('  - S1 安全隐患整改率 98.80%：未达标\n');
    expect(e.stdout).toContain(
      '  - F2.普通高中 生均一般公共预算教育支出逐年只增不减（普通高中） 26495.73元/生：未佐证\n',
    );
  });

  it('follows an edited 履职评价标准: 截断 shows E1 as 99.60%, as the county report printed it', async () => {
    const edited = path.join(dir, 'truncated.xlsx');
    await editCell(sample, edited, DUTY_SHEETS.rules, '显示取整方式', 2, '截断');
    const json = path.join(dir, 'truncated.json');
    expect(junheng(['evaluate', edited, '--json', json]).status).toBe(0);
    expect(dutiesOf(json).find((d) => d.key === 'E1')!.text.value).toBe('99.60%');
    const sheet = (await grids(path.join(dir, 'truncated.result.xlsx'))).get(DUTY_SHEETS.output)!;
    expect(sheet.find((r) => r[0] === 'E1')?.[3]).toBe('99.60%');
  });

  it('replaces 履职评价 on a re-run and leaves every other sheet as it was', async () => {
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    expect(junheng(['evaluate', sample, '--out', first]).status).toBe(0);
    expect(junheng(['evaluate', first, '--out', second]).status).toBe(0);
    const a = await grids(first);
    const b = await grids(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, values] of a) expect(b.get(name)).toEqual(values);
  });

  it('writes no 履职评价 and an empty duties list for a workbook without 履职数据', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    wb.removeWorksheet(wb.getWorksheet(DUTY_SHEETS.data)!.id);
    const plain = path.join(dir, 'plain.xlsx');
    await wb.xlsx.writeFile(plain);
    const json = path.join(dir, 'plain.json');
    const e = junheng(['evaluate', plain, '--json', json]);
    expect(e.status).toBe(0);
    expect(dutiesOf(json)).toEqual([]);
    expect(e.stdout).not.toContain('履行教育职责评价');
    expect(existsSync(path.join(dir, 'plain.result.xlsx'))).toBe(true);
    expect((await grids(path.join(dir, 'plain.result.xlsx'))).has(DUTY_SHEETS.output)).toBe(false);
  });
});
