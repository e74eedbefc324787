/**
 * What a statistician meets in the blank template: headers that show whole, an input prompt on every input cell,
 * the rule for figures given twice in 填表说明, and no overlapping validations in any workbook the product writes.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type CliIo } from '../../src/cli/main';
import { SCHOOL_COLUMNS, SHEETS } from '../../src/engine/columns';
import { evaluate } from '../../src/engine/evaluate';
import { buildOutputSheets, buildSettingsSheet } from '../../src/engine/output';
import type { SheetSpec } from '../../src/engine/sheetSpec';
import { buildTemplateSheets, headerWidth, schoolHeaderText, SCHOOL_HEADER_ROW } from '../../src/engine/template';
import { ExceljsWorkbook } from '../../src/workbook/exceljsAdapter';
import { OfficeWorkbook } from '../../src/workbook/office';
import { createFakeExcel } from '../support/fakeExcel';
import { readGrids, writeSheetsIntoPackage } from '../../src/workbook/xlsxPackage';
import { strFromU8, unzipSync } from 'fflate';
import { overlappingRanges, specOverlaps, xlsxOverlaps, xlsxRuleCount } from '../support/overlaps';

const io = (): CliIo => ({ out: () => undefined, err: () => undefined, env: { JUNHENG_NOW: '2024-06-01T08:00:00Z' } });

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-template-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the overlap check itself', () => {
  it('finds C3:C502 ∩ C10:C502 (what the template used to carry) and passes disjoint ranges', () => {
    expect(overlappingRanges(['C3:C502', 'C10:C502'])).toEqual(['C3:C502 ∩ C10:C502']);
    expect(overlappingRanges(['C3:C502', 'D3:D502', 'B34:B41', 'B42'])).toEqual([]);
    expect(overlappingRanges(['A1:B2 D4', 'B2'])).toEqual(['A1:B2 ∩ B2']);
  });
});

describe('no written workbook carries overlapping validations or conditional formats', () => {
  const sample = buildTemplateSheets({ sample: true });

  it('regression: the blank template and the sample file have none (C3:C502 and C10:C502 were both written)', async () => {
    for (const args of [
      ['template', path.join(dir, 'blank.xlsx')],
      ['template', path.join(dir, 'sample.xlsx'), '--sample'],
    ]) {
      expect(await main(args, io())).toBe(0);
      const bytes = await fs.readFile(args[1]);
      expect(xlsxOverlaps(bytes)).toEqual([]);
      // 37 columns of the school sheet, 46 county rows, 3 quality columns and the settings lists.
      expect(xlsxRuleCount(bytes)).toBeGreaterThan(SCHOOL_COLUMNS.length + 40);
    }
  });

  it('the template, sample, settings and output specs have none', () => {
    const outcome = evaluate(specsAsGrids(sample));
    if (!outcome.ok) throw new Error(outcome.reason);
    const outputs = buildOutputSheets(outcome.result, { runTime: '2024-06-01 08:00:00 UTC' });
    expect(
      specOverlaps([...buildTemplateSheets({ sample: false }), ...sample, buildSettingsSheet(), ...outputs]),
    ).toEqual([]);
  });

  it('the evaluated sample (input sheets kept, output sheets added) has none', async () => {
    const input = path.join(dir, 'sample.xlsx');
    const out = path.join(dir, 'sample.result.xlsx');
    expect(await main(['evaluate', input, '--out', out], io())).toBe(0);
    const bytes = await fs.readFile(out);
    expect(readGrids(bytes).sheets.map((s) => s.name)).toContain('数据问题');
    expect(xlsxOverlaps(bytes)).toEqual([]);
    expect(xlsxRuleCount(bytes)).toBeGreaterThan(SCHOOL_COLUMNS.length);
  });

  it("the command line's own package writer keeps list and prompt validations apart, prompt-only ones included", async () => {
    const file = path.join(dir, 'package-writer.xlsx');
    expect(await main(['template', file], io())).toBe(0);
    const blank = await fs.readFile(file);
    const written = writeSheetsIntoPackage(blank, buildTemplateSheets({ sample: false }), 'replace');
    expect(xlsxOverlaps(written)).toEqual([]);
    const parts = unzipSync(written, { filter: (f) => f.name.startsWith('xl/worksheets/') });
    const xml = Object.values(parts)
      .map((d) => strFromU8(d))
      .join('');
    expect(xml).toContain(
      '<dataValidation allowBlank="1" showInputMessage="1" promptTitle="学校代码" prompt="学校标识码或本县统一的学校代码，每校唯一，不能重复。" sqref="A3:A502"/>',
    );
    expect(xml).toMatch(/<dataValidation type="list"[^>]*promptTitle="学校类型"[^>]*sqref="C3:C502">/);
  });

  it('the file adapter writing the output sheets over the sample has none', async () => {
    const book = ExceljsWorkbook.create();
    await book.writeSheets(sample, 'replace');
    const outcome = evaluate(await book.readWorkbook());
    if (!outcome.ok) throw new Error(outcome.reason);
    await book.writeSheets(buildOutputSheets(outcome.result, { runTime: 'x' }), 'replace');
    const file = path.join(dir, 'adapter.xlsx');
    await book.saveAs(file);
    expect(xlsxOverlaps(await fs.readFile(file))).toEqual([]);
  });
});

describe("the add-in's highlights carry no overlapping conditional formats", () => {
  it('marks the sample county with red and amber rules over disjoint cells', async () => {
    const sheets = buildTemplateSheets({ sample: true });
    const outcome = evaluate(specsAsGrids(sheets));
    if (!outcome.ok) throw new Error(outcome.reason);
    const fake = createFakeExcel(
      sheets.map((x) => ({ name: x.name, values: x.values.map((r) => r.map((v) => v ?? null)) })),
    );
    const summary = await new OfficeWorkbook({ run: fake.run }).applyHighlights(outcome.result);
    expect(summary.failCells).toBeGreaterThan(0);
    expect(summary.nearCells).toBeGreaterThan(0);
    const addresses = fake.sheet(SHEETS.school).conditionalFormats.map((cf) => cf.address);
    expect(addresses.length).toBe(summary.rules);
    expect(overlappingRanges(addresses)).toEqual([]);
  });
});

/** The specs' values as the grids the engine reads. */
function specsAsGrids(specs: SheetSpec[]) {
  return { sheets: specs.map((s) => ({ name: s.name, values: s.values.map((r) => r.map((v) => v ?? null)) })) };
}

describe('the blank template shows every header whole and prompts every input cell', () => {
  const [school, county, quality] = buildTemplateSheets({ sample: false });

  it('regression: every column is at least as wide as its header (34 of 37 were cut off)', () => {
    SCHOOL_COLUMNS.forEach((c, i) => {
      expect([c.header, school.columnWidths[i] >= headerWidth(schoolHeaderText(c))]).toEqual([c.header, true]);
    });
    // 小学专科及以上学历专任教师数（人）: 17 wide characters at 2.1 plus 2 of margin.
    expect(headerWidth('小学专科及以上学历专任教师数（人）')).toBe(38);
    expect(county.columnWidths[0]).toBeGreaterThanOrEqual(headerWidth('在政府购买服务民办学校就读的随迁子女数'));
  });

  it('gives each school column one validation over its 500 input rows, with a prompt Excel can hold', () => {
    const v = school.validations ?? [];
    expect(v).toHaveLength(SCHOOL_COLUMNS.length);
    for (const x of v) {
      expect(x.range).toMatch(new RegExp(`^[A-Z]+${SCHOOL_HEADER_ROW + 2}:[A-Z]+${SCHOOL_HEADER_ROW + 501}$`));
      expect(x.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(x.prompt!.message.length).toBeLessThanOrEqual(255);
    }
    const students = v.find((x) => x.prompt!.title === '小学在校生数')!;
    expect(students.prompt!.message).toBe(
      '只填数字，单位：人。有小学学段的学校必填（小学、教学点、九年一贯制、十二年一贯制）。空白表示缺失（不按 0 计算），确实为 0 请填 0。',
    );
    expect(v.find((x) => x.prompt!.title === '学校类型')!.list).toContain('九年一贯制');
  });

  it('prompts every value cell of 区县数据 with its unit, and the 质量监测 columns', () => {
    const rows = county.values.length - 1;
    expect(county.validations).toHaveLength(rows - 2);
    const special = county.validations!.find((x) => x.prompt?.title === '特殊教育学校公用经费')!;
    expect(special.prompt!.message.startsWith('单位：万元。')).toBe(true);
    expect(quality.validations!.map((x) => x.prompt!.title)).toEqual(['学段', '学业水平等级', '校际差异率']);
  });

  it('states the one rule for G13 and Q4 given on both sheets in 填表说明', () => {
    const guide = buildTemplateSheets({ sample: false }).find((s) => s.name === SHEETS.guide)!;
    const text = guide.values.map((r) => r[0]).join('\n');
    expect(text).toContain('学校基础数据齐全时按学校数据计算');
    expect(text).toContain('相差超过 0.5 个百分点');
  });
});
