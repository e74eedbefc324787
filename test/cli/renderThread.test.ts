/**
 * A county large enough for its workbook to be written by a second thread gives the same workbook and the same
 * JSON, byte for byte, as with one thread; and the package writer gives the same bytes whether its sheets are
 * rendered in line or by an asynchronous renderer that finishes them out of order.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { realisticSchools, writeSharedStringsCounty } from '../../bench/realistic';
import { evaluate } from '../../src/engine/evaluate';
import { buildOutputSheets, buildSettingsSheet } from '../../src/engine/output';
import { THREAD_FROM } from '../../src/cli/main';
import { readGrids, writeSheetsIntoPackage, writeSheetsIntoPackageAsync } from '../../src/workbook/xlsxPackage';
import { type RenderJob, renderEntry } from '../../src/workbook/xlsxPackage/renderEntry';
import { buildCli } from '../support/cliBuild';

const root = path.resolve(__dirname, '..', '..');
let dir: string;
let county: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'junheng-thread-'));
  county = path.join(dir, '大县.xlsx');
  await writeSharedStringsCounty(county, realisticSchools(2000));
  expect(buildCli().status).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(threads: string, name: string): { xlsx: Buffer; json: Buffer } {
  const out = path.join(dir, `${name}.xlsx`);
  const json = path.join(dir, `${name}.json`);
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'junheng.js'), 'evaluate', county, '--out', out, '--json', json],
    {
      encoding: 'utf8',
      env: { ...process.env, JUNHENG_NOW: '2026-12-01T08:00:00Z', JUNHENG_THREADS: threads },
    },
  );
  expect([r.status, r.stderr]).toEqual([0, '']);
  return { xlsx: readFileSync(out), json: readFileSync(json) };
}

describe('the workbook written by a second thread', () => {
  it('is the same, byte for byte, as the one written by one thread, and so is the JSON', () => {
    const one = run('1', 'one');
    const two = run('2', 'two');
    expect(JSON.parse(one.json.toString('utf8')).parts.length).toBeGreaterThanOrEqual(THREAD_FROM);
    expect(two.xlsx.equals(one.xlsx)).toBe(true);
    expect(two.json.equals(one.json)).toBe(true);
  }, 120_000);

  it('comes from a package writer that gives the same bytes with sheets rendered out of order', async () => {
    const bytes = readFileSync(county);
    const outcome = evaluate(readGrids(bytes));
    if (!outcome.ok) throw new Error(outcome.reason);
    const sheets = buildOutputSheets(outcome.result, { runTime: '2026-12-01 16:00:00（北京时间）' });
    const options = { entryTime: new Date(Date.UTC(2026, 11, 1)), addMissing: [buildSettingsSheet()] };
    const inLine = writeSheetsIntoPackage(bytes, sheets, 'replace', options);
    // Earlier sheets take longer, so they finish after later ones.
    let pending = 0;
    const later = (job: RenderJob) =>
      new Promise<ReturnType<typeof renderEntry>>((resolve) => {
        const wait = 40 - 5 * pending++;
        setTimeout(() => resolve(renderEntry(job)), Math.max(0, wait));
      });
    const outOfOrder = await writeSheetsIntoPackageAsync(bytes, sheets, 'replace', options, later);
    expect(Buffer.from(outOfOrder).equals(Buffer.from(inLine))).toBe(true);
  }, 60_000);
});
