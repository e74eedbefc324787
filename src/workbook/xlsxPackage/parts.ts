/**
 * The package's map: which part is the workbook, which parts are its sheets, styles and shared strings, found
 * through the relationship parts rather than assumed names (producers other than Excel name parts freely).
 */
import { type ZipEntry, entryText } from './zip';
import { type XmlNode, attrByLocal, child, childrenOf, scanXml } from './xmlScan';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_WORKSHEET = `${REL_NS}/worksheet`;
export const REL_STYLES = `${REL_NS}/styles`;
export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The zip's entries by lower-cased name (OPC part names compare without case). */
export class Package {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  /** `inflated`: entries already inflated and checked, each handed out once by `takeInflated`. */
  constructor(
    entries: ZipEntry[],
    private readonly inflated = new Map<ZipEntry, Uint8Array>(),
  ) {
    this.entries = entries;
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** The inflated bytes of an entry if they were kept, released here so that they are not held longer. */
  takeInflated(entry: ZipEntry): Uint8Array | undefined {
    const bytes = this.inflated.get(entry);
    this.inflated.delete(entry);
    return bytes;
  }

  get(name: string): ZipEntry | undefined {
    return this.byName.get((name.startsWith('/') ? name.slice(1) : name).toLowerCase());
  }

  text(name: string): string | null {
    const e = this.get(name);
    return e ? entryText(e) : null;
  }
}

/** One relationship of a .rels part, with its target resolved to a part name. */
export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  node: XmlNode;
}

/** Directory of a part name, with a trailing slash ('' at the root). */
export function dirOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i >= 0 ? part.slice(0, i + 1) : '';
}

/** The .rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** Resolves a relationship target against the source part's directory (absolute targets start at the root). */
export function resolveTarget(sourceDir: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : sourceDir + target;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Relationships of a part, or an empty list when it has none. */
export function readRels(pkg: Package, part: string): { text: string | null; root: XmlNode | null; rels: Rel[] } {
  const path = relsPathOf(part);
  const text = pkg.text(path);
  if (text === null) return { text, root: null, rels: [] };
  const root = scanXml(text, path);
  const dir = dirOf(part);
  const rels = childrenOf(root, 'Relationship').map((node) => {
    const external = node.attrs.TargetMode === 'External';
    const target = node.attrs.Target ?? '';
    return {
      id: node.attrs.Id ?? '',
      type: node.attrs.Type ?? '',
      target: external ? target : resolveTarget(dir, target),
      external,
      node,
    };
  });
  return { text, root, rels };
}

/** One `<sheet>` of the workbook. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** Part name of the sheet, '' when its relationship is missing. */
  part: string;
  /** True for worksheets (not chart, dialog or macro sheets). */
  isWorksheet: boolean;
}

/** The workbook part, its sheets in tab order and its related parts. */
export interface WorkbookMap {
  workbookPart: string;
  workbookText: string;
  workbookRoot: XmlNode;
  sheets: SheetEntry[];
  rels: Rel[];
  stylesPart: string | null;
  sharedStringsPart: string | null;
  date1904: boolean;
}

/** Finds the workbook and its sheets; null when the package holds no workbook part. */
export function mapWorkbook(pkg: Package): WorkbookMap | null {
  const rootRels = readRels(pkg, '').rels;
  const office = rootRels.find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office && pkg.get(office.target) ? office.target : 'xl/workbook.xml';
  const workbookText = pkg.text(workbookPart);
  if (workbookText === null) return null;
  const workbookRoot = scanXml(workbookText, workbookPart);
  const { rels } = readRels(pkg, workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheetsNode = child(workbookRoot, 'sheets');
  const sheets: SheetEntry[] = (sheetsNode ? childrenOf(sheetsNode, 'sheet') : []).map((node) => {
    const relId = attrByLocal(node, 'id') ?? '';
    const rel = relById.get(relId);
    return {
      name: node.attrs.name ?? '',
      sheetId: Number(node.attrs.sheetId ?? 0),
      relId,
      part: rel ? rel.target : '',
      isWorksheet: rel ? rel.type.endsWith('/worksheet') : false,
    };
  });
  const pr = child(workbookRoot, 'workbookPr');
  const d1904 = pr?.attrs.date1904;
  return {
    workbookPart,
    workbookText,
    workbookRoot,
    sheets,
    rels,
    stylesPart: rels.find((r) => r.type.endsWith('/styles'))?.target ?? null,
    sharedStringsPart: rels.find((r) => r.type.endsWith('/sharedStrings'))?.target ?? null,
    date1904: d1904 === '1' || d1904 === 'true',
  };
}
