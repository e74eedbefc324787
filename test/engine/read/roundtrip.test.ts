import { parseA1 } from '../../../src/engine/a1';
import { readWorkbookInput } from '../../../src/engine/read';
import { defaultSettings } from '../../../src/engine/settings';
import type { SheetSpec } from '../../../src/engine/sheetSpec';
import { buildTemplateSheets } from '../../../src/engine/template';
import type { CellValue, SheetGrid } from '../../../src/engine/types';

/** A written sheet as an adapter hands it back: values, the number format of each cell, merges. */
function asGrid(spec: SheetSpec): SheetGrid {
  const values: CellValue[][] = spec.values.map((r) => [...r]);
  const formats: (string | null)[][] = values.map((r) => r.map(() => null));
  for (const { range, format } of spec.numberFormats) {
    const [a, b] = range.split(':');
    const from = parseA1(a)!;
    const to = parseA1(b ?? a)!;
    for (let r = from.row; r <= to.row && r < formats.length; r++) {
      for (let c = from.col; c <= to.col; c++) formats[r][c] = format;
    }
  }
  return { name: spec.name, values, formats, merges: spec.merges };
}

describe('the template reads back', () => {
  it('blank: every sheet found, no school, settings at their defaults, nothing to report', () => {
    const out = readWorkbookInput({ sheets: buildTemplateSheets({ sample: false }).map(asGrid) });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.input.schools).toEqual([]);
    expect(out.input.county.sheet).toBe('区县数据');
    expect(out.input.qualitySheet).toBe('质量监测');
    expect(out.settings).toEqual(defaultSettings());
    expect(out.input.issues).toEqual([]);
  });

  it('sample county: headers, county rows, quality rows and settings all recognised', () => {
    const out = readWorkbookInput({ sheets: buildTemplateSheets({ sample: true }).map(asGrid) });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { input } = out;
    expect(input.schools.length).toBeGreaterThan(10);
    expect(input.schools.every((s) => s.type !== null)).toBe(true);
    // Only the school sheet may carry issues: the sample's deliberate data errors.
    expect(input.issues.filter((i) => i.sheet !== '学校基础数据')).toEqual([]);
    const structural = ['missing-column', 'duplicate-column', 'equipment-unit-assumed', 'missing-county-item'];
    expect(input.issues.filter((i) => structural.includes(i.code))).toEqual([]);
    expect(input.county.name).not.toBe('');
    expect(input.quality?.length).toBeGreaterThan(0);
    expect(input.quality?.every((q) => q.level !== null && q.rate !== null)).toBe(true);
    expect(out.settings).toEqual(defaultSettings());
  });
});
