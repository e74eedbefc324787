/**
 * `junheng collect` through the command (in this process): a folder of forms written as .xlsx files in the city
 * form's layout, collected into a county workbook that `evaluate` then reads; re-run on its own output, it takes
 * the user's 字段对照 lines and keeps the user's 区县数据.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newWorkbookBytes } from '../../src/cli/newWorkbook';
import { main, type CliIo } from '../../src/cli/main';
import { evaluate } from '../../src/engine/evaluate';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import type { SheetGrid } from '../../src/engine/types';
import { readGrids, writeSheetsIntoPackage } from '../../src/workbook/xlsxPackage';
import { cityForm } from './cityForm';
import { FORM_A, FORM_B, FORM_B_VALUES, FORM_C_VALUES, PRIMARY } from './collectForms';

const WHEN = new Date('2026-12-01T00:00:00Z');

function spec(grid: SheetGrid): SheetSpec {
  return {
    name: grid.name,
    values: grid.values.map((r) => r.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : null))),
    numberFormats: [],
    fills: [],
    bold: [],
    merges: [],
    columnWidths: [],
  };
}

async function writeForm(file: string, grids: SheetGrid[]): Promise<void> {
  writeFileSync(file, await newWorkbookBytes(grids.map(spec), WHEN));
}

describe('junheng collect (in this process)', () => {
  let dir: string;
  const lines: string[] = [];
  const io: CliIo = {
    out: (l) => lines.push(l),
    err: (l) => lines.push(`ERR ${l}`),
    env: { JUNHENG_NOW: WHEN.toISOString() },
  };
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-collect-'));
    const forms = path.join(dir, '填报表');
    mkdirSync(path.join(forms, '初中部'), { recursive: true });
    await writeForm(path.join(forms, 'A城南小学.xlsx'), [cityForm(PRIMARY, FORM_A)]);
    await writeForm(path.join(forms, 'B城北小学.xlsx'), [cityForm(FORM_B_VALUES, FORM_B)]);
    await writeForm(path.join(forms, '初中部', 'C新城.xlsx'), [cityForm(FORM_C_VALUES)]);
    await writeForm(path.join(forms, '说明.xlsx'), [{ name: '说明', values: [['各校请于月底前填报']] }]);
    writeFileSync(path.join(forms, '~$A城南小学.xlsx'), 'Office lock file');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('collects a folder into a county workbook that evaluate reads', async () => {
    const out = path.join(dir, '区县.xlsx');
    expect(await main(['collect', path.join(dir, '填报表'), '--out', out], io)).toBe(0);
    expect(lines).toEqual([
      '已采集 3 所学校（4 个文件），采集问题：错误 4 个，警告 4 个',
      `已写入：${out}（学校基础数据、采集问题；区县数据等其余工作表为空白模板）`,
    ]);
    const book = readGrids(readFileSync(out));
    expect(book.sheets.map((s) => s.name)).toEqual([
      '学校基础数据',
      '区县数据',
      '质量监测',
      '评估标准',
      '填表说明',
      '履职数据',
      '履职评价标准',
      '规划参数',
      '学生数预测',
      '采集问题',
      '字段对照',
    ]);
    const problems = book.sheets
      .find((s) => s.name === '采集问题')!
      .values.slice(1)
      .map((r) => [r[1], r[5]]);
    expect(problems).toContainEqual([path.join(dir, '填报表', '说明.xlsx'), expect.stringMatching(/^不是学校填报表/)]);
    // Without 字段对照, 风雨操场面积 is not known: named, and 体育运动场馆面积 is the 校内体育场面积 alone.
    expect(problems).toContainEqual([
      path.join(dir, '填报表', 'A城南小学.xlsx'),
      '无法识别的项目“风雨操场面积”，未采用；如是本省的项目名称，请在“字段对照”表中写明对应的项目',
    ]);

    const outcome = evaluate(book);
    if (!outcome.ok) throw new Error(outcome.reason);
    const parts = outcome.result.parts.map((p) => [p.name, p.stage, p.indicators.L1.value, p.indicators.L6.value]);
    // L1 = 27 ÷ 600 × 100; L6 = 132 万元 ÷ 600; 新城: 42 ÷ 800 × 100 and 39 ÷ 600 × 100, equipment split 1 : 1.1.
    expect(parts[0]).toEqual(['城南小学', 'primary', 4.5, 2200]);
    expect(parts[1]).toEqual(['城北小学', 'primary', 4.5, 2200]);
    expect(parts[2][2]).toBeCloseTo(5.25, 12);
    expect(parts[3][2]).toBeCloseTo(6.5, 12);
  });

  it('re-run on its output: reads the user 字段对照, replaces only 学校基础数据 and 采集问题', async () => {
    const out = path.join(dir, '区县.xlsx');
    const mapping = spec({
      name: '字段对照',
      values: [
        ['表中项目', '对应项目'],
        ['风雨操场面积', '学校体育馆面积'],
      ],
    });
    const county = spec({
      name: '区县数据',
      values: [
        ['项目', '数值'],
        ['区县名称', '示例区'],
      ],
    });
    writeFileSync(out, writeSheetsIntoPackage(readFileSync(out), [mapping, county], 'replace'));
    lines.length = 0;
    expect(await main(['collect', path.join(dir, '填报表'), '--out', out], io)).toBe(0);
    expect(lines[0]).toBe('已采集 3 所学校（4 个文件），采集问题：错误 4 个，警告 3 个');
    const book = readGrids(readFileSync(out));
    expect(book.sheets.find((s) => s.name === '区县数据')?.values[1]).toEqual(['区县名称', '示例区']);
    const outcome = evaluate(book);
    if (!outcome.ok) throw new Error(outcome.reason);
    // 风雨操场面积 800 + 校内体育场面积 4000 over 600 pupils.
    expect(outcome.result.parts[0].indicators.L5.value).toBe(8);
    expect(outcome.result.county).toBe('示例区');
  });

  it('exits 2 without --out, and when no file holds a school form', async () => {
    lines.length = 0;
    expect(await main(['collect', path.join(dir, '填报表')], io)).toBe(2);
    const only = path.join(dir, '只有说明');
    mkdirSync(only);
    await writeForm(path.join(only, '说明.xlsx'), [{ name: '说明', values: [['各校请于月底前填报']] }]);
    expect(await main(['collect', only, '--out', path.join(dir, 'x.xlsx')], io)).toBe(2);
    expect(lines).toEqual([
      'ERR junheng: 缺少参数：--out <区县.xlsx>（运行 junheng --help 查看用法）',
      'ERR junheng: 1 个文件中没有可采集的学校填报表，未写出工作簿',
    ]);
  });
});
