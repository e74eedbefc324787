/**
 * 与上年比较 as a user meets it in chromium (the production bundle over the recording Excel fake, as
 * pane.browser.test.ts runs the pane): the sample county inserted as this year's workbook, last year's file picked
 * with the 认定 baseline ticked, a workbook of another county refused and then compared with the override ticked,
 * and the 问题清单 downloaded and read back.
 *
 * Needs /usr/bin/chromium: without it the test is skipped with a warning, except under CI, where it fails.
 */
import { existsSync, promises as fs } from 'fs';
import type http from 'http';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { buildTemplateSheets } from '../../src/engine/template';
import { stringsFor } from '../../src/taskpane/strings';
import { readGrids } from '../../src/workbook/xlsxPackage';
import { newWorkbookPackage } from '../../src/workbook/xlsxPackage/newPackage';
import { buildFakeHost } from '../browser/fakeHostBundle';
import { HOST_KEY, type FakeHostHandle, type SheetDump } from '../browser/hostApi';
import { CHROMIUM, CHROMIUM_ARGS, DIST, OFFICE_JS, ROOT, ensurePaneBuilt, serveDirectory } from '../browser/paneServer';

const SCREENSHOT = path.join(ROOT, 'test-results', 'compare-pane.png');
const RUN_AT = new Date('2026-03-02T01:30:00Z');
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!haveChromium && !inCi) console.warn(`Browser test skipped: ${CHROMIUM} is missing (apt-get install chromium).`);
const describeInBrowser = haveChromium || inCi ? describe : describe.skip;

const s = stringsFor('zh');

/** The sample county's template sheets with 区县数据's 区县名称 and 评估年度 set as given. */
function sampleAs(county: string, year: string): SheetSpec[] {
  return buildTemplateSheets({ sample: true }).map((spec) => {
    if (spec.name !== '区县数据') return spec;
    const values = spec.values.map((row) => {
      if (row[0] === '区县名称') return [row[0], county, ...row.slice(2)];
      if (row[0] === '评估年度') return [row[0], year, ...row.slice(2)];
      return row;
    });
    return { ...spec, values };
  });
}

describeInBrowser('与上年比较 in chromium over the Excel fake', () => {
  let tempDir = '';
  let server: http.Server | null = null;
  let context: BrowserContext | null = null;
  let page: Page;
  let lastYear = '';
  let otherCounty = '';
  const pageErrors: string[] = [];
  const blocked: string[] = [];

  const dump = (): Promise<SheetDump[]> =>
    page.evaluate((key) => (window as unknown as Record<string, FakeHostHandle>)[key].dump(), HOST_KEY);
  const textOf = async (name: string): Promise<string[]> => {
    const sheet = (await dump()).find((x) => x.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.values.flat().filter((v): v is string => typeof v === 'string');
  };

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing.`);
    await ensurePaneBuilt();
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-compare-browser-'));
    lastYear = path.join(tempDir, '2023.xlsx');
    otherCounty = path.join(tempDir, '另一县2023.xlsx');
    await fs.writeFile(lastYear, newWorkbookPackage(sampleAs('示例县', '2023'), RUN_AT));
    await fs.writeFile(otherCounty, newWorkbookPackage(sampleAs('另一县', '2023'), RUN_AT));
    const hostScript = await buildFakeHost(path.join(tempDir, 'bundle'));
    let origin = '';
    ({ server, origin } = await serveDirectory(DIST));
    context = await chromium.launchPersistentContext(path.join(tempDir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(30_000);
    page = context.pages()[0] ?? (await context.newPage());
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        if (route.request().url() === OFFICE_JS) {
          await route.fulfill({ status: 200, contentType: 'application/javascript', body: '' });
        } else {
          blocked.push(route.request().url());
          await route.abort('blockedbyclient');
        }
      },
    );
    await context.clock.setFixedTime(RUN_AT);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.addInitScript({ content: hostScript });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('checkbox', { name: s.includeSample }).check();
    await page.getByRole('button', { name: s.insertTemplate }).click();
    await page.getByRole('status').getByText(s.templateInserted).waitFor();
  }, 600_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    if (server) {
      const srv = server;
      await new Promise<void>((resolve) => srv.close(() => resolve()));
    }
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  });

  it('offers 下载问题清单 only after a comparison', async () => {
    const download = page.getByRole('button', { name: s.downloadProblems });
    expect(await download.getAttribute('aria-disabled')).toBe('true');
    await page.getByText(s.problemsHint).waitFor();
  });

  it('compares with last year’s file, judged against it as the 认定 year when ticked', async () => {
    await page.getByRole('checkbox', { name: s.compareBaseline }).check();
    await page.getByTestId('compare-file').setInputFiles(lastYear);
    await page.getByTestId('compare-summary').getByText('年度对比：示例县，2023 → 2024').waitFor();
    const text = await textOf('年度对比');
    expect(text[0]).toBe('年度对比：示例县 2023 → 2024');
    expect(text).toContain('以 2023 年（认定年度）为基准判定下滑');
    // The sample county has 履职数据: its checks are compared too.
    expect(text).toContain('履行教育职责评价（各年按当年的履职评价标准）');
  });

  it('downloads the 问题清单 of the open workbook’s year', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: s.downloadProblems }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('示例县2024年问题清单.xlsx');
    const saved = path.join(tempDir, download.suggestedFilename());
    await download.saveAs(saved);
    const sheets = readGrids(await fs.readFile(saved)).sheets;
    expect(sheets.map((x) => x.name)).toEqual(['问题清单']);
    expect(sheets[0].values[0][0]).toBe('示例县 2024 年度问题清单');
    expect(sheets[0].values[2]).toEqual(['序号', '类别', '问题', '涉及学校', '整改目标', '责任单位', '整改时限']);
    await page.getByRole('status').getByText(s.problemsReady('示例县2024年问题清单.xlsx')).waitFor();
  });

  it('refuses another county unless told to compare anyway', async () => {
    await page.getByTestId('compare-file').setInputFiles(otherCounty);
    await page
      .getByTestId('pane-alert')
      .getByText(/不是同一区县/)
      .waitFor();
    await page.getByRole('checkbox', { name: s.compareForce }).check();
    await page.getByTestId('compare-file').setInputFiles(otherCounty);
    await page.getByTestId('compare-summary').waitFor();
    expect((await textOf('年度对比')).some((t) => t.includes('已按要求继续比较'))).toBe(true);
    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});
