/**
 * The 自查自评报告 as pure data: headings, paragraphs of runs, tables, the 落款, and the page and font settings of
 * GB/T 9704 (REPORT.md §7). The engine builds it; a file adapter (src/workbook/docx) renders it.
 */

/** A piece of text in one style; a placeholder is a highlighted 【待填写：…】 run the user replaces. */
export interface TextRun {
  text: string;
  placeholder?: boolean;
  bold?: boolean;
}

/** One cell of a table; a cell with `rowSpan` covers that many rows and the rows below leave it out. */
export interface TableCell {
  text: string;
  rowSpan?: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: TextRun[] }
  /** `widths`: relative column widths, one per header cell; `note`: the 注 printed under the table. */
  | { kind: 'table'; caption: string; header: string[]; rows: TableCell[][]; widths: number[]; note?: string }
  | { kind: 'signature'; office: string; date: string };

/** Font names as settings (`w:rFonts/@w:eastAsia`); Latin letters and digits use `latin`. */
export interface ReportFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  latin: string;
  pageNumber: string;
}

/** Page format: A4 with the GB/T 9704 版心, 22 lines of 28 characters; sizes in points, lengths in mm. */
export interface ReportPage {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** 页脚距边界: from the page's lower edge to the footer, so the page number sits about 7 mm below the 版心. */
  footerMm: number;
  linesPerPage: number;
  charsPerLine: number;
  titlePt: number;
  bodyPt: number;
  pageNumberPt: number;
  tablePt: number;
  captionPt: number;
}

export interface ReportStyle {
  fonts: ReportFonts;
  page: ReportPage;
}

/** The defaults of REPORT.md §7: 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 / 楷体_GB2312 headings. */
export const DEFAULT_REPORT_STYLE: ReportStyle = {
  fonts: {
    title: '方正小标宋简体',
    body: '仿宋_GB2312',
    heading1: '黑体',
    heading2: '楷体_GB2312',
    latin: 'Times New Roman',
    pageNumber: '宋体',
  },
  page: {
    widthMm: 210,
    heightMm: 297,
    marginTopMm: 37,
    marginBottomMm: 35,
    marginLeftMm: 28,
    marginRightMm: 26,
    footerMm: 23,
    linesPerPage: 22,
    charsPerLine: 28,
    titlePt: 22,
    bodyPt: 16,
    pageNumberPt: 14,
    tablePt: 10.5,
    captionPt: 12,
  },
};

/** The whole report: title lines, the body in order, and its style. */
export interface ReportDocument {
  /** The county's name, for the file's properties. */
  county: string;
  title: string[];
  blocks: Block[];
  style: ReportStyle;
}

/** All the text of a report in reading order, one string per paragraph or table row (for tests and search). */
export function reportText(doc: ReportDocument): string[] {
  const lines = [...doc.title];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') lines.push(b.text);
    else if (b.kind === 'paragraph') lines.push(b.runs.map((r) => r.text).join(''));
    else if (b.kind === 'signature') lines.push(b.office, b.date);
    else {
      lines.push(b.caption, b.header.join(' | '));
      for (const row of b.rows) lines.push(row.map((c) => c.text).join(' | '));
      if (b.note !== undefined) lines.push(b.note);
    }
  }
  return lines;
}
