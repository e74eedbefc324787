/**
 * A SheetSpec as a worksheet part: values (strings inline, so the shared-string table stays untouched), cell
 * styles, merges, column widths, row heights, frozen panes, drop-down lists and the page setup (A4, orientation,
 * fit to width, page-number footer; the repeated header rows are a defined name of the workbook). The chart is not written here; the add-in
 * draws it in Excel.
 */
import { a1, columnLetters, rangeBounds } from '../../engine/a1';
import type { PageSpec, SheetSpec, ValidationSpec } from '../../engine/sheetSpec';
import type { StyleBook } from './styles';
import { escapeXml } from './xmlScan';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Style of every cell of a spec: per row, the cellXfs index by column (0 or absent: no style); `base` is the style
 * of a written cell the spec gives nothing else (the sheet's font), 0 for a spec without a look.
 */
export interface StyleGrid {
  rows: (number[] | undefined)[];
  base: number;
}

/** Bits of a cell's style code below the fill and format indices. */
const BOLD = 1;
const BORDER = 2;
const WRAP = 4;
const CENTER = 8;
const TITLE = 16;
const FLAG_SPAN = 32;
/** Room for 4,095 fills before the format index. */
const FILL_SPAN = 4096;

/**
 * Resolves the formats, fills, bold, borders, wrapping, centring and title ranges of a spec into one cellXfs index
 * per styled cell, registering each combination with the style book. A later format or fill over the same cell
 * wins, as when the ranges are applied one after another.
 */
export function styleSpec(spec: SheetSpec, book: StyleBook): StyleGrid {
  const formats: string[] = [];
  const colours: string[] = [];
  // Per cell, a code packing the format (index + 1), the fill (index + 1) and the flag bits.
  const codes: (number[] | undefined)[] = [];
  const flag = (ranges: readonly string[] | undefined, bit: number): void => {
    for (const range of ranges ?? []) setBits(codes, range, 0, bit);
  };
  for (const { range, format } of spec.numberFormats) {
    let i = formats.indexOf(format);
    if (i < 0) i = formats.push(format) - 1;
    setBits(codes, range, FILL_SPAN * FLAG_SPAN, (i + 1) * FILL_SPAN * FLAG_SPAN);
  }
  for (const { color, ranges } of spec.fills) {
    let i = colours.indexOf(color);
    if (i < 0) i = colours.push(color) - 1;
    for (const range of ranges) setBits(codes, range, FLAG_SPAN, (i + 1) * FLAG_SPAN, FILL_SPAN * FLAG_SPAN);
  }
  flag(spec.bold, BOLD);
  const look = spec.look;
  flag(look?.borders, BORDER);
  flag(look?.wrap, WRAP);
  flag(look?.center, CENTER);
  flag(look?.title, TITLE);

  // The codes become cellXfs indices in place, so a large sheet holds one array per row, not two.
  const xfByCode = new Map<number, number>();
  const resolve = (code: number): number => {
    let xf = xfByCode.get(code);
    if (xf === undefined) {
      const fmt = Math.floor(code / (FILL_SPAN * FLAG_SPAN));
      const fill = Math.floor(code / FLAG_SPAN) % FILL_SPAN;
      xf = book.xf({
        format: fmt ? formats[fmt - 1] : null,
        bold: (code & BOLD) !== 0,
        fill: fill ? colours[fill - 1] : null,
        font: look?.font,
        title: (code & TITLE) !== 0,
        border: (code & BORDER) !== 0,
        wrap: (code & WRAP) !== 0,
        center: (code & CENTER) !== 0,
      });
      xfByCode.set(code, xf);
    }
    return xf;
  };
  for (const line of codes) {
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const code = line[c];
      if (code) line[c] = resolve(code);
    }
  }
  return { rows: codes, base: look ? resolve(0) : 0 };
}

/**
 * Sets one field of the code of every cell of `range`: the digits of the code from `unit` up to `span` (the whole
 * code above `unit` when `span` is 0) are replaced by `value`; a flag bit is `unit` 0 with the bit as `value`.
 * A plain loop over the range's rows and columns: the ranges of a 10,000-school sheet cover half a million cells,
 * and a callback per cell through `eachCellOfRange` took 0.1 s.
 */
function setBits(codes: (number[] | undefined)[], range: string, unit: number, value: number, span = 0): void {
  const box = rangeBounds(range);
  if (!box) return;
  const [r0, c0, r1, c1] = box;
  for (let r = r0; r <= r1; r++) {
    const line = (codes[r] ??= []);
    for (let c = c0; c <= c1; c++) {
      const code = line[c] ?? 0;
      if (unit === 0) line[c] = code | value;
      else line[c] = (span ? code - (code % span) : 0) + value + (code % unit);
    }
  }
}

/** True for a code unit `\s` matches: ASCII white space and Unicode's space separators, line ends and BOM. */
function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True when text begins or ends with white space (what `/^\s|\s$/` tests), by its first and last units: the
 * pattern took twice as long over the 250,000 text cells of 10,000 schools (54 against 29 ms).
 */
export function edgeSpace(text: string): boolean {
  return text.length > 0 && (isSpaceUnit(text.charCodeAt(0)) || isSpaceUnit(text.charCodeAt(text.length - 1)));
}

/** Number text for `<v>`: shortest round-trip form, which XML Schema's double accepts. */
function numberText(v: number): string {
  return Object.is(v, -0) ? '0' : String(v);
}

/** Text of a list validation's formula: items in quotes, a quote inside an item doubled. */
function listFormula(list: string[]): string {
  return `"${list.join(',').replace(/"/g, '""')}"`;
}

/** One `<dataValidation>`: a list with its formula, or type none carrying only the input prompt. */
function validationXml(v: ValidationSpec): string {
  const prompt = v.prompt ? ` promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.message)}"` : '';
  const sqref = `sqref="${escapeXml(v.range)}"`;
  if (!v.list) return `<dataValidation allowBlank="1" showInputMessage="1"${prompt} ${sqref}/>`;
  return (
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"${prompt} ${sqref}>` +
    `<formula1>${escapeXml(listFormula(v.list))}</formula1></dataValidation>`
  );
}

/** Writes the worksheet part of a spec through `write`, in pieces; `selected`: its tab is the one selected. */
export function renderSheet(spec: SheetSpec, grid: StyleGrid, write: (text: string) => void, selected = false): void {
  const view = `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"`;
  const styles = grid.rows;
  const rows = Math.max(spec.values.length, styles.length);
  let lastCol = 0;
  let lastRow = 0;
  for (let r = 0; r < rows; r++) {
    const n = Math.max(spec.values[r]?.length ?? 0, styles[r]?.length ?? 0);
    if (n > 0) {
      lastRow = r;
      lastCol = Math.max(lastCol, n - 1);
    }
  }
  write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${spec.page ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ''}` +
      `<dimension ref="A1:${a1(lastRow, lastCol)}"/>`,
  );
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0) ? spec.freeze : null;
  if (freeze) {
    const { rows: y, cols: x } = freeze;
    const pane = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
    write(
      `<sheetViews>${view}><pane${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}` +
        ` topLeftCell="${a1(y, x)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  } else {
    write(`<sheetViews>${view}/></sheetViews>`);
  }
  write('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = spec.columnWidths
    .map((w, i) =>
      Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '',
    )
    .join('');
  if (widths) write(`<cols>${widths}</cols>`);
  write('<sheetData>');
  // Column letters once per sheet rather than once per cell.
  const letters: string[] = [];
  for (let c = 0; c <= lastCol; c++) letters.push(columnLetters(c));
  const heights = new Map((spec.look?.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (let r = 0; r < rows; r++) {
    const rowNo = String(r + 1);
    const line = spec.values[r];
    const styleLine = styles[r];
    const n = Math.max(line?.length ?? 0, styleLine?.length ?? 0);
    let cells = '';
    for (let c = 0; c < n; c++) {
      const v = line?.[c];
      const s = styleLine?.[c] || (v !== null && v !== undefined ? grid.base : 0);
      const sAttr = s ? ` s="${s}"` : '';
      if (typeof v === 'number' && Number.isFinite(v)) {
        cells += `<c r="${letters[c]}${rowNo}"${sAttr}><v>${numberText(v)}</v></c>`;
      } else if (typeof v === 'string') {
        const text = escapeXml(v);
        const space = edgeSpace(text) ? ' xml:space="preserve"' : '';
        cells += `<c r="${letters[c]}${rowNo}"${sAttr} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
      } else if (s) {
        cells += `<c r="${letters[c]}${rowNo}"${sAttr}/>`;
      }
    }
    const ht = heights.get(r);
    const htAttr = ht ? ` ht="${ht}" customHeight="1"` : '';
    if (cells || ht) write(`<row r="${r + 1}"${htAttr}>${cells}</row>`);
  }
  write('</sheetData>');
  if (spec.merges.length > 0) {
    write(
      `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>`,
    );
  }
  const validations = spec.validations ?? [];
  if (validations.length > 0) {
    const items = validations.map(validationXml);
    write(`<dataValidations count="${items.length}">${items.join('')}</dataValidations>`);
  }
  write(pageXml(spec.page));
  write('</worksheet>');
}

/**
 * printOptions, pageMargins, pageSetup and headerFooter of a page spec (in that schema order); Excel's default
 * margins for a sheet without one. Paper 9 is A4; fitToHeight 0 lets the sheet run to as many pages as it needs.
 */
export function pageXml(page: PageSpec | undefined): string {
  if (!page) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.7" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&C${page.footer}`)}</oddFooter></headerFooter>`
  );
}
