/**
 * The Office host of the browser test: bundled into one script and run in the page before the pane's own
 * bundle, it defines the `Office` global (ready at once, display language zh-CN, every requirement set
 * supported) and an `Excel` global backed by the recording fake, starting from one empty sheet `Sheet1`.
 * The fake and a plain-data view of its workbook are left on `window` for the test to inspect.
 */
import { createFakeExcel } from '../support/fakeExcel';
import type { FakeExcel } from '../support/fakeExcel';
import { HOST_KEY } from './hostApi';
import type { FakeHostHandle, SheetDump } from './hostApi';

function dumpSheets(excel: FakeExcel): SheetDump[] {
  return excel.sheets().map((s) => ({
    name: s.name,
    // Ragged rows and never-written cells come back as null, so the test compares like with like.
    values: Array.from(s.values, (row) => Array.from(row ?? [], (v) => (v === undefined ? null : v))),
    fills: Object.fromEntries(s.fills),
    conditionalFormats: s.conditionalFormats.length,
    protected: s.protected,
    protectionOptions: s.protectionOptions,
  }));
}

const excel = createFakeExcel([{ name: 'Sheet1' }]);

/** The parts of Office.js the pane and the adapter touch, as Excel on the web would answer them. */
const office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: {
    displayLanguage: 'zh-CN',
    requirements: { isSetSupported: (): boolean => true },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    if (callback) callback(info);
    return Promise.resolve(info);
  },
};

const handle: FakeHostHandle = { excel, dump: () => dumpSheets(excel) };
const g = globalThis as unknown as Record<string, unknown>;
g.Office = office;
g.Excel = excel.namespace;
g[HOST_KEY] = handle;
