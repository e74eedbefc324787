/**
 * The add-in as a user meets it: the production bundle in dist/ served over HTTP, opened in Debian's
 * chromium, with the recording Excel fake standing in for Office (fakeHost.ts, injected before the pane's
 * own script). The test works the pane by role and accessible name, in Chinese, and reads the workbook
 * back from the fake: template, 一键计算, the five output sheets, the verdict and the 14 coefficients,
 * going to an issue's cell by click and by Enter, and 清除结果.
 *
 * Needs /usr/bin/chromium (`apt-get install chromium`): without it the test is skipped with a warning,
 * except under CI, where it fails.
 */
import { existsSync, promises as fs } from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium } from 'playwright-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { a1, parseA1 } from '../../src/engine/a1';
import { OUTPUT_SHEETS, SHEETS } from '../../src/engine/columns';
import { addinMessages, workbookMessages } from '../../src/engine/messages';
import { evaluate } from '../../src/engine/evaluate';
import { buildOutputSheets } from '../../src/engine/output';
import { INDICATOR_IDS } from '../../src/engine/result';
import type { EvaluationResult } from '../../src/engine/result';
import { STATUS_FILLS } from '../../src/engine/sheetSpec';
import { buildTemplateSheets } from '../../src/engine/template';
import type { DataIssue } from '../../src/engine/types';
import { formatCoefficient } from '../../src/taskpane/format';
import { stringsFor } from '../../src/taskpane/strings';
import type { FakeValue } from '../support/fakeExcel';
import { buildFakeHost } from './fakeHostBundle';
import { HOST_KEY } from './hostApi';
import { CHROMIUM, CHROMIUM_ARGS, DIST, OFFICE_JS, ROOT, ensurePaneBuilt, serveDirectory } from './paneServer';
import type { FakeHostHandle, SheetDump } from './hostApi';

const SCREENSHOT = path.join(ROOT, 'test-results', 'pane.png');

// The browser's clock is fixed at 01:30 UTC on 2 March 2026, in Beijing's time zone (UTC+8, no summer time):
// 评估汇总 must show the run time as 09:30 local time, to the minute.
const RUN_AT = new Date('2026-03-02T01:30:00Z');
const RUN_TIME_SHOWN = '2026-03-02 09:30';

const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!haveChromium && !inCi) {
  console.warn(`Browser test skipped: ${CHROMIUM} is missing (apt-get install chromium).`);
}
const describeInBrowser = haveChromium || inCi ? describe : describe.skip;

const s = stringsFor('zh');

/** The sample county as the engine sees it straight from the template, for the figures the pane must show. */
function expectedResult(): EvaluationResult {
  const specs = buildTemplateSheets({ sample: true });
  const outcome = evaluate({ sheets: specs.map((x) => ({ name: x.name, values: x.values.map((r) => [...r]) })) });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

/** Rows with empty cells as null and trailing empties dropped, so a written sheet and its spec compare cell for cell. */
function tidyRows(rows: readonly (readonly unknown[])[]): FakeValue[][] {
  const out = rows.map((row) => {
    const cells = Array.from(row, (v): FakeValue => {
      if (v === undefined || v === null || v === '') return null;
      if (typeof v === 'number') return Number.isFinite(v) ? v : null;
      return v as FakeValue;
    });
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 0-based column of the header `title` on row `headerRow` of a written sheet. */
function columnOf(sheet: SheetDump, headerRow: number, title: string): number {
  const col = (sheet.values[headerRow] ?? []).indexOf(title);
  if (col < 0) throw new Error(`${sheet.name} has no header ${title} on row ${headerRow + 1}`);
  return col;
}

describeInBrowser('the task pane in chromium over the Excel fake', () => {
  const expected = expectedResult();
  const expectedSheets = buildOutputSheets(expected, { runTime: RUN_TIME_SHOWN });
  const templateSpecs = buildTemplateSheets({ sample: true });
  // The five sheets of OUTPUT.md, and 履职评价 since the sample county has 履职数据.
  const outputNames = expectedSheets.map((x) => x.name);

  let tempDir = '';
  let server: http.Server | null = null;
  let origin = '';
  let context: BrowserContext | null = null;
  let page: Page;
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  let officeJsServed = 0;
  let startedAt = 0;

  /** The fake workbook's sheets, read in the page. */
  const dump = (): Promise<SheetDump[]> =>
    page.evaluate((key) => (window as unknown as Record<string, FakeHostHandle>)[key].dump(), HOST_KEY);

  const sheetOf = async (name: string): Promise<SheetDump> => {
    const found = (await dump()).find((x) => x.name === name);
    if (!found) throw new Error(`The workbook has no sheet ${name}`);
    return found;
  };

  /** The fake's active sheet and cell. */
  const active = (): Promise<{ sheet: string; cell: string } | null> =>
    page.evaluate((key) => (window as unknown as Record<string, FakeHostHandle>)[key].excel.active(), HOST_KEY);

  const waitForActive = (sheet: string, cell: string): Promise<unknown> =>
    page.waitForFunction(
      ([key, want]) => {
        const got = (window as unknown as Record<string, FakeHostHandle>)[key].excel.active();
        return got !== null && got.sheet === want.sheet && got.cell === want.cell;
      },
      [HOST_KEY, { sheet, cell }] as const,
    );

  beforeAll(async () => {
    if (!haveChromium) {
      throw new Error(`${CHROMIUM} is missing: the browser test needs Debian's chromium (apt-get install chromium).`);
    }
    // CI builds dist/ before testing; a working copy may hold none, or one older than the code it checks.
    await ensurePaneBuilt();
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-browser-'));
    const hostScript = await buildFakeHost(path.join(tempDir, 'bundle'));
    startedAt = Date.now();

    ({ server, origin } = await serveDirectory(DIST));
    context = await chromium.launchPersistentContext(path.join(tempDir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    context.setDefaultTimeout(20_000);
    // No network: office.js gets an empty script (the fake host already is Office), everything else off
    // this machine is refused and remembered.
    page = context.pages()[0] ?? (await context.newPage());
    await page.route(
      (url) => url.hostname !== '127.0.0.1',
      async (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) {
          officeJsServed++;
          await route.fulfill({ status: 200, contentType: 'application/javascript', body: '' });
        } else {
          blocked.push(url);
          await route.abort('blockedbyclient');
        }
      },
    );
    await context.clock.setFixedTime(RUN_AT);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
    await page.addInitScript({ content: hostScript });
    await page.goto(`${origin}/taskpane.html`);
  }, 600_000);

  afterAll(async () => {
    // Each step runs even when an earlier one failed, so no browser or port outlives the test.
    await context?.close().catch(() => undefined);
    if (server) {
      const srv = server;
      await new Promise<void>((resolve) => srv.close(() => resolve()));
    }
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  });

  it('opens in Chinese on an empty workbook of one sheet', async () => {
    await page.getByRole('heading', { name: s.title, level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: s.evaluate }).isEnabled()).toBe(true);
    expect((await dump()).map((x) => x.name)).toEqual(['Sheet1']);
  });

  it('inserts the template with the sample county, leaving Sheet1 alone', async () => {
    await page.getByRole('checkbox', { name: s.includeSample }).check();
    await page.getByRole('button', { name: s.insertTemplate }).click();
    await page.getByRole('status').getByText(s.templateInserted).waitFor();

    const sheets = await dump();
    expect(sheets.map((x) => x.name)).toEqual(['Sheet1', ...templateSpecs.map((x) => x.name)]);
    expect(tidyRows(sheets[0].values)).toEqual([]);
    // Every template sheet holds exactly the cells the template asked for (school codes stay text).
    for (const spec of templateSpecs) {
      const written = sheets.find((x) => x.name === spec.name);
      expect([spec.name, tidyRows(written?.values ?? [])]).toEqual([spec.name, tidyRows(spec.values)]);
    }
  });

  it('一键计算 writes the five output sheets with the sample county’s figures', async () => {
    await page.getByRole('button', { name: s.evaluate }).click();
    await page.getByRole('region', { name: s.verdictHeading }).waitFor();

    const sheets = await dump();
    const names = sheets.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(outputNames));
    const byName = new Map(sheets.map((x) => [x.name, x]));
    const get = (name: string): SheetDump => {
      const found = byName.get(name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    };
    const cell = (sheet: SheetDump, address: string): FakeValue => {
      const at = parseA1(address);
      if (!at) throw new Error(`bad address ${address}`);
      return sheet.values[at.row]?.[at.col] ?? null;
    };

    // 评估汇总: the county, the run time in Beijing time and the overall verdict (the sample county fails).
    const summary = get(OUTPUT_SHEETS.summary);
    expect(cell(summary, 'B2')).toBe('示例县');
    expect(cell(summary, 'A4')).toBe('评估时间');
    expect(cell(summary, 'B4')).toBe(RUN_TIME_SHOWN);
    expect(cell(summary, 'A5')).toBe('总体结论');
    expect(cell(summary, 'B5')).toBe('未达标');
    expect(summary.fills.B5).toBe(STATUS_FILLS.fail);

    // 指标结果: the title row, two header rows, then one row per included school part: 78 of the sample's 81 parts
    // (a small 教学点 and the two parts of the special school are listed at the end instead).
    const indicators = get(OUTPUT_SHEETS.indicators);
    const included = expected.parts.filter((p) => p.included);
    expect(included.length).toBe(78);
    expect(expected.parts.length).toBe(81);
    // Columns are found by their headers: 学校代码 on the first header row, each status under its bare id (L1…)
    // on the second; the part rows start below the title and the two header rows.
    const codeCol = columnOf(indicators, 1, '学校代码');
    const partRows = indicators.values.slice(3, 3 + included.length);
    expect(partRows.map((r) => r[codeCol])).toEqual(included.map((p) => p.code));
    expect(cell(indicators, a1(3 + included.length, codeCol))).toBeNull();
    // Each status word sits on its own colour.
    const fillOf: Record<string, string> = {
      达标: STATUS_FILLS.pass,
      '未达标(≥85%)': STATUS_FILLS.near,
      未达标: STATUS_FILLS.fail,
      待填报: STATUS_FILLS.missing,
    };
    const seenWords = new Set<string>();
    included.forEach((part, i) => {
      for (const id of INDICATOR_IDS) {
        const address = a1(3 + i, columnOf(indicators, 2, id));
        const word = cell(indicators, address);
        expect([address, word]).toEqual([address, s.indicatorStatusWords[part.indicators[id].status]]);
        expect([address, indicators.fills[address]]).toEqual([address, fillOf[word as string]]);
        seenWords.add(word as string);
      }
    });
    // The sample county shows all four status words.
    expect([...seenWords].sort()).toEqual(Object.keys(fillOf).sort());

    // 差异系数: the junior L6 coefficient is over its 0.45 limit and is the only one that fails.
    const cvSheet = get(OUTPUT_SHEETS.coefficients);
    const [stageCol, idCol, cvCol, limitCol, passCol] = ['学段', '指标', '差异系数', '上限', '结论'].map((h) =>
      columnOf(cvSheet, 1, h),
    );
    const cvRows = cvSheet.values.filter(
      (r) => typeof r[idCol] === 'string' && /^L[1-7] /.test(r[idCol]) && r[passCol] != null,
    );
    expect(cvRows.slice(0, 14).map((r) => [r[stageCol], String(r[idCol]).slice(0, 2), r[passCol]])).toEqual(
      (['小学', '初中'] as const).flatMap((stage) =>
        INDICATOR_IDS.map((id) => [stage, id, stage === '初中' && id === 'L6' ? '未达标' : '达标']),
      ),
    );
    const juniorL6 = cvRows.find((r) => r[stageCol] === '初中' && String(r[idCol]).startsWith('L6'));
    expect(juniorL6?.[limitCol]).toBe(0.45);
    expect(juniorL6?.[cvCol] as number).toBeGreaterThan(0.45);

    // 整改台账 and 数据问题: a title, a header and one row per shortfall or issue.
    expect(tidyRows(get(OUTPUT_SHEETS.ledger).values).length).toBe(2 + expected.shortfalls.length);
    expect(expected.shortfalls.length).toBeGreaterThan(0);
    const issueSheet = get(OUTPUT_SHEETS.issues);
    const [sheetCol, cellCol] = ['工作表', '单元格'].map((h) => columnOf(issueSheet, 1, h));
    const issueRows = tidyRows(issueSheet.values).slice(2);
    expect(issueRows.map((r) => `${r[sheetCol]}!${r[cellCol]}`).sort()).toEqual(
      expected.issues.map((i) => `${i.sheet}!${i.cell}`).sort(),
    );

    // Every output sheet holds, cell for cell, what the engine builds for the sample county in Node.
    for (const spec of expectedSheets) {
      expect([spec.name, tidyRows(get(spec.name).values)]).toEqual([spec.name, tidyRows(spec.values)]);
    }

    // The input cells behind failing and nearly passing indicators are highlighted on the school sheet.
    expect(get(SHEETS.school).conditionalFormats).toBeGreaterThan(0);

    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('shows the verdict word and the 14 coefficients', async () => {
    const verdict = page.getByRole('region', { name: s.verdictHeading });
    expect(await verdict.getByTestId('verdict').innerText()).toBe(`示例县（${expected.year}）：${s.verdictWords.fail}`);
    expect(s.verdictWords.fail).toBe('未达到优质均衡发展标准');
    expect(await verdict.getByRole('listitem').count()).toBe(expected.blockers.length);

    const table = page.getByRole('table', { name: s.coefficientCaption });
    const rows = await table
      .getByRole('row')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => (c.textContent ?? '').trim())));
    expect(rows.length).toBe(1 + 14);
    expect(rows[0]).toEqual([s.stageHeader, s.indicatorHeader, s.valueHeader, s.limitHeader, s.statusHeader]);
    const want = (['primary', 'junior'] as const).flatMap((stage) =>
      INDICATOR_IDS.map((id) => {
        const c = expected.coefficients[stage][id];
        return [
          s.stageWords[stage],
          `${id} ${s.indicatorShort[id]}`,
          formatCoefficient(c.cv),
          stage === 'primary' ? '0.50' : '0.45',
          stage === 'junior' && id === 'L6' ? '未达标' : '达标',
        ];
      }),
    );
    expect(rows.slice(1)).toEqual(want);
    // Every coefficient of the sample county can be computed: a number with three decimals in each row.
    for (const row of rows.slice(1)) expect(row[2]).toMatch(/^\d\.\d{3}$/);
    for (const stage of ['primary', 'junior'] as const) {
      const composite = formatCoefficient(expected.coefficients[stage].composite);
      await page.getByText(s.compositeLabel(s.stageWords[stage], composite)).waitFor();
    }
  });

  it('goes to an issue’s cell when the issue is clicked or Enter is pressed on it', async () => {
    const issues = page.getByRole('region', { name: s.issuesHeading(expected.issues.length) });
    // Two issues on different cells, each named by a location no other issue shares.
    const counts = new Map<string, number>();
    for (const i of expected.issues)
      if (i.cell) counts.set(`${i.sheet}!${i.cell}`, (counts.get(`${i.sheet}!${i.cell}`) ?? 0) + 1);
    const unique = expected.issues.filter(
      (i): i is DataIssue & { cell: string } => counts.get(`${i.sheet}!${i.cell}`) === 1,
    );
    expect(unique.length).toBeGreaterThanOrEqual(2);
    const first = unique[0];
    const last = unique[unique.length - 1];
    // The name holds `sheet!cell` then the message; the look-ahead keeps F1 from matching F12.
    const buttonFor = (i: DataIssue & { cell: string }): Locator =>
      issues.getByRole('button', { name: new RegExp(`${escapeRegExp(`${i.sheet}!${i.cell}`)}(?![0-9])`) });

    await buttonFor(first).click();
    await waitForActive(first.sheet, first.cell);
    expect(await active()).toEqual({ sheet: first.sheet, cell: first.cell });

    await buttonFor(last).focus();
    expect(await active()).toEqual({ sheet: first.sheet, cell: first.cell });
    await page.keyboard.press('Enter');
    await waitForActive(last.sheet, last.cell);
    expect(await active()).toEqual({ sheet: last.sheet, cell: last.cell });
  });

  it('says the results are out of date once the user edits an input cell', async () => {
    expect(await page.getByRole('status').getByText(s.outOfDate).count()).toBe(0);
    // The user types a number of students into the school sheet; the fake fires Excel's onChanged.
    const target = a1(templateSpecs[0].values.length - 1, 3);
    await page.evaluate(
      ([key, sheet, cell]) =>
        (window as unknown as Record<string, FakeHostHandle>)[key].excel.userEdit(sheet, cell, 500),
      [HOST_KEY, SHEETS.school, target] as const,
    );
    await page.getByRole('status').getByText(s.outOfDate).waitFor();
  });

  it('清除结果 removes the output sheets and the highlights, and nothing else', async () => {
    await page.getByRole('button', { name: s.clearResults }).click();
    await page.getByRole('status').getByText(s.resultsCleared).waitFor();

    const sheets = await dump();
    expect(sheets.map((x) => x.name)).toEqual(['Sheet1', ...templateSpecs.map((x) => x.name)]);
    expect((await sheetOf(SHEETS.school)).conditionalFormats).toBe(0);
    expect(await page.getByRole('region', { name: s.verdictHeading }).count()).toBe(0);
  });

  describe('failure paths', () => {
    /** Calls a method of the fake Excel in the page (what a user does in Excel besides the pane). */
    const inExcel = <K extends 'protectSheet' | 'protectWorkbook' | 'renameSheet' | 'failAt'>(
      method: K,
      ...args: Parameters<FakeHostHandle['excel'][K]>
    ): Promise<void> =>
      page.evaluate(
        ([key, m, a]) => {
          const excel = (window as unknown as Record<string, FakeHostHandle>)[key].excel;
          (excel[m] as (...x: unknown[]) => void)(...a);
        },
        [HOST_KEY, method, args as unknown[]] as const,
      );
    const syncs = (): Promise<number> =>
      page.evaluate((key) => (window as unknown as Record<string, FakeHostHandle>)[key].excel.stats.syncs, HOST_KEY);
    const templateNames = ['Sheet1', ...templateSpecs.map((x) => x.name)];
    const alert = (): Locator => page.getByTestId('pane-alert');

    /** Clicks a button and waits until the pane has finished the action it started. */
    const clickAndSettle = async (name: string): Promise<void> => {
      const before = await syncs();
      await page.getByRole('button', { name }).click();
      await page.waitForFunction(
        ([key, n]) =>
          document.querySelector('main')?.getAttribute('aria-busy') === 'false' &&
          (window as unknown as Record<string, FakeHostHandle>)[key].excel.stats.syncs > n,
        [HOST_KEY, before] as const,
      );
    };

    /** 清除结果, then the workbook holds exactly the sheets it had before the pane wrote anything. */
    const clearAndCheck = async (names: string[] = templateNames): Promise<void> => {
      await clickAndSettle(s.clearResults);
      await page.getByRole('status').getByText(s.resultsCleared).waitFor();
      const sheets = await dump();
      expect(sheets.map((x) => x.name)).toEqual(names);
      expect(sheets.map((x) => [x.name, x.conditionalFormats])).toEqual(names.map((n) => [n, 0]));
    };

    it('a protected 学校基础数据 sheet: the result shows with a warning, the sheets are written, 清除结果 clears', async () => {
      await inExcel('protectSheet', SHEETS.school, true);
      await clickAndSettle(s.evaluate);
      await page.getByRole('region', { name: s.verdictHeading }).waitFor();
      await page
        .getByTestId('run-warning')
        .getByText(addinMessages.highlightsSkippedProtected(SHEETS.school))
        .waitFor();
      expect(await alert().innerText()).toBe('');
      const sheets = await dump();
      expect(sheets.map((x) => x.name)).toEqual([...outputNames, ...templateNames]);
      expect((await sheetOf(SHEETS.school)).conditionalFormats).toBe(0);
      for (const spec of expectedSheets) {
        expect([spec.name, tidyRows((await sheetOf(spec.name)).values)]).toEqual([spec.name, tidyRows(spec.values)]);
      }
      await clearAndCheck();
      expect(await page.getByTestId('run-warning').count()).toBe(0);
      await inExcel('protectSheet', SHEETS.school, false);
    });

    it('a renamed school sheet: 清除结果 still removes its highlights', async () => {
      await clickAndSettle(s.evaluate);
      expect((await sheetOf(SHEETS.school)).conditionalFormats).toBeGreaterThan(0);
      const renamed = `${SHEETS.school}（上报版）`;
      await inExcel('renameSheet', SHEETS.school, renamed);
      await clearAndCheck(templateNames.map((n) => (n === SHEETS.school ? renamed : n)));
      await inExcel('renameSheet', renamed, SHEETS.school);
    });

    it('writing fails part-way: the pane says the previous results are kept, and they are, whole', async () => {
      await clickAndSettle(s.evaluate);
      const before = await dump();
      expect(before.map((x) => x.name)).toEqual([...outputNames, ...templateNames]);
      await inExcel('failAt', { member: 'values', nth: 3 });
      await clickAndSettle(s.evaluate);
      await alert()
        .getByText(workbookMessages.generalException + addinMessages.previousResultsKept)
        .waitFor();
      expect(await dump()).toEqual(before);
      await clearAndCheck();
    });

    it('a protected output sheet is replaced and keeps its protection; 清除结果 still removes it', async () => {
      await clickAndSettle(s.evaluate);
      const options = { allowFormatColumns: true, allowAutoFilter: true };
      await inExcel('protectSheet', OUTPUT_SHEETS.indicators, true, options);
      await clickAndSettle(s.evaluate);
      expect(await alert().innerText()).toBe('');
      const sheet = await sheetOf(OUTPUT_SHEETS.indicators);
      expect([sheet.protected, sheet.protectionOptions]).toEqual([true, options]);
      const spec = expectedSheets.find((x) => x.name === OUTPUT_SHEETS.indicators);
      expect(tidyRows(sheet.values)).toEqual(tidyRows(spec?.values ?? []));
      expect((await dump()).map((x) => x.name)).toEqual([...outputNames, ...templateNames]);
      await clearAndCheck();
    });

    it('a protected workbook structure: the run is refused with its sentence and nothing changes', async () => {
      await clickAndSettle(s.evaluate);
      const before = await dump();
      await inExcel('protectWorkbook', true);
      await clickAndSettle(s.evaluate);
      await alert().getByText(addinMessages.workbookProtected).waitFor();
      expect(await dump()).toEqual(before);
      await inExcel('protectWorkbook', false);
      await clearAndCheck();
    });
  });

  it('生成自评报告 downloads a .docx of the open workbook that names the county', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: s.draftReport }).click(),
    ]);
    const county = String(expected.county);
    expect(download.suggestedFilename()).toBe(`${county}自查自评报告.docx`);
    const bytes = new Uint8Array(await fs.readFile(await download.path()));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    expect(xml).toContain(`${county}创建全国`);
    expect(xml).toContain(`义务教育优质均衡发展${county.slice(-1)}自查自评报告`);
    await page
      .getByRole('status')
      .getByText(s.reportReady(`${county}自查自评报告.docx`))
      .waitFor();
  });

  it('ran without page errors, without the network, and in reasonable time', () => {
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
    // The host defined Office before the page asked, so the page never even requested office.js.
    expect(officeJsServed).toBe(0);
    expect(Date.now() - startedAt).toBeLessThan(60_000);
  });
  it('shows the 履职 lines beside the 优质均衡 ones and writes 履职评价, since the sample has 履职数据', async () => {
    await page.getByRole('button', { name: s.evaluate }).click();
    const duties = page.getByRole('region', { name: '履行教育职责评价' });
    await duties.waitFor();
    // The sample's 履职数据 is untouched by the edit above: S1 is 411 ÷ 416 and short of 100%, one check lacks 上年.
    const s1 = await duties.getByTestId('duty-S1').innerText();
    expect(s1).toContain('S1 安全隐患整改率 98.80%');
    expect(s1).toContain('未达标');
    expect(s1).toContain('5 条未整改');
    expect(await duties.getByTestId('duties-counts').innerText()).toMatch(
      /^达标 \d+ 项，未达标 \d+ 项，未佐证 1 项，仅供参考 7 项$/,
    );
    const e1 = (await sheetOf('履职评价')).values.find((r) => r[0] === 'E1');
    expect([e1?.[3], e1?.[7]]).toEqual(['99.61%', '达标']);
  });
});
