/**
 * The hostile corpus: broken, odd and malicious workbooks written by scripts/make-hostile-corpus.mjs from the
 * sample county, each run through `node bin/junheng.js evaluate` as a user runs it. Every case must end within
 * its time and memory bounds, leave its input unchanged, and either refuse with exit 2 and one Chinese line
 * (leaving no new file) or compute the same result as the good workbook, into outputs that exceljs and
 * LibreOffice open.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { OUTPUT_SHEETS } from '../../src/engine/columns';
import { buildCli } from '../support/cliBuild';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'junheng.js');
const TIME = '/usr/bin/time';
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0) ?? null;

/**
 * Bounds for a loaded CI machine. The processor time (user + system) is the measure, as it does not grow with
 * other jobs on the machine; on an idle one each case takes 1-3 s of it. The wall clock only has to show that
 * nothing waits or loops (the failures these cases pin were endless loops and runs of many minutes).
 */
const MAX_CPU_SECONDS = 10;
const MAX_WALL_SECONDS = 60;
const MAX_RSS_KB = 1024 * 1024;

/** What each case must give: exit 2 with a fragment of its one line, or exit 0 with the good workbook's result. */
const EXPECTED: Record<string, { refusal: string } | { same: true }> = {
  'xml-unterminated-comment.xlsx': { refusal: '部件「xl/workbook.xml」不是格式正确的 XML' },
  'xml-unterminated-pi.xlsx': { refusal: '部件「xl/_rels/workbook.xml.rels」不是格式正确的 XML' },
  'xml-unterminated-cdata.xlsx': { refusal: '部件「[Content_Types].xml」不是格式正确的 XML' },
  'xml-entity-expansion.xlsx': { refusal: '部件「xl/sharedStrings.xml」含有文档类型声明（DOCTYPE）' },
  'xml-external-entity.xlsx': { refusal: '部件「xl/workbook.xml」含有文档类型声明（DOCTYPE）' },
  'xml-deep-nesting.xlsx': { refusal: '部件「xl/styles.xml」的元素嵌套超过 100 层' },
  'xml-long-attribute-token.xlsx': { refusal: '部件「xl/workbook.xml」不是格式正确的 XML' },
  'cell-row-99999999.xlsx': { refusal: '工作表「学校基础数据」的第 99999999 行超出 Excel 的范围' },
  'cell-column-past-xfd.xlsx': { refusal: '工作表「学校基础数据」的单元格 XFE60000 超出 Excel 的范围' },
  'merge-whole-sheet.xlsx': { refusal: '工作表「学校基础数据」的合并区域 A1:XFD1048576 超过 1,000,000 个单元格' },
  'grid-wide-rows.xlsx': { refusal: '工作表「学校基础数据」的已用区域超过 16,000,000 个单元格' },
  'cell-megabyte-of-digits.xlsx': { refusal: '工作表「学校基础数据」单元格 A60000 的内容超过 32,767 个字符' },
  'styles-spaces.xlsx': { same: true },
  'styles-spaces-in-tag.xlsx': { same: true },
  'bomb-declared-part.xlsx': { refusal: '部件「xl/media/big.bin」解压后为 4,000,000,000 字节，超过单个部件的上限' },
  'bomb-declared-total.xlsx': { refusal: '超过上限 1,073,741,824 字节' },
  'bomb-understated.xlsx': { refusal: '部件「xl/worksheets/sheet1.xml」解压后的大小与目录记录不符' },
  'crc-read-part.xlsx': { refusal: '部件「xl/worksheets/sheet1.xml」的校验和（CRC-32）不符' },
  'crc-copied-part.xlsx': { refusal: '部件「docProps/core.xml」的校验和（CRC-32）不符' },
  'duplicate-name.xlsx': { refusal: '部件「xl/workbook.xml」出现了不止一次' },
  'escape-in-name.xlsx': { refusal: '部件「xl/\\x1b[2J\\x1b]0;pwned\\x07evil.xml」出现了不止一次' },
  // The end record's 16-bit count saturates at 65,535 for the 65,600 entries (as a zip without ZIP64 does).
  'entries-65600.xlsx': { refusal: '工作簿包含 65,535 个部件，超过上限 65,000 个' },
  'truncated.xlsx': { refusal: '找不到 zip 目录' },
  'utf16-parts.xlsx': { same: true },
  'utf8-bom-parts.xlsx': { same: true },
  'cdata-and-references.xlsx': { same: true },
  'names-not-utf8.xlsx': { same: true },
  'legacy.xls': { refusal: '是 .xls 文件，请先在 Excel 中“另存为” .xlsx 格式' },
  'schools.csv': { refusal: '是 .csv 文件，请先在 Excel 中“另存为” .xlsx 格式' },
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  wall: number;
  cpu: number;
  rssKb: number;
}

/** Runs the command under /usr/bin/time, which reports elapsed and processor time and the peak resident memory. */
function junheng(args: string[], stats: string): Run {
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', stats, process.execPath, bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, JUNHENG_NOW: '2024-06-01T08:00:00Z' },
    timeout: 120_000,
  });
  const [wall, user, system, rssKb] =
    readFileSync(stats, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, wall, cpu: user + system, rssKb };
}

function sha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

let dir: string;
let corpus: string;
let outDir: string;
let baseline: unknown;
const written: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-hostile-'));
  corpus = path.join(dir, 'corpus');
  outDir = path.join(dir, 'out');
  mkdirSync(outDir);
  const build = buildCli();
  expect(build.status).toBe(0);
  const base = path.join(dir, 'base.xlsx');
  expect(junheng(['template', base, '--sample'], path.join(dir, 'stats')).status).toBe(0);
  const good = junheng(['evaluate', base, '--json', path.join(dir, 'base.json')], path.join(dir, 'stats'));
  expect(good.status).toBe(0);
  baseline = JSON.parse(readFileSync(path.join(dir, 'base.json'), 'utf8'));
  const made = spawnSync(process.execPath, [path.join(root, 'scripts', 'make-hostile-corpus.mjs'), base, corpus], {
    encoding: 'utf8',
  });
  expect([made.status, made.stderr]).toEqual([0, '']);
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the hostile corpus', () => {
  it('has an expectation for every case the script writes', () => {
    const cases = JSON.parse(readFileSync(path.join(corpus, 'corpus.json'), 'utf8')) as string[];
    expect([...cases].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    '%s',
    (name, expected) => {
      const input = path.join(corpus, name);
      const before = sha(input);
      const out = path.join(outDir, `${name}.result.xlsx`);
      const json = path.join(outDir, `${name}.json`);
      const listing = readdirSync(outDir).sort();
      const run = junheng(['evaluate', input, '--out', out, '--json', json], path.join(dir, `${name}.stats`));

      expect(run.cpu).toBeLessThan(MAX_CPU_SECONDS);
      expect(run.wall).toBeLessThan(MAX_WALL_SECONDS);
      expect(run.rssKb).toBeLessThan(MAX_RSS_KB);
      expect(sha(input)).toBe(before);
      if ('refusal' in expected) {
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        const lines = run.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0].startsWith('junheng: ')).toBe(true);
        expect(lines[0]).toContain(expected.refusal);
        // Nothing a terminal would act on reaches it: control characters are shown escaped.
        // eslint-disable-next-line no-control-regex -- the assertion is about control characters.
        expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f]/);
        expect(readdirSync(outDir).sort()).toEqual(listing);
      } else {
        expect([run.status, run.stderr]).toEqual([0, '']);
        expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(baseline);
        written.push(out);
      }
    },
    120_000,
  );

  it('keeps entry names without the UTF-8 flag byte for byte in the output', () => {
    const out = readFileSync(path.join(outDir, 'names-not-utf8.xlsx.result.xlsx'));
    const gbk = Buffer.from([0x78, 0x6c, 0x2f, 0x6d, 0x65, 0x64, 0x69, 0x61, 0x2f, 0xcd, 0xbc, 0xc6, 0xac]);
    const cp437 = Buffer.from([0x63, 0x61, 0x66, 0x82, 0x2e, 0x74, 0x78, 0x74]);
    // Each name appears twice: in its local header and in the central directory.
    for (const name of [gbk, cp437]) {
      const first = out.indexOf(name);
      expect(first).toBeGreaterThan(0);
      expect(out.indexOf(name, first + 1)).toBeGreaterThan(first);
    }
  });

  it('writes outputs that exceljs opens with every output sheet', async () => {
    expect(written.length).toBe(Object.values(EXPECTED).filter((e) => 'same' in e).length);
    // exceljs reads every part as UTF-8, so it cannot open a package with UTF-16 parts, the input included;
    // that output is opened by LibreOffice below.
    const utf16 = new ExcelJS.Workbook();
    await expect(
      utf16.xlsx.load(readFileSync(path.join(corpus, 'utf16-parts.xlsx')) as unknown as ArrayBuffer),
    ).rejects.toThrow();
    for (const file of written.filter((f) => !f.includes('utf16'))) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
      const names = book.worksheets.map((w) => w.name);
      for (const sheet of Object.values(OUTPUT_SHEETS)) expect(names).toContain(sheet);
    }
  }, 120_000);

  (soffice || process.env.CI ? it : it.skip)(
    'writes outputs that LibreOffice opens (their first sheet, 评估汇总, exported as CSV)',
    () => {
      const csvDir = path.join(dir, 'csv');
      const r = spawnSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76',
          '--outdir',
          csvDir,
          ...written,
        ],
        { encoding: 'utf8', timeout: 240_000 },
      );
      expect(r.status).toBe(0);
      for (const file of written) {
        const csv = path.join(csvDir, `${path.basename(file, '.xlsx')}.csv`);
        expect(existsSync(csv)).toBe(true);
        // The result copy opens on 评估汇总: LibreOffice's first sheet is its title, not the school sheet.
        expect(readFileSync(csv, 'utf8').split('\n')[0]).toContain('评估汇总');
      }
    },
    300_000,
  );
});
