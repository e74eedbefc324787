/**
 * Writes SheetSpecs into an existing .xlsx package. Every part the run does not need to touch is copied with
 * its compressed bytes as they were (the user's sheets, drawings, charts, images, pivot tables, comments…);
 * only the written worksheets and the few index parts that list them are produced anew.
 */
import type { SheetSpec } from '../../engine/sheetSpec';
import {
  CT_STYLES,
  CT_WORKSHEET,
  Package,
  REL_NS,
  REL_STYLES,
  REL_WORKSHEET,
  type SheetEntry,
  type WorkbookMap,
  dirOf,
  mapWorkbook,
  readRels,
  relsPathOf,
} from './parts';
import { renderSheet, styleSpec } from './sheetXml';
import { StyleBook } from './styles';
import { clearTabSelected, leadTabs } from './tabOrder';
import {
  type Splice,
  type XmlNode,
  appendInside,
  applySplices,
  child,
  childrenOf,
  declareUtf8,
  escapeXml,
  scanXml,
  setAttr,
  textOf,
} from './xmlScan';
import { PackageError, type ZipEntry, entryText, readZip, streamText, verifyEntry } from './zip';
import { EntryWriter, dosStamp, newEntry, writeZip } from './zipWrite';

/** Options of a package write. */
export interface PackageWriteOptions {
  /** Stamp of the entries written anew; copied entries keep theirs. Default 1980-01-01 00:00 UTC. */
  entryTime?: Date;
  /**
   * Sheets written after `sheets` in the same pass, each only when the workbook has no sheet of that name, as a
   * second call in `addMissing` mode would, without reading and writing the whole package twice.
   */
  addMissing?: SheetSpec[];
  /**
   * The caller has run `checkPackage` on these same bytes: copied entries are not inflated again to check them.
   * On a 10,000-school county that skips inflating its 8 MB worksheet a third time.
   */
  checked?: boolean;
  /**
   * The sheets of `sheets` go first in the tab order, in the given order, followed by the others in theirs; the
   * workbook opens on the first of them, the only selected tab. Defined names scoped to a sheet follow it.
   */
  lead?: boolean;
}

/** Where the children of a workbook that follow `<sheets>` begin (ECMA-376 Part 1, 18.2.27). */
const AFTER_SHEETS = [
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

const encoder = new TextEncoder();

/** A sheet of the run: where its part goes and, for a new one, how it is registered. */
interface Planned {
  spec: SheetSpec;
  part: string;
  existing: SheetEntry | null;
}

/**
 * Writes `sheets` into the package `bytes` and returns the new package. `replace`: a sheet of the same name is
 * rewritten in its tab position; `addMissing`: existing sheets are left alone. New sheets go after the last tab,
 * in the given order. Throws when the bytes hold no workbook.
 */
export function writeSheetsIntoPackage(
  bytes: Uint8Array,
  sheets: SheetSpec[],
  mode: 'replace' | 'addMissing',
  opts: PackageWriteOptions = {},
): Uint8Array {
  const write = new PackageWrite(bytes, opts);
  for (const spec of sheets) write.add(spec, mode);
  for (const spec of opts.addMissing ?? []) write.add(spec, 'addMissing');
  return write.finish();
}

/** One write into a package: sheets are planned, styled and rendered one by one, then the package is assembled. */
class PackageWrite {
  private readonly pkg: Package;
  private readonly map: WorkbookMap;
  private readonly stamp: { dosTime: number; dosDate: number };
  private readonly styles: StyleBook;
  private readonly plan: Planned[] = [];
  /** The rendered sheets by part name (lower case). */
  private readonly written = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly opts: PackageWriteOptions,
  ) {
    this.pkg = new Package(readZip(bytes));
    const map = mapWorkbook(this.pkg);
    if (!map) throw new Error('no workbook part');
    this.map = map;
    this.stamp = dosStamp(opts.entryTime ?? new Date(Date.UTC(1980, 0, 1)));
    this.styles = new StyleBook(map.stylesPart ? this.pkg.text(map.stylesPart) : null);
  }

  /** Plans and renders one sheet, unless `mode` leaves it out or a sheet of its name came first. */
  add(spec: SheetSpec, mode: 'replace' | 'addMissing'): void {
    const [item] = planSheets(this.pkg, this.map, [spec], mode, this.plan);
    if (!item) return;
    this.plan.push(item);
    const out = new EntryWriter(item.part, this.stamp);
    const selected = this.opts.lead === true && mode === 'replace' && this.plan.length === 1;
    renderSheet(spec, styleSpec(spec, this.styles), (t) => out.write(t), selected);
    this.written.set(item.part.toLowerCase(), out.finish());
  }

  /** The new package. */
  finish(): Uint8Array {
    if (this.plan.length === 0) return this.bytes;
    return assemble(this.pkg, this.map, this.plan, this.written, this.styles, this.stamp, this.opts);
  }
}

/** Everything around the written sheets: relationships, workbook, styles, content types, properties, the zip. */
function assemble(
  pkg: Package,
  map: WorkbookMap,
  plan: Planned[],
  written: Map<string, ZipEntry>,
  styles: StyleBook,
  stamp: { dosTime: number; dosDate: number },
  opts: PackageWriteOptions,
): Uint8Array {
  const edit = new IndexEdit(pkg, map, plan);
  edit.dropReplacedParts();
  edit.registerNewSheets();
  if (opts.lead) edit.lead(plan.filter((p) => !opts.addMissing?.includes(p.spec)).map((p) => p.spec.name));
  edit.styles(styles);
  edit.workbookRels();
  edit.contentTypes();
  edit.sheetTitles();
  return writeZip(edit.entries(written, stamp, opts.checked === true));
}

/** The edits of a package's index parts that go with the written sheets, gathered before the zip is written. */
class IndexEdit {
  /** Parts left out of the new package (lower case). */
  private readonly dropped = new Set<string>();
  /** New text of edited or added parts, by part name. */
  private readonly edited = new Map<string, string>();
  private readonly wbRels: ReturnType<typeof readRels>;
  private readonly relSplices: Splice[] = [];
  private readonly newRels: string[] = [];
  private readonly ctAdd: { part: string; type: string }[] = [];
  private readonly ctRemove: string[] = [];
  private readonly usedIds: Set<string>;
  private nextRel = 1;
  /** The tab names after the write, when the written sheets lead. */
  private order: string[] | null = null;

  constructor(
    private readonly pkg: Package,
    private readonly map: WorkbookMap,
    private readonly plan: Planned[],
  ) {
    this.wbRels = readRels(pkg, map.workbookPart);
    this.usedIds = new Set(this.wbRels.rels.map((r) => r.id));
  }

  private newRelId(): string {
    while (this.usedIds.has(`rId${this.nextRel}`)) this.nextRel++;
    const id = `rId${this.nextRel}`;
    this.usedIds.add(id);
    return id;
  }

  /**
   * A replaced sheet's own relationships (drawings, comments, tables) belonged to the old content. Excel's
   * calculation chain lists formula cells by sheet; it is dropped when it names a replaced sheet and rebuilt by
   * Excel on the next calculation.
   */
  dropReplacedParts(): void {
    for (const item of this.plan) {
      if (!item.existing) continue;
      const rels = relsPathOf(item.part);
      if (this.pkg.get(rels)) this.dropped.add(rels.toLowerCase());
    }
    const replacedIds = new Set(this.plan.filter((p) => p.existing).map((p) => p.existing?.sheetId ?? 0));
    const chainRel = this.map.rels.find((r) => r.type.endsWith('/calcChain'));
    if (chainRel && replacedIds.size > 0 && chainNames(this.pkg.text(chainRel.target), replacedIds)) {
      this.dropped.add(chainRel.target.toLowerCase());
      this.relSplices.push({ from: chainRel.node.start, to: chainRel.node.end, text: '' });
      this.ctRemove.push(chainRel.target);
    }
  }

  /** New sheets in the workbook: relationship ids, sheet ids, `<sheet>` elements and print titles. */
  registerNewSheets(): void {
    const map = this.map;
    const wbDir = dirOf(map.workbookPart);
    let nextSheetId = Math.max(0, ...map.sheets.map((s) => s.sheetId)) + 1;
    const relPrefix = relPrefixOf(map.workbookRoot);
    const sheetsNode = child(map.workbookRoot, 'sheets');
    const sheetPrefix = sheetsNode ? sheetsNode.prefix : map.workbookRoot.prefix;
    let newSheetXml = '';
    const wbSplices: Splice[] = [];
    for (const item of this.plan) {
      const target = relativeTo(wbDir, item.part);
      if (item.existing && item.existing.isWorksheet) continue;
      const relId = this.newRelId();
      this.newRels.push(`<Relationship Id="${relId}" Type="${REL_WORKSHEET}" Target="${escapeXml(target)}"/>`);
      this.ctAdd.push({ part: item.part, type: CT_WORKSHEET });
      if (item.existing) {
        // A chart or dialog sheet of that name becomes a worksheet in the same tab.
        const node = sheetNodeOf(map, item.existing);
        const old = this.wbRels.rels.find((r) => r.id === item.existing?.relId);
        if (node) wbSplices.push(setAttr(map.workbookText, node, relAttrName(node), relId));
        if (old) this.relSplices.push({ from: old.node.start, to: old.node.end, text: '' });
        continue;
      }
      const idAttr = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
      newSheetXml += `<${sheetPrefix}sheet name="${escapeXml(item.spec.name)}" sheetId="${nextSheetId++}" ${idAttr}/>`;
    }
    if (newSheetXml) wbSplices.push(sheetsSplice(map, sheetsNode, sheetPrefix, newSheetXml));
    // After the sheets: when both are inserted at the same place, `<sheets>` must come first.
    wbSplices.push(...printTitleSplices(map, this.plan));
    if (wbSplices.length > 0) this.edited.set(map.workbookPart, applySplices(map.workbookText, wbSplices));
  }

  /**
   * The `lead` sheets first, the workbook opening on them; the other sheets' parts lose `tabSelected`, so that
   * only the opening tab is selected (their cells are left as they were).
   */
  lead(lead: string[]): void {
    const wb = this.map.workbookPart;
    const { text, order } = leadTabs(this.edited.get(wb) ?? this.map.workbookText, lead);
    if (text !== this.map.workbookText) this.edited.set(wb, text);
    this.order = order;
    const written = new Set(this.plan.map((p) => p.part.toLowerCase()));
    for (const s of this.map.sheets) {
      if (!s.part || written.has(s.part.toLowerCase())) continue;
      const entry = this.pkg.get(s.part);
      // Most sheets are not selected: only their start is decoded to see it, not a school sheet's 8 MB of cells.
      if (!entry || clearTabSelected(sheetHead(entry)) === null) continue;
      const cleared = clearTabSelected(entryText(entry));
      if (cleared !== null) this.edited.set(s.part, cleared);
    }
  }

  /** Styles: rewritten only when something was appended; created when the package had none. */
  styles(styles: StyleBook): void {
    if (!styles.changed) return;
    let stylesPart = this.map.stylesPart;
    if (!stylesPart) {
      stylesPart = `${dirOf(this.map.workbookPart)}styles.xml`;
      this.newRels.push(`<Relationship Id="${this.newRelId()}" Type="${REL_STYLES}" Target="styles.xml"/>`);
      this.ctAdd.push({ part: stylesPart, type: CT_STYLES });
    }
    this.edited.set(stylesPart, styles.render());
  }

  /** The workbook's relationships, created when the package had none. */
  workbookRels(): void {
    if (this.newRels.length === 0 && this.relSplices.length === 0) return;
    const text =
      this.wbRels.text ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const root = this.wbRels.root ?? scanXml(text);
    const splices = [...this.relSplices];
    if (this.newRels.length > 0) splices.push(appendInside(text, root, this.newRels.join('')));
    this.edited.set(relsPathOf(this.map.workbookPart), applySplices(text, splices));
  }

  contentTypes(): void {
    const ctText = this.pkg.text('[Content_Types].xml');
    if (ctText !== null && (this.ctAdd.length > 0 || this.ctRemove.length > 0)) {
      this.edited.set('[Content_Types].xml', editContentTypes(ctText, this.ctAdd, this.ctRemove));
    }
  }

  /** The list of sheet titles in the document properties, when it is laid out as Excel lays it out. */
  sheetTitles(): void {
    const newTitles = this.plan.filter((p) => !p.existing).map((p) => p.spec.name);
    const appText = newTitles.length > 0 || this.order ? this.pkg.text('docProps/app.xml') : null;
    if (appText === null) return;
    const planned = new Set(this.plan.map((p) => p.spec.name));
    const isWorksheet = (n: string): boolean =>
      planned.has(n) || this.map.sheets.some((s) => s.name === n && s.isWorksheet);
    const after = (this.order ?? [...this.map.sheets.map((s) => s.name), ...newTitles]).filter(isWorksheet);
    const updated = setSheetTitles(appText, this.map, after);
    if (updated !== null) this.edited.set('docProps/app.xml', updated);
  }

  /** The entries of the new package: in their order, edited ones replaced, new ones last. */
  entries(written: Map<string, ZipEntry>, stamp: { dosTime: number; dosDate: number }, checked: boolean): ZipEntry[] {
    const out: ZipEntry[] = [];
    const seen = new Set<string>();
    const editedText = (key: string): string | undefined =>
      [...this.edited.entries()].find(([k]) => k.toLowerCase() === key)?.[1];
    for (const e of this.pkg.entries) {
      const key = e.name.toLowerCase();
      if (this.dropped.has(key) || seen.has(key)) continue;
      seen.add(key);
      const sheet = written.get(key);
      const text = sheet ? undefined : editedText(key);
      if (sheet) {
        out.push({ ...sheet, name: e.name, nameBytes: e.nameBytes, flags: (sheet.flags & ~0x800) | (e.flags & 0x800) });
      } else if (text !== undefined) {
        out.push(newEntry(e.name, encoder.encode(declareUtf8(text)), stamp));
      } else {
        // A copied entry is checked first, so that a damaged part is refused rather than passed on.
        if (!checked) verifyEntry(e);
        out.push(e);
      }
    }
    for (const item of this.plan) {
      const key = item.part.toLowerCase();
      const entry = written.get(key);
      if (!seen.has(key) && entry) out.push(entry);
      seen.add(key);
    }
    for (const [name, text] of this.edited) {
      if (seen.has(name.toLowerCase())) continue;
      out.push(newEntry(name, encoder.encode(declareUtf8(text)), stamp));
      seen.add(name.toLowerCase());
    }
    return out;
  }
}

/** Thrown to stop decoding a part once enough of it is read (a PackageError, so the inflater passes it on). */
class EnoughRead extends PackageError {}

/** The start of a sheet part up to its cells (its views come before them), or the whole part when it has none. */
function sheetHead(entry: ZipEntry): string {
  let head = '';
  try {
    streamText(entry, (t) => {
      head += t;
      if (/<(\w+:)?sheetData[\s>/]/.test(head)) throw new EnoughRead('');
    });
  } catch (e) {
    if (!(e instanceof EnoughRead)) throw e;
  }
  return head;
}

/** The splice that adds new `<sheet>` elements: into `<sheets>`, or a new `<sheets>` where the schema puts it. */
function sheetsSplice(map: WorkbookMap, sheetsNode: XmlNode | undefined, prefix: string, xml: string): Splice {
  if (sheetsNode) return appendInside(map.workbookText, sheetsNode, xml);
  const next = map.workbookRoot.children.find((c) => AFTER_SHEETS.includes(c.local));
  const at = next ? next.start : map.workbookRoot.closeStart;
  return { from: at, to: at, text: `<${prefix}sheets>${xml}</${prefix}sheets>` };
}

/** The workbook children that follow `<definedNames>` (ECMA-376 Part 1, 18.2.27). */
const AFTER_DEFINED_NAMES = AFTER_SHEETS.slice(AFTER_SHEETS.indexOf('definedNames') + 1);

/** A sheet name as a formula writes it: always quoted, a quote inside doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The repeated header rows of the written sheets as `_xlnm.Print_Titles` defined names (scoped by the sheet's tab
 * index), replacing the ones the written sheets had; other defined names are kept as they are. Written in tab
 * order after the kept names, so a second run writes the same text.
 */
function printTitleSplices(map: WorkbookMap, plan: Planned[]): Splice[] {
  const root = map.workbookRoot;
  const text = map.workbookText;
  const p = root.prefix;
  const tabOf = new Map<Planned, number>();
  let next = map.sheets.length;
  for (const item of plan) tabOf.set(item, item.existing ? map.sheets.indexOf(item.existing) : next++);
  const written = new Set([...tabOf.values()].map(String));
  const node = child(root, 'definedNames');
  const splices: Splice[] = [];
  for (const d of node ? childrenOf(node, 'definedName') : []) {
    if (d.attrs.name === '_xlnm.Print_Titles' && written.has(d.attrs.localSheetId ?? '')) {
      splices.push({ from: d.start, to: d.end, text: '' });
    }
  }
  const names = [...tabOf]
    .sort((x, y) => x[1] - y[1])
    .filter(([item]) => item.spec.page?.printTitleRows)
    .map(([item, tab]) => {
      const rows = item.spec.page?.printTitleRows ?? { first: 1, last: 1 };
      const ref = `${quotedSheet(item.spec.name)}!$${rows.first}:$${rows.last}`;
      return `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${tab}">${escapeXml(ref)}</${p}definedName>`;
    })
    .join('');
  if (!names) return splices;
  if (node) return [...splices, appendInside(text, node, names)];
  const later = root.children.find((c) => AFTER_DEFINED_NAMES.includes(c.local));
  const at = later ? later.start : root.closeStart;
  return [{ from: at, to: at, text: `<${p}definedNames>${names}</${p}definedNames>` }];
}

/** Which specs are written, and to which part. */
function planSheets(
  pkg: Package,
  map: WorkbookMap,
  sheets: SheetSpec[],
  mode: 'replace' | 'addMissing',
  before: Planned[] = [],
): Planned[] {
  const plan: Planned[] = [];
  const taken = new Set([...pkg.entries.map((e) => e.name), ...before.map((p) => p.part)].map((n) => n.toLowerCase()));
  const sheetDir = `${dirOf(map.workbookPart)}worksheets/`;
  let n = 1;
  for (const spec of sheets) {
    const existing = map.sheets.find((s) => s.name.toLowerCase() === spec.name.toLowerCase()) ?? null;
    if (existing && mode === 'addMissing') continue;
    if ([...before, ...plan].some((p) => p.spec.name.toLowerCase() === spec.name.toLowerCase())) continue;
    if (existing && existing.isWorksheet && existing.part) {
      plan.push({ spec, part: existing.part, existing });
      continue;
    }
    while (taken.has(`${sheetDir}sheet${n}.xml`.toLowerCase())) n++;
    const part = `${sheetDir}sheet${n}.xml`;
    taken.add(part.toLowerCase());
    plan.push({ spec, part, existing });
  }
  return plan;
}

/** True when the calculation chain has a cell on one of the given sheet ids (`i` carries over when omitted). */
function chainNames(text: string | null, sheetIds: Set<number>): boolean {
  if (text === null) return false;
  let current = 0;
  for (const c of childrenOf(scanXml(text), 'c')) {
    if (c.attrs.i !== undefined) current = Number(c.attrs.i);
    if (sheetIds.has(current)) return true;
  }
  return false;
}

/** The prefix bound to the relationships namespace on the workbook's root, or null. */
function relPrefixOf(root: XmlNode): string | null {
  for (const [k, v] of Object.entries(root.attrs)) {
    if (k.startsWith('xmlns:') && v === REL_NS) return k.slice(6);
  }
  return null;
}

function relAttrName(node: XmlNode): string {
  return Object.keys(node.attrs).find((k) => /(^|:)id$/.test(k) && k.includes(':')) ?? 'r:id';
}

function sheetNodeOf(map: WorkbookMap, entry: SheetEntry): XmlNode | undefined {
  const sheets = child(map.workbookRoot, 'sheets');
  return sheets ? childrenOf(sheets, 'sheet').find((n) => n.attrs.name === entry.name) : undefined;
}

/** A part name relative to a directory, as relationship targets are written. */
function relativeTo(dir: string, part: string): string {
  return dir && part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

function editContentTypes(text: string, add: { part: string; type: string }[], remove: string[]): string {
  const root = scanXml(text);
  const splices: Splice[] = [];
  const overrides = childrenOf(root, 'Override');
  const gone = new Set(remove.map((p) => `/${p}`.toLowerCase()));
  for (const o of overrides) {
    if (gone.has((o.attrs.PartName ?? '').toLowerCase())) splices.push({ from: o.start, to: o.end, text: '' });
  }
  const present = new Set(overrides.map((o) => (o.attrs.PartName ?? '').toLowerCase()));
  const extra = add
    .filter((a) => !present.has(`/${a.part}`.toLowerCase()))
    .map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.type}"/>`)
    .join('');
  if (extra) splices.push(appendInside(text, root, extra));
  return applySplices(text, splices);
}

/**
 * Sets the sheet titles of docProps/app.xml to `worksheets` (the worksheet names after the write, in tab order)
 * when its heading pairs start with the worksheets and its titles list them in tab order, as Excel writes them;
 * any other layout is left alone (Excel does not check it on opening). Null when nothing changes.
 */
function setSheetTitles(text: string, map: WorkbookMap, worksheets: string[]): string | null {
  const root = scanXml(text);
  const pairsVector = child(child(root, 'HeadingPairs') ?? root, 'vector');
  const titlesVector = child(child(root, 'TitlesOfParts') ?? root, 'vector');
  if (!pairsVector || !titlesVector || !child(root, 'HeadingPairs') || !child(root, 'TitlesOfParts')) return null;
  if (titlesVector.selfClosing) return null;
  const variants = childrenOf(pairsVector, 'variant');
  const countNode = variants[1] ? child(variants[1], 'i4') : undefined;
  if (!countNode) return null;
  const count = Number(textOf(text, countNode));
  const names = childrenOf(titlesVector, 'lpstr');
  const before = map.sheets.filter((s) => s.isWorksheet).map((s) => s.name);
  if (count !== before.length || names.length < count) return null;
  if (before.some((n, i) => textOf(text, names[i]) !== n)) return null;
  if (worksheets.length === count && worksheets.every((n, i) => n === before[i])) return null;
  const item = names[0]?.name ?? `${titlesVector.prefix}lpstr`;
  const listed = worksheets.map((t) => `<${item}>${escapeXml(t)}</${item}>`).join('');
  const from = count > 0 ? names[0].start : titlesVector.openEnd;
  const to = count > 0 ? names[count - 1].end : titlesVector.openEnd;
  return applySplices(text, [
    { from: countNode.openEnd, to: countNode.closeStart, text: String(worksheets.length) },
    setAttr(text, titlesVector, 'size', String(names.length - count + worksheets.length)),
    { from, to, text: listed },
  ]);
}
