/**
 * `junheng compare` end to end: the golden pair written as .xlsx files, compared by the built command
 * (`node bin/junheng.js`, after `npm run build:cli`) and in process for the refusals.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { isCellError, type WorkbookInput } from '../../src/engine/types';
import type { OutputValue } from '../../src/engine/sheetSpec';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { readGrids } from '../../src/workbook/xlsxPackage';
import { spec } from '../support/sheets';
import { goldenPair, primary, yearBook } from './compareFixtures';
import { FALLING, threeYears } from './compareYears';
import { buildCli } from '../support/cliBuild';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'junheng.js');
const NOW = '2024-06-01T08:00:00Z';
let dir: string;

async function writeBook(file: string, book: WorkbookInput): Promise<string> {
  const out = ExceljsWorkbook.create();
  const sheets = book.sheets.map((s) =>
    spec(
      s.name,
      s.values.map((row) =>
        row.map((v): OutputValue => {
          if (typeof v === 'boolean' || isCellError(v)) throw new Error('fixtures hold only text and numbers');
          return v;
        }),
      ),
    ),
  );
  await out.writeSheets(sheets, 'replace');
  const target = path.join(dir, file);
  await out.saveAs(target, { fixedTime: new Date(NOW) });
  return target;
}

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l), env: { JUNHENG_NOW: NOW } }, out, err };
}

function junheng(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, JUNHENG_NOW: NOW },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');

let earlier: string;
let later: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-compare-'));
  const pair = goldenPair();
  earlier = await writeBook('2023.xlsx', pair.earlier);
  later = await writeBook('2024.xlsx', pair.later);
  const build = buildCli();
  expect([build.status, build.stderr.includes('error TS') ? build.stdout : '']).toEqual([0, '']);
}, 240_000);
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('node bin/junheng.js compare', () => {
  it('writes 年度对比 into a copy of the latest workbook and the JSON, leaving the inputs as they were', async () => {
    const before = [await sha(earlier), await sha(later)];
    const json = path.join(dir, 'compare.json');
    const r = junheng(['compare', earlier, later, '--json', json]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = path.join(dir, '2024.compare.xlsx');
    expect(r.stdout).toContain(`年度对比已写入：${out}`);
    expect(r.stdout).toContain('县级指标：下滑 1 项');
    expect([await sha(earlier), await sha(later)]).toEqual(before);

    const sheets = readGrids(await fs.readFile(out)).sheets;
    // 年度对比 first, the copy opening on it; then the latest workbook's own sheets.
    expect(sheets.map((s) => s.name)).toEqual(['年度对比', '学校基础数据', '区县数据', '质量监测', '学校对照']);
    const sheet = sheets[0].values;
    expect(sheet[0][0]).toBe('年度对比：测试县 2023 → 2024');
    expect(sheet.find((row) => row[0] === 'G11')?.[8]).toBe('下滑');

    const data = JSON.parse(await fs.readFile(json, 'utf8'));
    expect(data.years).toEqual(['2023', '2024']);
    expect(data.coefficients.primary.L7.verdict).toBe('kept');
    expect(data.items.find((i: { id: string }) => i.id === 'S1')).toMatchObject({
      values: [0.8, 0.9],
      verdict: 'fixed',
    });
    expect(data.parts.find((p: { code: string }) => p.code === 'P001')).toMatchObject({
      stage: 'primary',
      verdicts: ['pass', 'fail'],
      indicators: { L6: { values: [2200, 1200], verdict: 'slipped' } },
    });
    expect(data.schools).toMatchObject({ added: ['P004'], removed: ['P003'] });
    expect(data.ledger.new[0]).toMatchObject({ code: 'P001', stage: 'primary', indicator: 'L6' });

    // A second run gives the same workbook, byte for byte.
    const first = await sha(out);
    expect(junheng(['compare', earlier, later]).status).toBe(0);
    expect(await sha(out)).toBe(first);
  });

  it('refuses two counties with exit 2 and one line, and compares them with --force', async () => {
    const other = await writeBook(
      'other.xlsx',
      yearBook({ county: '另一县', year: '2024', schools: [primary('P001', '一小'), primary('P002', '二小')] }),
    );
    const refused = junheng(['compare', earlier, other]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toEqual([
      `junheng: 两个工作簿不是同一区县：${earlier} 为「测试县」，${other} 为「另一县」。确认无误时可加 --force 继续比较。`,
    ]);
    const forced = junheng(['compare', earlier, other, '--force', '--out', path.join(dir, 'forced.xlsx')]);
    expect(forced.status).toBe(0);
    expect(existsSync(path.join(dir, 'forced.xlsx'))).toBe(true);
  });
});

describe('junheng compare in process', () => {
  it('lists compare in the usage', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('junheng compare <较早.xlsx>… <最新.xlsx> [--baseline]');
  });

  it('refuses one workbook, a missing file, and an output that is an input', async () => {
    const cases: [string[], string][] = [
      [['compare', later], '年度对比至少需要两个工作簿'],
      [['compare', earlier, path.join(dir, 'absent.xlsx')], '找不到文件'],
      [['compare', earlier, later, '--out', earlier], '输出文件不能是输入文件本身'],
    ];
    for (const [argv, fragment] of cases) {
      const c = capture();
      expect(await main(argv, c.io)).toBe(2);
      expect(c.err).toHaveLength(1);
      expect(c.err[0]).toContain(fragment);
    }
  });

  it('judges against the 认定 year with --baseline', async () => {
    const c = capture();
    const json = path.join(dir, 'baseline.json');
    expect(
      await main(['compare', earlier, later, '--baseline', '--json', json, '--out', path.join(dir, 'b.xlsx')], c.io),
    ).toBe(0);
    expect(JSON.parse(await fs.readFile(json, 'utf8')).baseline).toBe(true);
    expect(c.out[0]).toBe('年度对比：测试县，2023 → 2024');
  });

  it('writes the 问题清单 of the latest year with --problems, and the 履职 items and trends in the JSON', async () => {
    const books = threeYears({ ...FALLING, typos: true });
    const files = await Promise.all(books.map((b) => writeBook(b.file, b.workbook)));
    const [list, json] = [path.join(dir, '问题清单.xlsx'), path.join(dir, 'three.json')];
    const c = capture();
    const argv = ['compare', ...files, '--problems', list, '--json', json, '--out', path.join(dir, 'three.xlsx')];
    expect(await main(argv, c.io)).toBe(0);
    expect(c.out).toContain(`问题清单已写入：${list}`);
    expect(c.out).toContain('前后两年填写不一致的数字 2 处');
    expect(c.out).toContain('学生体质健康达标优良率：连续 4 年下降');

    const sheets = readGrids(await fs.readFile(list)).sheets;
    expect(sheets.map((s) => s.name)).toEqual(['问题清单']);
    const rows = sheets[0].values;
    expect(rows[0][0]).toBe('测试县 2024 年度问题清单');
    expect(rows[2]).toEqual(['序号', '类别', '问题', '涉及学校', '整改目标', '责任单位', '整改时限']);
    expect(rows[3].slice(0, 5)).toEqual([
      1,
      '资源配置',
      '小学L6 生均教学仪器设备值：1 所学校低于标准 2000',
      '第一小学',
      '第一小学需增加教学仪器设备 40.0 万元',
    ]);
    const categories = rows.slice(3).map((r) => r[1]);
    expect([...new Set(categories)]).toEqual(['资源配置', '政府保障', '社会认可度', '履职']);

    const data = JSON.parse(await fs.readFile(json, 'utf8'));
    expect(data.items.find((i: { id: string; group: string }) => i.id === 'F2.初中')).toMatchObject({
      group: 'duties',
      values: [23000, 23600, 23400],
      verdict: 'slipped',
    });
    expect(data.items.find((i: { id: string }) => i.id === 'G11').group).toBe('guarantee');
    expect(data.trends.map((t: { id: string; direction: string }) => [t.id, t.direction])).toEqual([
      ['H1', 'down'],
      ['H2', 'down'],
    ]);
    expect(data.issues.filter((i: { code: string }) => i.code === 'broken-chain')).toHaveLength(2);
  });
});
