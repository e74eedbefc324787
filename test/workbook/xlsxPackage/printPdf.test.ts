/**
 * The output sheets as LibreOffice prints them: the written package converted to PDF is A4 landscape on every
 * page, and 评估汇总 is one page wide (its first and last columns on the same page, the title repeated), where it
 * used to print as six portrait pages split down the columns. Skipped only when LibreOffice or poppler-utils is not
 * installed and CI is not set.
 */
import { spawnSync } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OUTPUT_SHEETS } from '../../../src/engine/columns';
import { outputMessages as M } from '../../../src/engine/messages';
import { buildOutputSheets } from '../../../src/engine/output';
import { main, type CliIo } from '../../../src/cli/main';
import { ExceljsWorkbook } from '../../../src/workbook/exceljsAdapter';
import { writeSheetsIntoPackage } from '../../../src/workbook/xlsxPackage';
import { smallResult } from '../../output/support';

const has = (c: string): boolean => spawnSync('which', [c]).status === 0;
const ready = has('soffice') && has('pdfinfo') && has('pdftotext');
const maybe = ready || process.env.CI ? it : it.skip;

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-print-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** PDF of `file`, as LibreOffice prints it. */
function toPdf(file: string): string {
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      file,
    ],
    { encoding: 'utf8', timeout: 110_000 },
  );
  const pdf = path.join(dir, `${path.basename(file, '.xlsx')}.pdf`);
  expect([r.status, existsSync(pdf)]).toEqual([0, true]);
  return pdf;
}

/** PDF of a workbook holding only 评估汇总, as LibreOffice prints it. */
async function summaryPdf(): Promise<string> {
  const summary = buildOutputSheets(smallResult(), { runTime: '2024-06-01 16:00:00（北京时间）' })[0];
  const empty = await ExceljsWorkbook.create().toBuffer();
  const file = path.join(dir, 'summary.xlsx');
  // An empty workbook has one blank sheet to replace; 评估汇总 goes after it and the blank prints nothing.
  await fs.writeFile(file, writeSheetsIntoPackage(empty, [summary], 'replace'));
  return toPdf(file);
}

describe('评估汇总 printed by LibreOffice', () => {
  maybe('is A4 landscape and one page wide, the title on every page', async () => {
    const pdf = await summaryPdf();
    const info = spawnSync('pdfinfo', ['-l', '99', pdf], { encoding: 'utf8' }).stdout;
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    // A4 landscape is 842 × 595 points; the old output was six portrait pages.
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.length).toBeLessThanOrEqual(3);
    for (const s of sizes) expect(s).toEqual([842, 595]);
    const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
    const first = pages[0];
    // The resource table's first and last columns, and the coefficients' last column, on the first page.
    expect(first).toContain(M.stageHeader);
    expect(first).toContain(M.compositeEvaluation);
    expect(first).toContain(M.cvHeader[6]);
    expect(first).toContain('第 1 页');
    for (const text of pages.filter((p) => p.trim() !== '')) expect(text).toContain(M.summaryTitleOf('测试县'));
    expect(OUTPUT_SHEETS.summary).toBe('评估汇总');
  });
});

describe('the result copy printed by LibreOffice', () => {
  maybe('prints 评估汇总 first: the sample county evaluated, its first page is the summary', async () => {
    const io: CliIo = { out: () => undefined, err: () => undefined, env: { JUNHENG_NOW: '2024-06-01T08:00:00Z' } };
    const sample = path.join(dir, 'sample.xlsx');
    expect(await main(['template', sample, '--sample'], io)).toBe(0);
    const out = path.join(dir, 'sample-result.xlsx');
    expect(await main(['evaluate', sample, '--out', out], io)).toBe(0);
    const pages = spawnSync('pdftotext', ['-layout', '-f', '1', '-l', '1', toPdf(out), '-'], { encoding: 'utf8' });
    expect(pages.stdout).toContain(M.summaryTitleOf('示例县'));
    expect(pages.stdout).toContain('2024-06-01 16:00:00（北京时间）');
    expect(pages.stdout).toMatch(/第 1 页，共 \d+ 页/);
  });
});
