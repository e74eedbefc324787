/**
 * A small XML scanner for the package's little parts (workbook, relationships, content types, styles, app
 * properties): it finds elements with their exact character offsets, so an edit splices new text into the part
 * and leaves every other byte as it was. Large parts (worksheets, shared strings) go through saxes instead.
 */

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
    switch (ref) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
    }
  });
}

/** Characters XML 1.0 does not allow in a document (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the point of this pattern is to match control characters.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content or a double-quoted attribute, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  let s = text.replace(FORBIDDEN, '');
  if (/[&<>"]/.test(s))
    s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return s;
}

function parseAttrs(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag)) !== null) attrs[m[1]] = decodeXml(m[3] ?? m[4] ?? '');
  return attrs;
}

/** Offset just after the `>` closing a tag that starts at `from`, honouring quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  throw new Error('unterminated tag');
}

/** Scans a part into its root element; comments, processing instructions, CDATA and DOCTYPE are skipped. */
export function scanXml(text: string): XmlNode {
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    if (text.startsWith('<?', i)) {
      i = text.indexOf('?>', i) + 2;
    } else if (text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i) + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      i = text.indexOf(']]>', i) + 3;
    } else if (text.startsWith('<!', i)) {
      i = tagEnd(text, i);
    } else if (text[i + 1] === '/') {
      const end = tagEnd(text, i);
      const node = stack.pop();
      if (node) {
        node.closeStart = i;
        node.end = end;
      }
      i = end;
    } else {
      const end = tagEnd(text, i);
      const selfClosing = text[end - 2] === '/';
      const body = text.slice(i + 1, selfClosing ? end - 2 : end - 1);
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
      const colon = name.indexOf(':');
      const node: XmlNode = {
        name,
        local: colon >= 0 ? name.slice(colon + 1) : name,
        prefix: colon >= 0 ? name.slice(0, colon + 1) : '',
        attrs: parseAttrs(body.slice(name.length)),
        start: i,
        openEnd: end,
        closeStart: end,
        end,
        selfClosing,
        children: [],
      };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else if (!root) root = node;
      if (!selfClosing) stack.push(node);
      i = end;
    }
    if (i <= 0) break;
    i = text.indexOf('<', i);
  }
  if (!root) throw new Error('no root element');
  return root;
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
  const open = text.slice(node.start, node.end - 2).replace(/\s+$/, '');
  return { from: node.start, to: node.end, text: `${open}>${inner}</${node.name}>` };
}
