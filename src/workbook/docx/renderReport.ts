/**
 * Renders the engine's report model (src/engine/report) as a .docx with the `docx` package, in the GB/T 9704 format
 * REPORT.md §7 derives: A4, margins 37/35/28/26 mm, 22 lines of 28 characters, 2号 title, 3号 body with a
 * two-character indent, 黑体 / 楷体 headings, "— 1 —" page numbers on alternating sides. Runs in Node and the browser.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { unzipSync, zipSync, strToU8, strFromU8, type Zippable } from 'fflate';
import type { Block, ReportDocument, ReportStyle, TextRun as ModelRun } from '../../engine/report/documentModel';

const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);
/** Half-points, the unit of `w:sz`. */
const half = (pt: number): number => Math.round(pt * 2);

/** Layout figures derived once from the style. */
interface Layout {
  style: ReportStyle;
  /** Exact line pitch filling the 版心 with `linesPerPage` lines (twips). */
  line: number;
  /** One body character (twips), the unit of indents. */
  char: number;
  /** Character spacing of body text (twips, negative) so that a line of the 版心 holds `charsPerLine` characters. */
  tighten: number;
}

function layoutOf(style: ReportStyle): Layout {
  const p = style.page;
  const bodyHeightMm = p.heightMm - p.marginTopMm - p.marginBottomMm;
  const textWidth = twips(p.widthMm - p.marginLeftMm - p.marginRightMm);
  // 28 characters of 3号 (16 pt) are 448 pt, a little more than the 442 pt 版心; each character gives up the rest.
  const tighten = Math.min(0, Math.floor(textWidth / p.charsPerLine - p.bodyPt * 20));
  return { style, line: Math.floor(twips(bodyHeightMm) / p.linesPerPage), char: p.bodyPt * 20, tighten };
}

const fonts = (l: Layout, eastAsia: string) => ({ ascii: l.style.fonts.latin, hAnsi: l.style.fonts.latin, eastAsia });

/**
 * A zero-width space after 、 before a decimal: a list of figures such as "0.379、0.321、…" is otherwise one unbreakable
 * word to line breakers that follow Unicode's rules for numbers, and a justified line around it is stretched apart.
 */
const breakable = (t: string): string => t.replace(/、(?=\d+\.\d)/g, '、\u200b');

function run(l: Layout, r: ModelRun, eastAsia: string, sizePt: number): TextRun {
  return new TextRun({
    text: breakable(r.text),
    characterSpacing: sizePt === l.style.page.bodyPt ? l.tighten : undefined,
    bold: r.bold,
    font: fonts(l, eastAsia),
    size: half(sizePt),
    // Placeholders stand out so the user can find every 【待填写 and replace it.
    highlight: r.placeholder ? 'yellow' : undefined,
  });
}

/** A body paragraph: justified, indented two characters, on the exact line pitch. */
function bodyParagraph(l: Layout, runs: ModelRun[], eastAsia: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * l.char },
    spacing: { line: l.line, lineRule: LineRuleType.EXACT },
    children: runs.map((r) => run(l, r, eastAsia, l.style.page.bodyPt)),
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

/** A table cell in the table size, centred, single-spaced, with no indent. */
function cell(l: Layout, textValue: string, bold: boolean, width: number, rowSpan?: number): TableCell {
  return new TableCell({
    rowSpan,
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // An exact pitch of its own keeps the cell off the page's line grid.
        spacing: { line: Math.round(l.style.page.tablePt * 20 * 1.35), lineRule: LineRuleType.EXACT },
        children: [run(l, { text: textValue, bold }, l.style.fonts.body, l.style.page.tablePt)],
      }),
    ],
  });
}

function table(l: Layout, b: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  const p = l.style.page;
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { line: l.line, lineRule: LineRuleType.EXACT },
    children: [run(l, { text: b.caption, bold: true }, l.style.fonts.body, p.captionPt)],
  });
  const width = twips(p.widthMm - p.marginLeftMm - p.marginRightMm);
  const total = b.widths.reduce((a, w) => a + w, 0);
  const columnWidths = b.widths.map((w) => Math.floor((width * w) / total));
  const header = new TableRow({
    tableHeader: true,
    children: b.header.map((h, i) => cell(l, h, true, columnWidths[i])),
  });
  // A row below a rowSpan cell lacks that column: its cells take the widths from the right.
  const rows = b.rows.map((r) => {
    const offset = columnWidths.length - r.length;
    return new TableRow({ children: r.map((c, i) => cell(l, c.text, false, columnWidths[offset + i], c.rowSpan)) });
  });
  const t = new Table({
    rows: [header, ...rows],
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
  });
  // The 注 in the table's size, flush left under it, as notes to a table are printed.
  const note =
    b.note === undefined
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { before: 60, line: Math.round(p.tablePt * 20 * 1.5), lineRule: LineRuleType.EXACT },
            children: [run(l, { text: b.note }, l.style.fonts.body, p.tablePt)],
          }),
        ];
  // An empty line after the table keeps the next paragraph off its border.
  return [
    caption,
    t,
    ...note,
    new Paragraph({ spacing: { line: l.line, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}

/** Width of a text in body characters: CJK one, ASCII digits and letters half. */
const widthInChars = (s: string): number => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);

/** 落款: the office centred over the date, the date right-aligned four characters in (GB/T 9704 7.3.5). */
function signature(l: Layout, office: string, date: string): Paragraph[] {
  const line = { line: l.line, lineRule: LineRuleType.EXACT };
  const dateRight = 4 * l.char;
  const officeRight = Math.max(0, dateRight + ((widthInChars(date) - widthInChars(office)) / 2) * l.char);
  const body = l.style.fonts.body;
  const size = l.style.page.bodyPt;
  return [
    new Paragraph({ spacing: line, children: [] }),
    new Paragraph({ spacing: line, children: [] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(officeRight) },
      spacing: line,
      children: [run(l, { text: office }, body, size)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing: line,
      children: [run(l, { text: date }, body, size)],
    }),
  ];
}

function blockParagraphs(l: Layout, b: Block): (Paragraph | Table)[] {
  const f = l.style.fonts;
  switch (b.kind) {
    case 'heading':
      return [bodyParagraph(l, [{ text: b.text }], b.level === 1 ? f.heading1 : f.heading2)];
    case 'paragraph':
      return [bodyParagraph(l, b.runs, f.body)];
    case 'table':
      return table(l, b);
    case 'signature':
      return signature(l, b.office, b.date);
  }
}

/** "— 1 —" in 4号 宋体: odd pages right with one character in, even pages left with one character in. */
function pageFooter(l: Layout, side: 'odd' | 'even'): Footer {
  const p = l.style.page;
  const indent = p.pageNumberPt * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fonts(l, l.style.fonts.pageNumber),
            size: half(p.pageNumberPt),
          }),
        ],
      }),
    ],
  });
}

/** The title lines, 2号 centred, then one blank line before the body. */
function titleParagraphs(l: Layout, lines: string[]): Paragraph[] {
  const p = l.style.page;
  const spacing = { line: Math.round(p.titlePt * 20 * 1.5), lineRule: LineRuleType.EXACT };
  return [
    ...lines.map(
      (t) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing,
          children: [run(l, { text: t }, l.style.fonts.title, p.titlePt)],
        }),
    ),
    new Paragraph({ spacing: { line: l.line, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
}

/** The `docx` Document of a report. */
export function reportDocument(doc: ReportDocument): Document {
  const l = layoutOf(doc.style);
  const p = doc.style.page;
  return new Document({
    title: doc.title.join(''),
    creator: doc.county,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(l, doc.style.fonts.body), size: half(p.bodyPt) },
          paragraph: { spacing: { line: l.line, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(p.widthMm), height: twips(p.heightMm) },
            margin: {
              top: twips(p.marginTopMm),
              bottom: twips(p.marginBottomMm),
              left: twips(p.marginLeftMm),
              right: twips(p.marginRightMm),
              footer: twips(p.footerMm),
              header: twips(15),
            },
          },
        },
        footers: { default: pageFooter(l, 'odd'), even: pageFooter(l, 'even') },
        children: [...titleParagraphs(l, doc.title), ...doc.blocks.flatMap((b) => blockParagraphs(l, b))],
      },
    ],
  });
}

/**
 * The .docx bytes of a report. The package is rewritten with `when` as every time stamp (the core properties and
 * the zip entries), so the same inputs give the same bytes.
 */
export async function reportDocxBytes(doc: ReportDocument, when: Date): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toArrayBuffer(reportDocument(doc)));
  const files = unzipSync(packed);
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
        `$1${stamp}$2`,
      ),
    );
  }
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = [data, { mtime: when, level: 6 }];
  return zipSync(out);
}
