/**
 * What the browser test's Office host leaves on `window` for the test to inspect. Kept apart from the host
 * itself (fakeHost.ts), whose import would install the fake globals in whatever runs it.
 */
import type { FakeExcel, FakeValue } from '../support/fakeExcel';

/** One sheet of the fake workbook as plain data (what `page.evaluate` can carry back to the test). */
export interface SheetDump {
  name: string;
  /** Anchored at A1; empty cells are null. */
  values: FakeValue[][];
  /** Cells with a fill, by A1 address. */
  fills: Record<string, string>;
  /** Custom conditional formats (the pane's highlights) on the sheet. */
  conditionalFormats: number;
  /** Whether the sheet is protected, and with which options. */
  protected: boolean;
  protectionOptions: Record<string, boolean | string> | null;
}

/** The host's handle on `window[HOST_KEY]`. */
export interface FakeHostHandle {
  /** The live fake, as the other tests use it. */
  excel: FakeExcel;
  /** Every sheet, in tab order, as plain data. */
  dump(): SheetDump[];
}

/** Name of the window property that holds the FakeHostHandle. */
export const HOST_KEY = 'junhengFakeHost';
