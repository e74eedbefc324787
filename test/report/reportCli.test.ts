/**
 * `junheng report`: drafts the .docx next to the input (or at --out) without touching the input, with the exit
 * statuses of `evaluate`; and the report rows of `区县数据` as the reader takes them.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { isOwnResult, markedZip, ownMark } from '../../src/cli/files';
import { main, type CliIo } from '../../src/cli/main';
import { defaultReportPath } from '../../src/cli/report';
import { readCountySheet } from '../../src/engine/read/county';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { draftReportOf } from '../../src/taskpane/actions';
import { countyGrid } from '../support/grid';
import { writeFixture } from '../fixtures/build-fixtures';
import { rongchang } from './seedCounties';

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (l) => out.push(l), err: (l) => err.push(l), env: { JUNHENG_NOW: '2024-05-20T18:00:00Z' } },
    out,
    err,
  };
}

let dir: string;
let input: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-report-cli-'));
  input = path.join(dir, '荣昌区.xlsx');
  await writeFixture(rongchang(), input);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('junheng report', () => {
  it('writes <input>.report.docx naming the county, dated in China Standard Time, and leaves the input as it was', async () => {
    const before = await fs.readFile(input);
    const c = capture();
    expect(await main(['report', input], c.io)).toBe(0);
    const out = defaultReportPath(input);
    expect(out).toBe(path.join(dir, '荣昌区.report.docx'));
    const xml = strFromU8(unzipSync(new Uint8Array(await fs.readFile(out)))['word/document.xml']);
    expect(xml).toContain('重庆市荣昌区创建全国');
    expect(xml).toContain('义务教育优质均衡发展区自查自评报告');
    // 18:00 UTC on 20 May is 02:00 on 21 May in China.
    expect(xml).toContain('2024年5月21日');
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect(c.out.at(-1)).toMatch(/^自评报告初稿已写入：.*荣昌区\.report\.docx（其中 \d+ 处【待填写】需人工补充）$/);
    expect(c.err).toEqual([]);
  });

  it('writes where --out says, and refuses to write over its input (exit 2)', async () => {
    const out = path.join(dir, 'sub', '报告.docx');
    expect(await main(['report', input, '--out', out], capture().io)).toBe(0);
    expect((await fs.stat(out)).size).toBeGreaterThan(5000);
    const c = capture();
    expect(await main(['report', input, '--out', input], c.io)).toBe(2);
    expect(c.err[0]).toContain('输出文件不能是输入文件本身');
  });

  it('exits 2 with one line for a missing file or a workbook without a school sheet', async () => {
    const missing = capture();
    expect(await main(['report', path.join(dir, '无此文件.xlsx')], missing.io)).toBe(2);
    expect(missing.err[0]).toContain('找不到文件');
    const empty = path.join(dir, '空白.xlsx');
    const book = ExceljsWorkbook.create();
    book.workbook.addWorksheet('Sheet1').getCell('A1').value = '无关内容';
    await book.saveAs(empty);
    const c = capture();
    expect(await main(['report', empty], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
  });

  it('lists the command in its usage text', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('junheng report <输入.xlsx> [--out <报告.docx>]');
  });
});

describe('the pane draft', () => {
  it('is the same .docx as the command writes, named <县>自查自评报告.docx', async () => {
    const when = new Date('2024-05-20T18:00:00Z');
    const drafted = await draftReportOf(rongchang(), when);
    if (!drafted.ok) throw new Error(drafted.reason);
    expect(drafted.fileName).toBe('重庆市荣昌区自查自评报告.docx');
    const c = capture();
    const out = path.join(dir, 'same.docx');
    expect(await main(['report', input, '--out', out], c.io)).toBe(0);
    // The same document; the command's file also carries its mark (the zip comment), by which a re-run knows it.
    const written = new Uint8Array(await fs.readFile(out));
    expect(Buffer.from(markedZip(written, '')).equals(Buffer.from(drafted.bytes))).toBe(true);
    expect(isOwnResult(out, { zip: ownMark('report') })).toBe(true);
  });
});

describe('the report rows of 区县数据', () => {
  it('reads text as typed and numbers as numbers; an unreadable number is a warning naming its cell', () => {
    const grid = countyGrid({
      区县名称: '某县',
      交流轮岗统计学年: '2022-2023',
      报告百分比小数位数: '两位',
      教职工总数: 4923,
    });
    const { county, issues } = readCountySheet(grid);
    expect(county.report).toEqual({ rotationSchoolYear: '2022-2023', staffTotal: 4923 });
    const bad = issues.filter((i) => i.code === 'not-a-number');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'warning', sheet: '区县数据', cell: 'B4' });
    expect(bad[0].message).toContain('报告百分比小数位数');
  });
});
