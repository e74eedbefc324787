/** Request counts and sizes: a fixed number of syncs whatever the number of schools, and never a request over 5 MB. */
import { OfficeWorkbook } from '../../../src/workbook/office';
import { evaluate } from '../../../src/engine/evaluate';
import { buildOutputSheets } from '../../../src/engine/output';
import { EXCEL_PAYLOAD_LIMIT } from '../../../src/workbook/office/requestBudget';
import { createFakeExcel } from '../../support/fakeExcel';
import { expectSheetMatchesSpec, specToInit, syntheticSpec, templateWorkbook } from './support';

const INPUT = { name: '学校基础数据', values: [['学校代码'], ['5100000001']] };

describe('sync count and request size', () => {
  test('writing results for 10, 1,000 and 10,000 schools costs the same three syncs', async () => {
    const syncs: number[] = [];
    for (const n of [10, 1000, 10000]) {
      const fake = createFakeExcel([INPUT]);
      const specs = [syntheticSpec('指标结果', n, 5), syntheticSpec('整改台账', n, 1), syntheticSpec('评估汇总', 20)];
      await new OfficeWorkbook({ run: fake.run }).writeSheets(specs, 'replace');
      syncs.push(fake.stats.syncs);
      expect(Math.max(...fake.stats.requestSizes)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
      if (n === 10000) for (const spec of specs) expectSheetMatchesSpec(fake, spec);
    }
    expect(syncs).toEqual([3, 3, 3]);
  });

  test('reading a 12-column school sheet of 10, 1,000 and 10,000 schools costs the same three syncs', async () => {
    const syncs: number[] = [];
    for (const n of [10, 1000, 10000]) {
      const fake = createFakeExcel([specToInit(syntheticSpec('学校基础数据', n, 5))]);
      const book = await new OfficeWorkbook({ run: fake.run }).readWorkbook();
      // Title, header, n schools.
      expect(book.sheets[0].values.length).toBe(n + 2);
      expect(book.sheets[0].values[n + 1][0]).toBe(String(5100000000 + n - 1));
      expect(Math.max(...fake.stats.responseSizes)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
      syncs.push(fake.stats.syncs);
    }
    expect(syncs).toEqual([3, 3, 3]);
  });

  test('10,000 schools with wide rows split into several requests, none over 5 MB, every cell written', async () => {
    const fake = createFakeExcel([INPUT]);
    // Each row carries 300 Chinese characters (900 bytes) of text besides its figures: about 12 MB in all.
    const spec = syntheticSpec('整改台账', 10000, 7, 300);
    await new OfficeWorkbook({ run: fake.run }).writeSheets([spec], 'replace');
    const sizes = fake.stats.requestSizes;
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(10 * 1024 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    // One sync for the sheet list, then requests of at most the 4 MB budget: at least ⌈total / 4 MB⌉ of them,
    // and (chunks being at most half the budget) not more than one extra per chunk boundary.
    const requests = sizes.length - 1;
    expect(requests).toBeGreaterThanOrEqual(Math.ceil(total / (4 * 1024 * 1024)));
    expect(requests).toBeLessThanOrEqual(Math.ceil(total / (2 * 1024 * 1024)) + 1);
    expectSheetMatchesSpec(fake, spec);
  });

  test('a small budget is honoured by every request (the estimate never undercounts the fake)', async () => {
    const budget = 64 * 1024;
    const fake = createFakeExcel([INPUT], { payloadLimit: budget });
    const spec = syntheticSpec('指标结果', 1000, 7, 10);
    await new OfficeWorkbook({ run: fake.run, requestBudget: budget }).writeSheets([spec], 'replace');
    const total = fake.stats.requestSizes.reduce((a, b) => a + b, 0);
    // About 300 KB in all: at least ⌈total / 64 KB⌉ requests besides the sheet list.
    expect(total).toBeGreaterThan(250 * 1024);
    expect(fake.stats.requestSizes.length - 1).toBeGreaterThanOrEqual(Math.ceil(total / budget));
    expect(Math.max(...fake.stats.requestSizes)).toBeLessThanOrEqual(budget);
    expectSheetMatchesSpec(fake, spec);
  });

  test('a 10,000-school county goes through read, evaluate and write with every request and response under 5 MB', async () => {
    const fake = createFakeExcel(templateWorkbook(10000));
    const adapter = new OfficeWorkbook({ run: fake.run });
    const book = await adapter.readWorkbook();
    const readSyncs = fake.stats.syncs;
    const outcome = evaluate(book);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const specs = buildOutputSheets(outcome.result, { runTime: 'test' });
    await adapter.writeSheets(specs, 'replace');
    expect(Math.max(...fake.stats.requestSizes)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    expect(Math.max(...fake.stats.responseSizes)).toBeLessThanOrEqual(EXCEL_PAYLOAD_LIMIT);
    // Names, sizes, then the cells (about 450,000 of them) in a few budget-sized responses.
    expect(readSyncs).toBeLessThanOrEqual(6);
    expect(fake.stats.syncs - readSyncs).toBeLessThanOrEqual(4);
    for (const spec of specs) expectSheetMatchesSpec(fake, spec);
  });
});
