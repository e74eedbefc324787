/**
 * `junheng evaluate` through the package path: a user's sheet with a picture comes out byte-for-byte, and so does
 * every other part the run has no reason to touch, on the first run and on a re-run over its own output.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main, type CliIo } from '../../../src/cli/main';
import { OUTPUT_SHEETS, SHEETS } from '../../../src/engine/columns';
import { packageProblems, partsOf } from './packageCheck';

const io: CliIo = { out: () => undefined, err: () => undefined, env: { JUNHENG_NOW: '2024-06-01T08:00:00Z' } };

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-package-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Names of the parts whose bytes differ between two packages, or that only one has. */
function changedParts(a: Uint8Array, b: Uint8Array): string[] {
  const pa = partsOf(a);
  const pb = partsOf(b);
  return [...new Set([...Object.keys(pa), ...Object.keys(pb)])]
    .filter((n) => !pa[n] || !pb[n] || Buffer.compare(Buffer.from(pa[n]), Buffer.from(pb[n])) !== 0)
    .sort();
}

describe('junheng evaluate keeps what it does not write', () => {
  it('keeps a picture on the school sheet, and every part but the index parts, byte for byte', async () => {
    const sample = path.join(dir, 'sample.xlsx');
    expect(await main(['template', sample, '--sample'], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sample);
    const school = wb.getWorksheet(SHEETS.school)!;
    school.addImage(wb.addImage({ buffer: PNG, extension: 'png' } as never), 'H2:J6');
    const input = path.join(dir, 'with-picture.xlsx');
    await wb.xlsx.writeFile(input);
    const inputBytes = await fs.readFile(input);
    const inputParts = Object.keys(partsOf(inputBytes));
    // The picture's parts exist in the input: the image, the drawing and the relationships that tie them in.
    expect(inputParts).toEqual(expect.arrayContaining(['xl/media/image1.png', 'xl/drawings/drawing1.xml']));

    const out = path.join(dir, 'with-picture.result.xlsx');
    expect(await main(['evaluate', input, '--out', out], io)).toBe(0);
    const outBytes = await fs.readFile(out);
    // The sample has 履职数据, so 履职评价 is written too.
    const newSheets = Object.values(OUTPUT_SHEETS).length + 1;
    const changed = changedParts(inputBytes, outBytes);
    // Changed: the four index parts and styles, plus one new part per output sheet; nothing of the input else.
    expect(changed.filter((n) => !inputParts.includes(n))).toHaveLength(newSheets);
    expect(changed.filter((n) => inputParts.includes(n))).toEqual([
      '[Content_Types].xml',
      'docProps/app.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    expect(packageProblems(outBytes)).toEqual([]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet(SHEETS.school)!.getImages()).toHaveLength(1);

    // A re-run over its own output rewrites the output sheets (new run time) and nothing else.
    const again = path.join(dir, 'again.xlsx');
    const later: CliIo = { ...io, env: { JUNHENG_NOW: '2025-01-01T00:00:00Z' } };
    expect(await main(['evaluate', out, '--out', again], later)).toBe(0);
    const againBytes = await fs.readFile(again);
    const rewritten = changedParts(outBytes, againBytes);
    expect(rewritten.every((n) => n.startsWith('xl/worksheets/sheet'))).toBe(true);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThanOrEqual(newSheets);
  });
});
