/**
 * The look and page setup of a written sheet through Office.js, the same as the file writers give it: the sheet's
 * font on every cell of the table, a larger bold centred title, thin borders, wrapping, centred header cells, the
 * taller rows, and A4 paper fitted to the page width with repeated header rows and a page-number footer.
 *
 * Each setting is one call per colour-free address group (`worksheet.getRanges`), never one per cell, so a sheet
 * of 10,000 schools adds a few hundred small calls at most. Everything here is in ExcelApi 1.9 (RangeAreas and
 * `worksheet.pageLayout`), the set the add-in already requires; nothing needs a later set.
 */
import { a1Range } from '../../engine/a1';
import { MAX_ROW_HEIGHT, type PageSpec, type SheetLook, type SheetSpec } from '../../engine/sheetSpec';
import { CALL_OVERHEAD, estimateCall, parseRange, unionAddresses, type Rect } from './requestBudget';

/** What the adapter's request queue offers: queue a call estimated at `bytes`, flushing first when needed. */
export interface CallQueue {
  add(bytes: number, queue: () => void): Promise<void>;
}

/** Edges set on every area of a bordered group, so that each cell gets a thin line on all four sides. */
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** Margins in inches, as the file writers set them (narrow sides leave room for wide tables). */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 } as const;

/** Points the title font is larger than the sheet's font (16 pt over 11 pt), as in the file writers. */
const TITLE_STEP = 5;

/** Every A1 range a look names, for checking a spec before anything is written. */
export function lookRanges(spec: SheetSpec): string[] {
  const look = spec.look;
  return look ? [...look.title, ...look.borders, ...look.wrap, ...look.center] : [];
}

/** The rectangle from A1 covering the values and every range of the look: where the sheet's font is set. */
function tableRect(spec: SheetSpec, look: SheetLook): Rect | null {
  let rows = spec.values.length;
  let cols = spec.values.reduce((w, row) => Math.max(w, row.length), 0);
  for (const range of lookRanges(spec)) {
    const r = parseRange(range);
    if (!r) continue;
    rows = Math.max(rows, r.r1 + 1);
    cols = Math.max(cols, r.c1 + 1);
  }
  for (const h of look.rowHeights) rows = Math.max(rows, h.row + 1);
  return rows > 0 && cols > 0 ? { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 } : null;
}

/**
 * Queues the look of `spec` (when it has one) on `ws`: font, title, borders, wrapping, centring, row heights.
 * Called after bold is set, so that setting the typeface keeps bold cells bold.
 */
export async function writeLook(queue: CallQueue, ws: Excel.Worksheet, spec: SheetSpec, limit: number): Promise<void> {
  const look = spec.look;
  if (!look) return;
  const table = tableRect(spec, look);
  if (table) {
    const address = a1Range(0, 0, table.r1 + 1, table.c1 + 1);
    await queue.add(estimateCall([address, look.font]) + 2 * CALL_OVERHEAD, () => {
      const format = ws.getRange(address).format;
      format.font.name = look.font.name;
      format.font.size = look.font.size;
      format.verticalAlignment = 'Center';
    });
  }
  // `calls`: the setter calls queued per address group, each counted with the envelope of a call.
  const each = async (ranges: readonly string[], calls: number, set: (areas: Excel.RangeAreas) => void) => {
    for (const address of unionAddresses(ranges, limit).groups) {
      await queue.add(estimateCall(address) + (calls - 1) * CALL_OVERHEAD, () => set(ws.getRanges(address)));
    }
  };
  await each(look.title, 3, (areas) => {
    areas.format.font.size = look.font.size + TITLE_STEP;
    areas.format.font.bold = true;
    areas.format.horizontalAlignment = 'Center';
  });
  await each(look.borders, 3 * BORDER_EDGES.length, (areas) => {
    for (const edge of BORDER_EDGES) {
      const border = areas.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  });
  await each(look.wrap, 1, (areas) => {
    areas.format.wrapText = true;
  });
  await each(look.center, 1, (areas) => {
    areas.format.horizontalAlignment = 'Center';
  });
  await writeRowHeights(queue, ws, look, limit);
}

/** Row heights grouped by height: rows of one height share calls (their cells in column A stand for the rows). */
async function writeRowHeights(queue: CallQueue, ws: Excel.Worksheet, look: SheetLook, limit: number): Promise<void> {
  const byHeight = new Map<number, string[]>();
  for (const { row, height: asked } of look.rowHeights) {
    // Excel refuses a row taller than 409 points, which would fail the whole write; the text then shows in part.
    const height = Math.min(asked, MAX_ROW_HEIGHT);
    const rows = byHeight.get(height) ?? [];
    rows.push(a1Range(row, 0, 1, 1));
    byHeight.set(height, rows);
  }
  for (const [height, cells] of byHeight) {
    for (const address of unionAddresses(cells, limit).groups) {
      await queue.add(estimateCall([address, height]), () => {
        ws.getRanges(address).format.rowHeight = height;
      });
    }
  }
}

/**
 * Queues the page setup of `spec` (when it has one): A4, orientation, fitted to `fitToWidth` pages across and as
 * many down as needed, centred, the file writers' margins, repeated header rows and the centred footer, whose
 * `&P`/`&N` codes Excel's header and footer text understands as they are.
 */
export async function writePage(queue: CallQueue, ws: Excel.Worksheet, page: PageSpec | undefined): Promise<void> {
  if (!page) return;
  const titles = page.printTitleRows ? `$${page.printTitleRows.first}:$${page.printTitleRows.last}` : null;
  await queue.add(estimateCall([page, MARGINS]) + 8 * CALL_OVERHEAD, () => {
    const layout = ws.pageLayout;
    layout.paperSize = 'A4';
    layout.orientation = page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // 0 pages down: as many as the rows need, only the width is fitted.
    layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
    layout.centerHorizontally = true;
    layout.setPrintMargins('Inches', { ...MARGINS });
    if (titles) layout.setPrintTitleRows(titles);
    layout.headersFooters.defaultForAllPages.centerFooter = page.footer;
  });
}
