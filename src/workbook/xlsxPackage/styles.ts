/**
 * Cell styles for written sheets, added to the workbook's own styles part: number formats, the sheet's font
 * (plain, bold, title size), one solid fill per colour, a thin border, alignment and the cellXfs combinations. Entries the part already holds in exactly the same form
 * are reused, so writing the same sheets twice leaves the styles part as it was after the first time.
 */
import type { FontSpec } from '../../engine/sheetSpec';
import { BUILTIN_FORMATS } from './numFmt';
import { type Splice, type XmlNode, applySplices, child, childrenOf, escapeXml, scanXml } from './xmlScan';

/** The order of a styleSheet's children (ECMA-376 Part 1, 18.8.39); a missing list is inserted in its place. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A styles part for a package that has none: one font, the two reserved fills, one border, one style. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const BUILTIN_BY_CODE = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));

/** Everything a written cell's style combines. `font` absent: the workbook's own first font. */
export interface XfStyle {
  format: string | null;
  bold: boolean;
  fill: string | null;
  font?: FontSpec;
  /** The title row's larger bold face. */
  title?: boolean;
  border?: boolean;
  wrap?: boolean;
  center?: boolean;
}

/** One list of the styleSheet (`fonts`, `cellXfs`…): what it holds and what is to be appended. */
interface List {
  local: string;
  node: XmlNode | undefined;
  item: string;
  existing: string[];
  added: string[];
}

/** The workbook's styles, extended on demand with the combinations written sheets need. */
export class StyleBook {
  private readonly text: string;
  private readonly root: XmlNode;
  private readonly p: string;
  private readonly lists = new Map<string, List>();
  private readonly customIds = new Map<string, number>();
  private nextFmtId = 164;
  private readonly xfCache = new Map<string, number>();

  /** `text` is the current styles part, or null when the package has none. */
  constructor(text: string | null) {
    this.text = text ?? EMPTY_STYLES;
    this.root = scanXml(this.text);
    this.p = this.root.prefix;
    const items: Record<string, string> = {
      numFmts: 'numFmt',
      fonts: 'font',
      fills: 'fill',
      borders: 'border',
      cellStyleXfs: 'xf',
      cellXfs: 'xf',
    };
    for (const [local, item] of Object.entries(items)) {
      const node = child(this.root, local);
      const existing = node ? childrenOf(node, item).map((n) => this.text.slice(n.start, n.end)) : [];
      this.lists.set(local, { local, node, item, existing, added: [] });
    }
    const numFmts = child(this.root, 'numFmts');
    for (const f of numFmts ? childrenOf(numFmts, 'numFmt') : []) {
      const id = Number(f.attrs.numFmtId);
      if (!Number.isFinite(id)) continue;
      if (f.attrs.formatCode !== undefined && !this.customIds.has(f.attrs.formatCode)) {
        this.customIds.set(f.attrs.formatCode, id);
      }
      this.nextFmtId = Math.max(this.nextFmtId, id + 1);
    }
    // Lists every styles part needs before anything can refer to index 0 of them.
    const p = this.p;
    if (this.list('fonts').existing.length === 0)
      this.list('fonts').added.push(`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`);
    const fills = this.list('fills');
    if (fills.existing.length === 0) {
      fills.added.push(`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      fills.added.push(`<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    }
    if (this.list('borders').existing.length === 0)
      this.list('borders').added.push(
        `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
      );
    if (this.list('cellStyleXfs').existing.length === 0)
      this.list('cellStyleXfs').added.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    if (this.list('cellXfs').existing.length === 0)
      this.list('cellXfs').added.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  private list(local: string): List {
    const l = this.lists.get(local);
    if (!l) throw new Error(`styles list ${local}`);
    return l;
  }

  /** Index of `item` in a list, appending it when the list does not hold it yet. */
  private indexIn(local: string, item: string): number {
    const l = this.list(local);
    const at = l.existing.indexOf(item);
    if (at >= 0) return at;
    const added = l.added.indexOf(item);
    if (added >= 0) return l.existing.length + added;
    l.added.push(item);
    return l.existing.length + l.added.length - 1;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_BY_CODE.get(code);
    if (builtin !== undefined) return builtin;
    const known = this.customIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmtId++;
    this.customIds.set(code, id);
    this.list('numFmts').added.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The workbook's first font made bold, so bold text keeps the workbook's typeface and size. */
  private boldFont(): string {
    const p = this.p;
    const fonts = this.list('fonts');
    const base = fonts.existing[0] ?? fonts.added[0];
    const node = scanXml(base);
    if (child(node, 'b')) return base;
    if (node.selfClosing) return `<${node.name}><${p}b/></${node.name}>`;
    return `${base.slice(0, node.openEnd)}<${p}b/>${base.slice(node.openEnd)}`;
  }

  /** A font of the sheet's look; charset 134 (GB2312) so Excel picks the Chinese face for the text. */
  private namedFont(font: FontSpec, bold: boolean, title: boolean): string {
    const p = this.p;
    const size = title ? font.size + 5 : font.size;
    return (
      `<${p}font>${bold || title ? `<${p}b/>` : ''}<${p}sz val="${size}"/><${p}name val="${escapeXml(font.name)}"/>` +
      `<${p}family val="3"/><${p}charset val="134"/></${p}font>`
    );
  }

  private fontId(style: XfStyle): number {
    if (style.font) return this.indexIn('fonts', this.namedFont(style.font, style.bold, style.title === true));
    return style.bold ? this.indexIn('fonts', this.boldFont()) : 0;
  }

  private fillId(fill: string | null): number {
    if (fill === null) return 0;
    const p = this.p;
    return this.indexIn(
      'fills',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${fill.replace('#', '').toUpperCase()}"/>` +
        `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** Thin black lines on the four sides. */
  private borderId(border: boolean | undefined): number {
    if (!border) return 0;
    const p = this.p;
    const side = (s: string): string => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    return this.indexIn(
      'borders',
      `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`,
    );
  }

  /** The `<alignment>` of a looked cell: always vertically centred, wrapped and centred when asked. */
  private alignment(style: XfStyle): string {
    if (!style.font) return '';
    const h = style.center || style.title ? ' horizontal="center"' : '';
    return `<${this.p}alignment${h} vertical="center"${style.wrap ? ' wrapText="1"' : ''}/>`;
  }

  /** The cellXfs index of a style; 0 for a cell with nothing to show (no format, font, fill or border). */
  xf(style: XfStyle): number {
    const key = JSON.stringify(style);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    let index = 0;
    if (style.format !== null || style.bold || style.fill !== null || style.font || style.border) {
      const p = this.p;
      const fmtId = style.format === null ? 0 : this.numFmtId(style.format);
      const fontId = this.fontId(style);
      const fillId = this.fillId(style.fill);
      const borderId = this.borderId(style.border);
      const align = this.alignment(style);
      const apply =
        (fmtId ? ' applyNumberFormat="1"' : '') +
        (fontId ? ' applyFont="1"' : '') +
        (fillId ? ' applyFill="1"' : '') +
        (borderId ? ' applyBorder="1"' : '') +
        (align ? ' applyAlignment="1"' : '');
      const open = `<${p}xf numFmtId="${fmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
      index = this.indexIn('cellXfs', align ? `${open}>${align}</${p}xf>` : `${open}/>`);
    }
    this.xfCache.set(key, index);
    return index;
  }

  /** True when the part must be rewritten (something was appended, or the package had no styles part). */
  get changed(): boolean {
    return [...this.lists.values()].some((l) => l.added.length > 0);
  }

  /** The styles part with every appended entry and updated counts. */
  render(): string {
    const splices: Splice[] = [];
    const p = this.p;
    for (const l of this.lists.values()) {
      if (l.added.length === 0) continue;
      const total = l.existing.length + l.added.length;
      const inner = l.added.join('');
      const node = l.node;
      if (!node) {
        const whole = `<${p}${l.local} count="${total}">${inner}</${p}${l.local}>`;
        splices.push({ from: this.insertAt(l.local), to: this.insertAt(l.local), text: whole });
      } else if (node.selfClosing) {
        const open = withCount(this.text.slice(node.start, node.end - 2).trimEnd(), total);
        splices.push({ from: node.start, to: node.end, text: `${open}>${inner}</${node.name}>` });
      } else {
        const open = withCount(this.text.slice(node.start, node.openEnd - 1).trimEnd(), total);
        splices.push({ from: node.start, to: node.openEnd, text: `${open}>` });
        splices.push({ from: node.closeStart, to: node.closeStart, text: inner });
      }
    }
    return applySplices(this.text, splices);
  }

  /** Where a missing list goes: before the first later list present, else at the end of the styleSheet. */
  private insertAt(local: string): number {
    const later = ORDER.slice(ORDER.indexOf(local) + 1);
    const next = this.root.children.find((c) => later.includes(c.local));
    return next ? next.start : this.root.closeStart;
  }
}

/** A start tag (without its `>`) with its `count` attribute set to `total`. */
function withCount(open: string, total: number): string {
  return /\scount\s*=\s*("[^"]*"|'[^']*')/.test(open)
    ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${total}"`)
    : `${open} count="${total}"`;
}
