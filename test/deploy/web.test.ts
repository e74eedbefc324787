/**
 * 均衡网页版 as a statistician uses it: dist/web/junheng.html opened from disk (file://) in chromium with the
 * network off and every request refused and recorded. It loads the sample county, a county with data errors, a
 * workbook that cannot be evaluated and a file that is not a workbook; shows the pane's result view; and each
 * download (评估结果, 自评报告, 年度对比) holds, part for part, what `junheng evaluate`, `report` and `compare` write
 * for the same files at the same time.
 */
import { existsSync, promises as fs, statSync } from 'fs';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { SHEETS } from '../../src/engine/columns';
import { evaluate } from '../../src/engine/evaluate';
import type { EvaluationResult } from '../../src/engine/result';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { buildTemplateSheets } from '../../src/engine/template';
import { stringsFor } from '../../src/taskpane/strings';
import { webStrings as w } from '../../src/web/strings';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { readGrids } from '../../src/workbook/xlsxPackage';
import { buildCli } from '../support/cliBuild';
import { CHROMIUM, CHROMIUM_ARGS, describeInChromium, ROOT, run } from './support';

const PAGE = path.join(ROOT, 'dist', 'web', 'junheng.html');
const SCREENSHOTS = path.join(ROOT, 'test-results');
const NOW = '2026-03-02T01:30:00Z';
const s = stringsFor('zh');

/** Newest modification time of the files under `dir`. */
async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** The page to test, copied away from dist/ (another test may rebuild dist/): built into `dir` when stale. */
async function pageCopy(dir: string): Promise<string> {
  const copy = path.join(dir, '均衡 网页版', 'junheng.html');
  await fs.mkdir(path.dirname(copy), { recursive: true });
  const fresh = existsSync(PAGE) && (await newestMtime(path.join(ROOT, 'src'))) < statSync(PAGE).mtimeMs;
  if (fresh) await fs.copyFile(PAGE, copy);
  else {
    const config = path.join('scripts', 'webpack.web.config.js');
    await run('npx', ['webpack', '--config', config, '--mode', 'production', '--output-path', path.dirname(copy)]);
  }
  return copy;
}

/** Writes sheets as a new workbook, as `junheng template` does. */
async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const book = ExceljsWorkbook.create();
  await book.writeSheets(sheets, 'replace');
  await fs.writeFile(file, await book.toBuffer({ fixedTime: new Date(NOW) }));
}

/** A change to the sample county: a 区县数据 row's value, or a school's cell under a header (0-based data row). */
type Edit = { county: string; value: string } | { header: string; row: number; value: string | number | null };

/** The sample county's sheets with `edits` applied. */
function editedSample(edits: Edit[]): SheetSpec[] {
  const sheets = buildTemplateSheets({ sample: true });
  const sheet = (name: string): SheetSpec => {
    const found = sheets.find((x) => x.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  for (const e of edits) {
    if ('county' in e) {
      const row = sheet(SHEETS.county).values.find((r) => r[0] === e.county);
      if (!row) throw new Error(`no 区县数据 row ${e.county}`);
      row[1] = e.value;
    } else {
      // The school sheet: a title row, the header row, then one row per school.
      const values = sheet(SHEETS.school).values;
      const col = values[1].indexOf(e.header);
      if (col < 0) throw new Error(`no school column ${e.header}`);
      values[2 + e.row][col] = e.value;
    }
  }
  return sheets;
}

/** Every part of a zip package, name → text (all parts of .xlsx and .docx here are XML or text). */
function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

/** The engine's result for a workbook file, read with the project's reader. */
async function resultOf(file: string): Promise<EvaluationResult> {
  const outcome = evaluate(readGrids(new Uint8Array(await fs.readFile(file))));
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

describeInChromium('the web page')('均衡网页版 from file:// with no network', () => {
  let dir = '';
  let data = '';
  let pageUrl = '';
  let context: BrowserContext | null = null;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const cliEnv = { ...process.env, JUNHENG_NOW: NOW };
  const junheng = (...args: string[]) =>
    run(process.execPath, [path.join(ROOT, 'bin', 'junheng.js'), ...args], { cwd: data, env: cliEnv });

  beforeAll(async () => {
    const built = buildCli();
    if (built.status !== 0) throw new Error(`build:cli failed\n${built.stdout}${built.stderr}`);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-web-'));
    data = path.join(dir, '县 数据');
    await fs.mkdir(data);
    const html = await pageCopy(dir);
    pageUrl = `file://${html.split(path.sep).map(encodeURIComponent).join('/')}`;
    await junheng('template', '示例县 2024.xlsx', '--sample');
    await writeWorkbook(
      path.join(data, '示例县 2023.xlsx'),
      editedSample([
        { county: '评估年度', value: '2023' },
        { header: '小学在校生数（人）', row: 0, value: 1700 },
      ]),
    );
    await writeWorkbook(
      path.join(data, '有错误的县.xlsx'),
      editedSample([
        { header: '教学仪器设备值（万元）', row: 1, value: '约300' },
        { header: '小学在校生数（人）', row: 2, value: -40 },
        { header: '小学专科及以上学历专任教师数（人）', row: 3, value: null },
      ]),
    );
    const note: SheetSpec = {
      name: '说明',
      values: [['只有说明']],
      numberFormats: [],
      fills: [],
      bold: [],
      merges: [],
      columnWidths: [],
    };
    await writeWorkbook(path.join(data, '没有学校表.xlsx'), [note]);
    await fs.writeFile(path.join(data, '不是工作簿.xlsx'), '这是一个文本文件，不是 .xlsx 工作簿。');

    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1100, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
      offline: true,
    });
    context.setDefaultTimeout(30_000);
    // Every request the page makes is recorded and refused; the page itself is the only file it may read.
    context.on('request', (r) => {
      if (decodeURI(r.url()) !== decodeURI(pageUrl)) requests.push(r.url());
    });
    await context.route(
      (url) => url.protocol !== 'file:',
      (route) => route.abort('blockedbyclient'),
    );
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`console: ${m.text()}`);
    });
    await context.clock.setFixedTime(new Date(NOW));
    await page.goto(pageUrl);
  }, 600_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  const choose = async (name: string): Promise<void> => {
    await page.getByTestId('workbook-file').setInputFiles(path.join(data, name));
    await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
  };

  /** Clicks a download button and gives the file's name and bytes. */
  const downloadOf = async (button: string): Promise<{ name: string; bytes: Uint8Array }> => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await fs.readFile(await download.path())) };
  };

  const expectSameParts = async (got: Uint8Array, file: string): Promise<void> => {
    const want = parts(new Uint8Array(await fs.readFile(path.join(data, file))));
    const mine = parts(got);
    expect(Object.keys(mine).sort()).toEqual(Object.keys(want).sort());
    for (const name of Object.keys(want)) expect([file, name, mine[name]]).toEqual([file, name, want[name]]);
  };

  const verdict = (): Locator => page.getByRole('region', { name: s.verdictHeading }).getByTestId('verdict');

  it('opens with the page’s buttons; the downloads wait for a workbook', async () => {
    await page.getByRole('heading', { name: w.title, level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: w.choose, exact: true }).isEnabled()).toBe(true);
    for (const name of [w.downloadResult, w.downloadReport, w.compare]) {
      expect([name, await page.getByRole('button', { name, exact: true }).getAttribute('aria-disabled')]).toEqual([
        name,
        'true',
      ]);
    }
    // No planner is wired in yet: no 下载创建规划 button.
    expect(await page.getByRole('button', { name: w.downloadPlan }).count()).toBe(0);
  });

  it('shows the sample county’s verdict, blockers, 14 coefficients, 履职 and data issues', async () => {
    const expected = await resultOf(path.join(data, '示例县 2024.xlsx'));
    await choose('示例县 2024.xlsx');
    expect(await verdict().innerText()).toBe(`示例县（2024）：${s.verdictWords.fail}`);
    const region = page.getByRole('region', { name: s.verdictHeading });
    expect(await region.getByRole('listitem').count()).toBe(expected.blockers.length);
    expect(await page.getByRole('table', { name: s.coefficientCaption }).getByRole('row').count()).toBe(15);
    expect(await page.getByTestId('cv-junior-L6').innerText()).toContain('未达标');
    await page.getByRole('region', { name: '履行教育职责评价' }).waitFor();
    const issues = page.getByRole('region', { name: s.issuesHeading(expected.issues.length) });
    expect(await issues.getByRole('listitem').count()).toBe(expected.issues.length);
    expect(expected.issues.length).toBeGreaterThan(0);
    // In the page an issue is text to read, not a button that selects a cell: there is no open workbook.
    expect(await issues.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'web-sample.png'), fullPage: true });
  });

  it('下载评估结果 gives <name>.result.xlsx, part for part what junheng evaluate writes', async () => {
    const got = await downloadOf(w.downloadResult);
    expect(got.name).toBe('示例县 2024.result.xlsx');
    await junheng('evaluate', '示例县 2024.xlsx');
    await expectSameParts(got.bytes, '示例县 2024.result.xlsx');
  });

  it('下载自评报告 gives the .docx junheng report writes', async () => {
    const got = await downloadOf(w.downloadReport);
    expect(got.name).toBe('示例县 2024.report.docx');
    await junheng('report', '示例县 2024.xlsx');
    await expectSameParts(got.bytes, '示例县 2024.report.docx');
    expect(parts(got.bytes)['word/document.xml']).toContain('示例县创建全国');
  });

  it('与上年比较 shows the 年度对比 summary and downloads what junheng compare writes', async () => {
    await page.getByTestId('compare-file').setInputFiles(path.join(data, '示例县 2023.xlsx'));
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    const lines = await summary.getByRole('listitem').allInnerTexts();
    const cli = await junheng('compare', '示例县 2023.xlsx', '示例县 2024.xlsx');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(cli.stdout).toContain(line);
    const got = await downloadOf(w.downloadCompare);
    expect(got.name).toBe('示例县 2024.compare.xlsx');
    await expectSameParts(got.bytes, '示例县 2024.compare.xlsx');
  });

  it('a county with data errors: each issue is listed with its cell, and the result is what the command writes', async () => {
    const expected = await resultOf(path.join(data, '有错误的县.xlsx'));
    await choose('有错误的县.xlsx');
    await verdict().waitFor();
    const issues = page.getByRole('region', { name: s.issuesHeading(expected.issues.length) });
    const listed = await issues.getByRole('listitem').allInnerTexts();
    expect(listed.length).toBe(expected.issues.length);
    for (const text of ['约300', '不能为负数', '未填写'])
      expect([text, listed.some((l) => l.includes(text))]).toEqual([text, true]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'web-errors.png'), fullPage: true });
    const got = await downloadOf(w.downloadResult);
    expect(got.name).toBe('有错误的县.result.xlsx');
    await junheng('evaluate', '有错误的县.xlsx');
    await expectSameParts(got.bytes, '有错误的县.result.xlsx');
  });

  it('a workbook without the school sheet, and a file that is not a workbook: the reason, in Chinese, naming it', async () => {
    await choose('没有学校表.xlsx');
    const alert = page.getByTestId('page-alert');
    expect(await alert.innerText()).toContain(SHEETS.school);
    expect(await page.getByRole('region', { name: s.verdictHeading }).count()).toBe(0);
    expect(await page.getByRole('button', { name: w.downloadResult }).getAttribute('aria-disabled')).toBe('true');
    await choose('不是工作簿.xlsx');
    expect(await alert.innerText()).toContain('无法读取工作簿 不是工作簿.xlsx');
  });

  it('a workbook dropped on the page is read as one chosen', async () => {
    const name = '示例县 2023.xlsx';
    const base64 = (await fs.readFile(path.join(data, name))).toString('base64');
    const transfer = await page.evaluateHandle(
      ([b64, fileName]) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], fileName));
        return dt;
      },
      [base64, name] as const,
    );
    await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByTestId('file-name').getByText(name).waitFor();
    expect(await verdict().innerText()).toMatch(/^示例县（2023）：/);
  });

  it('asked for nothing over any network and raised no error', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
