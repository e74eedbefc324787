/**
 * A SheetSpec as a worksheet part: values (strings inline, so the shared-string table stays untouched), cell
 * styles, merges, column widths, frozen panes and drop-down lists. The chart is not written here; the add-in
 * draws it in Excel.
 */
import { a1, columnLetters, eachCellOfRange } from '../../engine/a1';
import type { SheetSpec, ValidationSpec } from '../../engine/sheetSpec';
import type { StyleBook } from './styles';
import { escapeXml } from './xmlScan';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Style of every cell of a spec: per row, the cellXfs index by column (0 or absent: no style). */
export type StyleGrid = (number[] | undefined)[];

/**
 * Resolves the formats, fills and bold ranges of a spec into one cellXfs index per styled cell, registering each
 * combination with the style book. A later format or fill over the same cell wins, as when the ranges are applied
 * one after another.
 */
export function styleSpec(spec: SheetSpec, book: StyleBook): StyleGrid {
  const formats: string[] = [];
  const colours: string[] = [];
  // Per cell, a code packing the format (index + 1), the fill (index + 1) and the bold bit.
  const codes: (number[] | undefined)[] = [];
  const FILL_SPAN = 1 << 12;
  const update = (r: number, c: number, f: (code: number) => number): void => {
    const line = (codes[r] ??= []);
    line[c] = f(line[c] ?? 0);
  };
  for (const { range, format } of spec.numberFormats) {
    let i = formats.indexOf(format);
    if (i < 0) i = formats.push(format) - 1;
    eachCellOfRange(range, (r, c) =>
      update(r, c, (code) => (i + 1) * FILL_SPAN * 2 + (Math.floor(code / 2) % FILL_SPAN) * 2 + (code % 2)),
    );
  }
  for (const { color, ranges } of spec.fills) {
    let i = colours.indexOf(color);
    if (i < 0) i = colours.push(color) - 1;
    for (const range of ranges) {
      eachCellOfRange(range, (r, c) =>
        update(r, c, (code) => Math.floor(code / (FILL_SPAN * 2)) * FILL_SPAN * 2 + (i + 1) * 2 + (code % 2)),
      );
    }
  }
  for (const range of spec.bold) eachCellOfRange(range, (r, c) => update(r, c, (code) => code - (code % 2) + 1));

  // The codes become cellXfs indices in place, so a large sheet holds one array per row, not two.
  const xfByCode = new Map<number, number>();
  for (const line of codes) {
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const code = line[c];
      if (!code) continue;
      let xf = xfByCode.get(code);
      if (xf === undefined) {
        const fmt = Math.floor(code / (FILL_SPAN * 2));
        const fill = Math.floor(code / 2) % FILL_SPAN;
        xf = book.xf(fmt ? formats[fmt - 1] : null, code % 2 === 1, fill ? colours[fill - 1] : null);
        xfByCode.set(code, xf);
      }
      line[c] = xf;
    }
  }
  return codes;
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

/** Writes the worksheet part of a spec through `write`, in pieces. */
export function renderSheet(spec: SheetSpec, styles: StyleGrid, write: (text: string) => void): void {
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
      `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1:${a1(lastRow, lastCol)}"/>`,
  );
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0) ? spec.freeze : null;
  if (freeze) {
    const { rows: y, cols: x } = freeze;
    const pane = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
    write(
      `<sheetViews><sheetView workbookViewId="0"><pane${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}` +
        ` topLeftCell="${a1(y, x)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`,
    );
  } else {
    write('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
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
  for (let r = 0; r < rows; r++) {
    const rowNo = String(r + 1);
    const line = spec.values[r];
    const styleLine = styles[r];
    const n = Math.max(line?.length ?? 0, styleLine?.length ?? 0);
    let cells = '';
    for (let c = 0; c < n; c++) {
      const v = line?.[c];
      const s = styleLine?.[c];
      const sAttr = s ? ` s="${s}"` : '';
      if (typeof v === 'number' && Number.isFinite(v)) {
        cells += `<c r="${letters[c]}${rowNo}"${sAttr}><v>${numberText(v)}</v></c>`;
      } else if (typeof v === 'string') {
        const text = escapeXml(v);
        const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
        cells += `<c r="${letters[c]}${rowNo}"${sAttr} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
      } else if (s) {
        cells += `<c r="${letters[c]}${rowNo}"${sAttr}/>`;
      }
    }
    if (cells) write(`<row r="${r + 1}">${cells}</row>`);
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
  write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
}
