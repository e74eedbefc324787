/**
 * XML of the package's parts, all through one conforming streaming parser (saxes) with the package's rules
 * enforced while parsing. The little parts (workbook, relationships, content types, styles, app properties) are
 * scanned into elements with their exact character offsets, so an edit splices new text into the part and
 * leaves every other byte as it was; large parts (worksheets, shared strings) are parsed as a stream.
 */
import type { SaxesTagPlain } from 'saxes';
import { packageMessages as M } from '../../engine/messages';
import { MAX_XML_DEPTH } from './limits';
import { NAMED_ENTITIES, SheetScanner, partReads, scannerEnabled } from './sheetScan';
import type { XmlHandlers } from './xmlHandlers';
import { PackageError, shownName } from './zip';

/** One element of a scanned part; offsets index the part's text. */
export interface XmlNode {
  /** Qualified name as written, e.g. `x:sheet`. */
  name: string;
  /** Name without its prefix, e.g. `sheet`. */
  local: string;
  /** Prefix with its colon (`x:`), or '' when none. */
  prefix: string;
  attrs: Record<string, string>;
  /** Offset of `<`. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset of the end tag's `<` (equals `openEnd` for a self-closing element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  selfClosing: boolean;
  children: XmlNode[];
}

/** Decodes the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, ref: string) => {
    const named = NAMED_ENTITIES[ref];
    if (named !== undefined) return named;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Characters XML 1.0 does not allow in a document (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the point of this pattern is to match control characters.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character that `FORBIDDEN` may drop (every surrogate, paired or not) or that is escaped. */
// eslint-disable-next-line no-control-regex -- control characters are among what this pattern looks for.
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>"]/;

/** Escapes text for element content or a double-quoted attribute, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  // Most text has nothing to drop or escape: one test instead of five passes (250,000 cells of sheet text, as
  // 10,000 schools write, in 56 ms instead of 115).
  if (!NEEDS_ESCAPE.test(text)) return text;
  let s = text.replace(FORBIDDEN, '');
  if (/[&<>"]/.test(s))
    s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return s;
}

export type { XmlHandlers };

/** A conforming streaming parser for one part: text goes in by `write`, `close` ends the part. */
export interface PartParser {
  write(text: string): void;
  close(): void;
  /** Offset (UTF-16 units) just after what has been parsed. */
  position(): number;
}

/**
 * saxes, loaded on first use: an ordinary workbook is read and written by the fast scanner alone, and the
 * conforming parser is needed only for a part the scanner gives up on.
 */
function saxesParser(): typeof import('saxes').SaxesParser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would load saxes and xmlchars on every start-up.
  return (require('saxes') as typeof import('saxes')).SaxesParser;
}

/**
 * A saxes parser for the part `part` with the package's rules enforced while parsing: no DOCTYPE (OPC forbids
 * DTDs, which also rules out entity expansion and external entities), nesting up to `MAX_XML_DEPTH`, and any
 * error turned into one line naming the part, line and column. CDATA reaches `text` as character data does.
 */
export function partParser(part: string, h: XmlHandlers): PartParser {
  const shown = shownName(part);
  const parser = new (saxesParser())();
  let depth = 0;
  parser.on('doctype', () => {
    throw new PackageError(M.xmlDoctype(shown));
  });
  parser.on('error', () => {
    throw new PackageError(M.xmlMalformed(shown, parser.line, parser.column));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++depth > MAX_XML_DEPTH) throw new PackageError(M.xmlTooDeep(shown, MAX_XML_DEPTH));
    h.open(tag);
    if (tag.isSelfClosing) depth--;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (!tag.isSelfClosing) depth--;
    h.close(tag);
  });
  const text = h.text;
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return {
    write: (t) => void parser.write(t),
    close: () => void parser.close(),
    position: () => parser.position,
  };
}

/**
 * Parses a part into its root element, with each element's exact offsets in `text`. Comments, processing
 * instructions and CDATA are passed over; a malformed part, a DOCTYPE or too deep a nesting is refused. The fast
 * scanner goes first and the conforming parser reads the part when it gives up, as for worksheets: the small
 * parts are read twice in a run (once to read, once to write), and saxes, cold, took 5-11 ms of it.
 */
export function scanXml(text: string, part = 'XML'): XmlNode {
  return fastFirst(
    () =>
      treeOf(text, part, (h) => {
        const scanner = new SheetScanner(h);
        return { run: () => scanner.scanWhole(text), position: () => scanner.position() };
      }),
    () =>
      treeOf(text, part, (h) => {
        const parser = partParser(part, h);
        return { run: () => (parser.write(text), parser.close()), position: () => parser.position() };
      }),
  );
}

/**
 * `fast()`, the fast scanner's reading, unless it is turned off or throws (it gave up, or met damage or a limit):
 * then `conforming()`, the conforming parser's reading from the start, whose result or message stands.
 */
function fastFirst<T>(fast: () => T, conforming: () => T): T {
  if (scannerEnabled()) {
    try {
      return fast();
    } catch {
      // Whatever went wrong is found again, and reported, by the conforming parser.
    }
  }
  return conforming();
}

/** A parser run over a whole text, and the offset just past the tag it last reported. */
interface OffsetParser {
  run(): void;
  position(): number;
}

/** The element tree of `text`, as the parser that `make` sets up over the given handlers reports it. */
function treeOf(text: string, part: string, make: (h: XmlHandlers) => OffsetParser): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  const parser = make({
    open(tag) {
      const end = parser.position();
      const colon = tag.name.indexOf(':');
      const node: XmlNode = {
        name: tag.name,
        local: colon >= 0 ? tag.name.slice(colon + 1) : tag.name,
        prefix: colon >= 0 ? tag.name.slice(0, colon + 1) : '',
        attrs: tag.attributes as Record<string, string>,
        // A tag holds no `<` but its first (none may stand in an attribute value), so the last one before its
        // end is where it starts.
        start: text.lastIndexOf('<', end - 1),
        openEnd: end,
        closeStart: end,
        end,
        selfClosing: tag.isSelfClosing,
        children: [],
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else root ??= node;
      stack.push(node);
    },
    close() {
      const node = stack.pop();
      if (!node || node.selfClosing) return;
      node.end = parser.position();
      node.closeStart = text.lastIndexOf('<', node.end - 1);
    },
  });
  parser.run();
  if (!root) throw new PackageError(M.xmlMalformed(shownName(part), 1, 1));
  return root;
}

/**
 * Parses the part `name`, whose text `feed` hands to a sink piece by piece (and again from the start when asked
 * twice), into handlers made by `make`. The fast scanner goes first; if it gives up or anything throws along the
 * way (a limit, a damaged entry), its handlers are dropped and the conforming parser reads the part again from
 * the start into new ones, so the result or the message is exactly the conforming parser's. That holds for the
 * limits too: a limit the fast pass reaches is reported only after the conforming pass has reached it, or met
 * damage earlier in the part.
 */
export function scanPart<T extends XmlHandlers>(
  name: string,
  feed: (sink: (text: string) => void) => void,
  make: () => T,
): T {
  return fastFirst(
    () => {
      const handlers = make();
      const scanner = new SheetScanner(handlers);
      feed((t) => scanner.write(t));
      scanner.close();
      partReads.fast++;
      return handlers;
    },
    () => {
      const handlers = make();
      const parser = partParser(name, handlers);
      feed((t) => parser.write(t));
      parser.close();
      partReads.conforming++;
      return handlers;
    },
  );
}

/** First child with the given local name. */
export function child(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local);
}

/** Children with the given local name. */
export function childrenOf(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

/** Text between an element's tags, decoded (for simple text elements such as `<vt:lpstr>`). */
export function textOf(text: string, node: XmlNode): string {
  return node.selfClosing ? '' : decodeXml(text.slice(node.openEnd, node.closeStart));
}

/** An attribute by local name, whatever its prefix (`r:id`, `ns2:id`). */
export function attrByLocal(node: XmlNode, local: string): string | undefined {
  for (const [k, v] of Object.entries(node.attrs)) {
    const colon = k.indexOf(':');
    if ((colon >= 0 ? k.slice(colon + 1) : k) === local && !k.startsWith('xmlns')) return v;
  }
  return undefined;
}

/** A text edit: replace `[from, to)` with `text`. */
export interface Splice {
  from: number;
  to: number;
  text: string;
}

/** Applies non-overlapping splices to a text; splices at the same offset keep their given order. */
export function applySplices(text: string, splices: Splice[]): string {
  const sorted = splices.map((s, k) => ({ ...s, k })).sort((a, b) => a.from - b.from || a.k - b.k);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    out += text.slice(at, s.from) + s.text;
    at = s.to;
  }
  return out + text.slice(at);
}

/** Sets (or adds) an attribute in an element's start tag, as a splice. */
export function setAttr(text: string, node: XmlNode, name: string, value: string): Splice {
  const tag = text.slice(node.start, node.openEnd);
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const m = re.exec(tag);
  if (m) {
    const from = node.start + m.index + m[1].length;
    return { from, to: from + m[2].length, text: `"${escapeXml(value)}"` };
  }
  const at = node.start + 1 + node.name.length;
  return { from: at, to: at, text: ` ${name}="${escapeXml(value)}"` };
}

/** A splice that appends `inner` as the last content of `node`, opening a self-closing element if needed. */
export function appendInside(text: string, node: XmlNode, inner: string): Splice {
  if (!node.selfClosing) return { from: node.closeStart, to: node.closeStart, text: inner };
  const open = text.slice(node.start, node.end - 2).trimEnd();
  return { from: node.start, to: node.end, text: `${open}>${inner}</${node.name}>` };
}

/**
 * A part's text with its XML declaration naming UTF-8, for a part read in another encoding (UTF-16) and written
 * back as UTF-8; a declaration that already names UTF-8 (in any case) is left exactly as it was.
 */
export function declareUtf8(text: string): string {
  if (!text.startsWith('<?xml')) return text;
  const end = text.indexOf('?>');
  const at = end < 0 ? -1 : text.lastIndexOf('encoding', end);
  if (at < 0) return text;
  let q = at + 'encoding'.length;
  while (q < end && text[q] !== '"' && text[q] !== "'") q++;
  const close = text.indexOf(text[q], q + 1);
  if (q >= end || close < 0 || close > end) return text;
  if (text.slice(q + 1, close).toLowerCase() === 'utf-8') return text;
  return `${text.slice(0, q + 1)}UTF-8${text.slice(close)}`;
}
