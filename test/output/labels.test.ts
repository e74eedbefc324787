/**
 * Every cell of the output says what its figure is (the issue's reading of the sample county): G5's 80% is a share of
 * schools, and 未达标项 lists only what is 未达标, never an indicator still 待填报.
 */
import { evaluate } from '../../src/engine/evaluate';
import { OUTPUT_SHEETS } from '../../src/engine/columns';
import { buildOutputSheets } from '../../src/engine/output';
import { buildTemplateSheets } from '../../src/engine/template';
import type { CellValue } from '../../src/engine/types';

const grids = buildTemplateSheets({ sample: true }).map((s) => ({ name: s.name, values: s.values as CellValue[][] }));
const outcome = evaluate({ sheets: grids });
if (!outcome.ok) throw new Error(outcome.reason);
const sheets = buildOutputSheets(outcome.result, { runTime: '2024-06-01 16:00:00' });
const sheet = (name: string) => sheets.find((s) => s.name === name)!;

describe('school-by-school items say their value is a share of schools', () => {
  it.each(['G3', 'G4', 'G5', 'G6', 'Q4'])('%s', (id) => {
    const row = sheet(OUTPUT_SHEETS.summary).values.find((r) => r[0] === id)!;
    expect(String(row[1])).toMatch(/（数值为达标学校占比）$/);
  });

  it('G7 and G8 keep their own names (their values are amounts)', () => {
    const row = sheet(OUTPUT_SHEETS.summary).values.find((r) => r[0] === 'G8')!;
    expect(String(row[1])).not.toContain('占比');
  });
});

describe('未达标项 lists no 待填报 item (regression: unmet-lists-missing)', () => {
  it('the sample’s 待填报 parts have an empty 未达标项, the failing ones name only 未达标 indicators', () => {
    const values = sheet(OUTPUT_SHEETS.indicators).values;
    const header = values.findIndex((r) => r.includes('未达标项'));
    const col = values[header].indexOf('未达标项');
    const cells = values.slice(header + 1).map((r) => String(r[col] ?? ''));
    expect(cells.filter((c) => c.includes('待填报'))).toEqual([]);
    expect(cells.filter((c) => c.includes('未达标')).length).toBeGreaterThan(0);
  });
});
