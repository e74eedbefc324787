import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type CliIo } from '../../src/cli/main';
import { a1 } from '../../src/engine/a1';
import { DUTY_SHEETS, OUTPUT_SHEETS, SCHOOL_COLUMNS, SCHOOL_TYPE_CHOICES, SHEETS } from '../../src/engine/columns';
import { SCHOOL_HEADER_ROW } from '../../src/engine/template';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';

const NOW = '2024-06-01T08:00:00Z';

interface Captured {
  io: CliIo;
  out: string[];
  err: string[];
}

function capture(env: Record<string, string | undefined> = { JUNHENG_NOW: NOW }): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), env }, out, err };
}

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-cli-'));
  sample = path.join(dir, '示例县.xlsx');
  const c = capture();
  expect(await main(['template', sample, '--sample'], c.io)).toBe(0);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sheetsOf(file: string): Promise<Map<string, unknown>> {
  const book = await ExceljsWorkbook.open(file);
  return new Map((await book.readWorkbook()).sheets.map((s) => [s.name, s.values]));
}

/** Expects exit status 2 with exactly one `junheng: ` line on stderr and nothing on stdout. */
async function expectRefusal(argv: string[], fragment: string): Promise<void> {
  const c = capture();
  expect(await main(argv, c.io)).toBe(2);
  expect(c.err).toHaveLength(1);
  expect(c.err[0].startsWith('junheng: ')).toBe(true);
  expect(c.err[0]).toContain(fragment);
  expect(c.err[0]).not.toMatch(/\n|\bat .+\(.+:\d+:\d+\)/);
  expect(c.out).toHaveLength(0);
}

describe('junheng --help and templates', () => {
  it('prints the usage and exits 0', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('junheng evaluate <输入.xlsx>');
    const d = capture();
    expect(await main(['evaluate', '--help'], d.io)).toBe(0);
    expect(d.out.join('\n')).toContain('junheng template <输出.xlsx> [--sample]');
  });

  it('writes a blank template with the five input sheets and the two 履职 sheets', async () => {
    const file = path.join(dir, 'blank.xlsx');
    const c = capture();
    expect(await main(['template', file], c.io)).toBe(0);
    const sheets = await sheetsOf(file);
    expect([...sheets.keys()]).toEqual([
      SHEETS.school,
      SHEETS.county,
      SHEETS.quality,
      SHEETS.settings,
      SHEETS.guide,
      DUTY_SHEETS.data,
      DUTY_SHEETS.rules,
      '规划参数',
      '学生数预测',
    ]);
    // The type column keeps its drop-down list in the file.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const typeCol = SCHOOL_COLUMNS.findIndex((c) => c.key === 'type');
    const firstData = wb.getWorksheet(SHEETS.school)!.getCell(a1(SCHOOL_HEADER_ROW + 1, typeCol));
    expect(firstData.dataValidation).toMatchObject({ type: 'list', formulae: [`"${SCHOOL_TYPE_CHOICES.join(',')}"`] });
  });

  it('rejects unknown commands and options with exit 2', async () => {
    await expectRefusal(['frobnicate'], '未知命令');
    await expectRefusal(['evaluate', sample, '--bogus'], '未知选项');
    await expectRefusal(['evaluate'], '缺少参数');
  });
});

describe('junheng evaluate', () => {
  it('writes the output sheets into a copy, the JSON, and a Chinese summary; the input is untouched', async () => {
    const before = await fs.readFile(sample);
    const mtime = (await fs.stat(sample)).mtimeMs;
    const json = path.join(dir, 'result.json');
    const c = capture();
    expect(await main(['evaluate', sample, '--json', json], c.io)).toBe(0);

    const out = path.join(dir, '示例县.result.xlsx');
    const sheets = await sheetsOf(out);
    // The results first, the copy opening on 评估汇总; then the user's sheets in their own order.
    expect([...sheets.keys()]).toEqual([
      ...Object.values(OUTPUT_SHEETS),
      DUTY_SHEETS.output,
      SHEETS.school,
      SHEETS.county,
      SHEETS.quality,
      SHEETS.settings,
      SHEETS.guide,
      DUTY_SHEETS.data,
      DUTY_SHEETS.rules,
      '规划参数',
      '学生数预测',
    ]);
    const result = JSON.parse(await fs.readFile(json, 'utf8'));
    for (const key of ['county', 'year', 'verdict', 'parts', 'coefficients', 'guarantee', 'quality']) {
      expect(result).toHaveProperty(key);
    }
    for (const key of ['recognition', 'vetoes', 'issues']) expect(result).toHaveProperty(key);
    expect(result.county).toBe('示例县');
    expect(result.verdict).toBe('fail');
    expect(result.coefficients.junior.L6.pass).toBe(false);

    const text = c.out.join('\n');
    expect(text).toContain('区县：示例县');
    expect(text).toContain('总体结论：未达标');
    expect(text).toContain('资源配置：达标 71 个学段，未达标 4 个，待填报 3 个，不参评 3 个');
    // Each coefficient carries its status word; the junior L6 one is the sample's failing coefficient.
    expect(text).toMatch(/L6 生均教学仪器设备值：0\.\d{3}（达标） \/ 0\.\d{3}（未达标）/);
    expect(text).toMatch(/L1 每百名学生拥有高于规定学历教师数：0\.\d{3}（达标） \/ 0\.\d{3}（达标）/);
    expect(text).toContain('数据问题：错误 3 个，警告 1 个');
    expect(text).toContain(out);
    expect(c.err).toHaveLength(0);

    expect((await fs.readFile(sample)).equals(before)).toBe(true);
    expect((await fs.stat(sample)).mtimeMs).toBe(mtime);
  });

  it('is byte-stable for the same JUNHENG_NOW', async () => {
    const b = path.join(dir, 'b.xlsx');
    // A missing output folder is created.
    const a = path.join(dir, 'new-folder', 'a.xlsx');
    expect(await main(['evaluate', sample, '--out', a], capture().io)).toBe(0);
    expect(await main(['evaluate', sample, '--out', b], capture().io)).toBe(0);
    expect((await fs.readFile(a)).equals(await fs.readFile(b))).toBe(true);
  });

  it('re-run on its own output replaces the output sheets and leaves every other sheet identical', async () => {
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    expect(await main(['evaluate', sample, '--out', first], capture().io)).toBe(0);
    // A statistician's own sheet added after the output sheets must survive the second run unchanged.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.addWorksheet('备注').getCell('A1').value = '自己的说明';
    await wb.xlsx.writeFile(first);

    expect(await main(['evaluate', first, '--out', second], capture({ JUNHENG_NOW: '2025-01-01T00:00:00Z' }).io)).toBe(
      0,
    );
    const a = await sheetsOf(first);
    const b = await sheetsOf(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const name of a.keys()) {
      if (Object.values(OUTPUT_SHEETS).includes(name as never)) continue;
      expect([name, b.get(name)]).toEqual([name, a.get(name)]);
    }
    // The summary was rewritten with the new run time.
    expect(JSON.stringify(b.get(OUTPUT_SHEETS.summary))).toContain('2025-01-01 08:00:00（北京时间）');
  });

  it('adds 评估标准 with the defaults when the input has none', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    wb.removeWorksheet(wb.getWorksheet(SHEETS.settings)!.id);
    const input = path.join(dir, 'nosettings.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, 'nosettings.out.xlsx');
    expect(await main(['evaluate', input, '--out', out], capture().io)).toBe(0);
    const sheets = await sheetsOf(out);
    expect(sheets.has(SHEETS.settings)).toBe(true);
    expect([...sheets.keys()].pop()).toBe(SHEETS.settings);
  });
});

describe('junheng evaluate refuses unusable input with exit 2 and one line', () => {
  it('a missing file', async () => {
    await expectRefusal(['evaluate', path.join(dir, 'nothing.xlsx')], '找不到文件');
  });

  it('a text file renamed .xlsx', async () => {
    const file = path.join(dir, 'fake.xlsx');
    await fs.writeFile(file, '学校代码,学校名称\n1,甲\n');
    await expectRefusal(['evaluate', file], '不是有效的 .xlsx');
  });

  it('a zip that is not a workbook', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const file = path.join(dir, 'zip.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    // exceljs opens it as a workbook with no sheets, so the refusal is the missing school sheet.
    await expectRefusal(['evaluate', file], SHEETS.school);
  });

  it('a workbook without a school sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('其他').getCell('A1').value = '无关内容';
    const file = path.join(dir, 'noschool.xlsx');
    await wb.xlsx.writeFile(file);
    await expectRefusal(['evaluate', file], SHEETS.school);
    await expect(fs.stat(path.join(dir, 'noschool.result.xlsx'))).rejects.toThrow();
  });

  it('a school sheet without a header', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEETS.school);
    ws.getCell('A1').value = '这里没有表头';
    ws.getCell('A2').value = 123;
    const file = path.join(dir, 'noheader.xlsx');
    await wb.xlsx.writeFile(file);
    await expectRefusal(['evaluate', file], '表头');
  });

  it('an output path equal to the input', async () => {
    const before = await fs.readFile(sample);
    await expectRefusal(['evaluate', sample, '--out', sample], '不能是输入文件本身');
    await expectRefusal(['evaluate', sample, '--out', path.join(dir, '.', '示例县.xlsx')], '不能是输入文件本身');
    expect((await fs.readFile(sample)).equals(before)).toBe(true);
  });
});
