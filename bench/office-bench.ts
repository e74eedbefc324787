/**
 * Office adapter bench: a template-shaped county of 100, 1,000 and 10,000 schools goes through the recording
 * Excel fake: read, evaluate, build the output sheets, write them. Prints syncs, the largest request and
 * response, and where the time goes. No assertions: the tests hold the limits; this shows the margins.
 *
 * Run from the project root: sh bench/run-office-bench.sh
 */
import { evaluate } from '../src/engine/evaluate';
import { buildOutputSheets } from '../src/engine/output';
import { OfficeWorkbook } from '../src/workbook/office';
import { EXCEL_PAYLOAD_LIMIT } from '../src/workbook/office/requestBudget';
import { createFakeExcel } from '../test/support/fakeExcel';
import { templateWorkbook } from '../test/workbook/office/support';

interface Row {
  schools: number;
  readSyncs: number;
  maxResponse: number;
  readMs: number;
  evaluateMs: number;
  buildMs: number;
  writeSyncs: number;
  maxRequest: number;
  requestMs: number;
  fakeMs: number;
}

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

async function measure(schools: number): Promise<Row> {
  const fake = createFakeExcel(templateWorkbook(schools));
  const adapter = new OfficeWorkbook({ run: fake.run });

  let t = performance.now();
  const book = await adapter.readWorkbook();
  const readMs = performance.now() - t - fake.stats.fakeMillis;
  const readSyncs = fake.stats.syncs;
  const maxResponse = Math.max(...fake.stats.responseSizes);
  fake.resetStats();

  t = performance.now();
  const outcome = evaluate(book);
  const evaluateMs = performance.now() - t;
  if (!outcome.ok) throw new Error(outcome.reason);

  t = performance.now();
  const specs = buildOutputSheets(outcome.result, { runTime: 'bench' });
  const buildMs = performance.now() - t;

  t = performance.now();
  await adapter.writeSheets(specs, 'replace');
  const total = performance.now() - t;
  return {
    schools,
    readSyncs,
    maxResponse,
    readMs,
    evaluateMs,
    buildMs,
    writeSyncs: fake.stats.syncs,
    maxRequest: Math.max(...fake.stats.requestSizes),
    requestMs: total - fake.stats.fakeMillis,
    fakeMs: fake.stats.fakeMillis,
  };
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of [100, 1000, 10000]) rows.push(await measure(n));
  const table = rows.map((r) => ({
    schools: r.schools,
    'read syncs': r.readSyncs,
    'largest response': kb(r.maxResponse),
    'read (adapter)': ms(r.readMs),
    'evaluate (engine)': ms(r.evaluateMs),
    'build output sheets': ms(r.buildMs),
    'write syncs': r.writeSyncs,
    'largest request': kb(r.maxRequest),
    'building requests (adapter)': ms(r.requestMs),
    'executing (fake Excel)': ms(r.fakeMs),
  }));
  console.table(table);
  console.log(`Excel on the web rejects requests and responses over ${kb(EXCEL_PAYLOAD_LIMIT)}.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
