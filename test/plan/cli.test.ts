/** `junheng plan` over files: the sheet and JSON written, and `--apply` judged to pass 资源配置 by `evaluate`. */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type CliIo } from '../../src/cli/main';
import type { WorkbookInput } from '../../src/engine/types';
import { standardJunior, standardPrimary } from '../support/standardSchools';
import { county, planSettings } from './support';

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (l) => out.push(l), err: (l) => err.push(l), env: { JUNHENG_NOW: '2024-06-01T08:00:00Z' } },
    out,
    err,
  };
}

/** Writes grids as an .xlsx file. */
async function writeBook(book: WorkbookInput, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  await wb.xlsx.writeFile(file);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-plan-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const failing = [
  standardPrimary('P1', '一小', { 小学专科及以上学历专任教师数: 17, 网络多媒体教室数: 9 }),
  standardPrimary('P2', '二小', { 教学及辅助用房面积: 2230, 网络多媒体教室数: 10 }),
  standardPrimary('P3', '三小', { 教学仪器设备值: 100 }),
  standardPrimary('P4', '四小', { 教学仪器设备值: 600, 体育运动场馆面积: 3000 }),
  standardJunior('J1', '一中', { 初中县级及以上骨干教师数: 2 }),
  standardJunior('J2', '二中', { 初中体育艺术专任教师数: 2 }),
];

test('the applied copy passes 资源配置 when evaluated, and the input is left as it was', async () => {
  const input = path.join(dir, '县.xlsx');
  await writeBook(county(failing), input);
  const before = await fs.readFile(input);
  const [out, json, applied, result] = ['规划.xlsx', '规划.json', '补足后.xlsx', '补足后.json'].map((f) =>
    path.join(dir, f),
  );
  const c = capture();
  expect(await main(['plan', input, '--out', out, '--json', json, '--apply', applied], c.io)).toBe(0);
  expect(c.err).toEqual([]);
  expect(c.out[0]).toMatch(/^创建规划：到2027年共需投入[\d.]+万元。$/);
  expect(await fs.readFile(input)).toEqual(before);
  const plan = JSON.parse(await fs.readFile(json, 'utf8')).plan;
  expect(Object.keys(plan)).toEqual(
    expect.arrayContaining([
      'targetYear',
      'total',
      'byYear',
      'byAction',
      'additions',
      'transfers',
      'parts',
      'coefficients',
      'gap',
      'seconds',
      'unmet',
    ]),
  );
  expect(plan.unmet).toEqual([]);
  const e = capture();
  expect(
    await main(
      ['evaluate', input, '--out', path.join(dir, 'before.xlsx'), '--json', path.join(dir, 'before.json')],
      e.io,
    ),
  ).toBe(0);
  expect(JSON.parse(await fs.readFile(path.join(dir, 'before.json'), 'utf8')).sections.resources).toBe('fail');
  const d = capture();
  expect(await main(['evaluate', applied, '--out', path.join(dir, 'after.xlsx'), '--json', result], d.io)).toBe(0);
  const evaluated = JSON.parse(await fs.readFile(result, 'utf8'));
  expect(evaluated.sections.resources).toBe('pass');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet('创建规划')?.getCell('A1').value).toBe('测试县义务教育优质均衡创建规划（目标年度2027年）');
});

test('a target year before the evaluation year is refused with one line', async () => {
  const input = path.join(dir, '早.xlsx');
  await writeBook(county(failing, planSettings({ 目标年度: 2023 })), input);
  const c = capture();
  expect(await main(['plan', input, '--out', path.join(dir, '早.plan.xlsx')], c.io)).toBe(2);
  expect(c.err).toEqual(['junheng: 目标年度 2023 早于评估年度 2024，无法规划。']);
});

test('--docx drafts the 实施方案 with the investment table and 【待填写】 where people write', async () => {
  const input = path.join(dir, '方案县.xlsx');
  await writeBook(county(failing), input);
  const docx = path.join(dir, '方案.docx');
  const c = capture();
  expect(await main(['plan', input, '--out', path.join(dir, '方案.plan.xlsx'), '--docx', docx], c.io)).toBe(0);
  expect(c.out[c.out.length - 1]).toBe(`创建工作实施方案初稿已写入：${docx}（其中 5 处【待填写】需人工补充）`);
  const { default: JSZip } = await import('jszip');
  const xml = await (await JSZip.loadAsync(await fs.readFile(docx))).file('word/document.xml')!.async('string');
  const plain = xml.replace(/<[^>]+>/g, '');
  expect(plain).toContain('四、基本情况');
  expect(plain).toContain(
    '现有义务教育阶段学校6所，其中，小学4所，单办初中2所，小学在校学生2000人，初中在校学生800人，共计2800人。',
  );
  expect(plain).toContain('表 创建投入分年度、分措施安排（万元）');
});
