/**
 * A fast scanner for the XML that worksheet and shared-string parts are made of: an XML declaration, start, end
 * and self-closing tags (prefixed names too), attributes in `"` or `'`, text, the five named entities, numeric
 * character references and CDATA sections. It hands the same events to the same `XmlHandlers` as the conforming
 * parser (`partParser`) would, built on the string's own `indexOf` and `charCodeAt` rather than one call per
 * character.
 *
 * It accepts only documents it can prove well formed. On anything else (a DOCTYPE, a comment, a processing
 * instruction, an unknown entity, `<` in an attribute value, a duplicate attribute, a mismatched or unclosed
 * tag, nesting past `MAX_XML_DEPTH`, a character XML forbids, text outside the root, a name outside ASCII…) it
 * gives up by throwing `GiveUp`, and the caller parses the whole part again from its start with the conforming
 * parser, which then gives exactly its own result or its own message.
 *
 * What it buys, measured with `bench/phases.ts` (the read phase: check, inflate and read the whole package;
 * medians of five runs alternating with the saxes-only reader on a shared machine; outputs byte-identical): a
 * 10,000-school county read in 0.52 s instead of 0.70 s, a 300-school one in 84 ms instead of 102 ms. With no
 * handlers behind it, the scanner alone takes about half of saxes' time on a cold start (the minimum of 15 runs
 * over a 300-school sheet: 19 against 33 ms) and under half once compiled. Memory is as before: the read of
 * 100,000 schools peaks at about 365 MB either way and keeps the same 66 MB of grids.
 */
import type { SaxesTagPlain } from 'saxes';
import { MAX_XML_DEPTH } from './limits';
import type { XmlHandlers } from './xmlHandlers';

/** The characters of XML's five predefined entities, by name. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Thrown when the part holds something outside the scanner's subset, or might be malformed. */
export class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/** Text left over between pieces beyond which the scanner gives up (a well-formed sheet carries one tag or run). */
const MAX_CARRY = 8 * 1024 * 1024;

const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const CR = 13;
const LF = 10;
const TAB = 9;
const SPACE = 32;
const BANG = 33;
const BRACKET = 93;

/** ASCII name characters: bit 1 may start a name, bit 2 may continue one (XML 1.0's NameStartChar/NameChar). */
const NAME_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_:]/.test(ch)) t[c] = 3;
    else if (/[0-9.-]/.test(ch)) t[c] = 2;
  }
  return t;
})();

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

/** XML 1.0's Char production for one code point. */
function isXmlChar(c: number): boolean {
  return (
    c === TAB ||
    c === LF ||
    c === CR ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** The XML declaration as Excel, LibreOffice and exceljs write it (version 1.0 only: 1.1 reads lines differently). */
const DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;

const LOWER_C = 99;

/**
 * A worksheet cell as Excel, LibreOffice, exceljs and openpyxl write nearly all of them, from just past its `<`:
 * `c r="B2" s="3" t="s"><v>12</v></c>`, `s` and `t` optional and in that order, `<v>` or an inline string's
 * `<is><t>` optional, or self-closing. Names, attribute values and the `<v>` text hold no markup, so on a piece `SPECIAL_CHAR` found
 * nothing in, a match is well formed. What it buys, reading the bench's exceljs-written counties in a fresh
 * process, alternating with the reader before it (grids and outputs byte-identical): 300 schools in 58 ms instead
 * of 86 (medians of 21 runs), 10,000 in 478 ms instead of 543 (medians of 7). Until the scanner is compiled, one
 * match costs far less than the five events and the tag object of a cell. The pattern only tests; the fields are
 * then cut out by their quotes: `exec` with four groups took 11-14 ms over the 8,000 cells of a 300-school
 * sheet in a fresh process, `test` and the cutting 5 ms.
 */
const CELL =
  /c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,9}")?(?: t="[A-Za-z]{1,9}")?(?:\/>|>(?:<v>[^<]*<\/v>|<is><t(?: xml:space="preserve")?>[^<]*<\/t><\/is>)?<\/c>)/y;

/**
 * Characters that make text need decoding or checking: a reference, a CR, a character XML forbids or a surrogate.
 * (`]]>` is looked for on its own: with it as an alternative, the first run over a 1 MB piece took ten times as long.)
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern looks for.
const SPECIAL_CHAR = /[&\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** End of the ASCII name starting at `i`; gives up when none starts there. */
function nameEnd(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (!(first < 128 && (NAME_CLASS[first] & 1) !== 0)) giveUp();
  for (i++; ; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 128 && (NAME_CLASS[c] & 2) !== 0)) return i;
  }
}

function skipSpaces(s: string, i: number): number {
  while (isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Index past a valid surrogate pair at `k`, or gives up (a lone surrogate, U+FFFE, U+FFFF). */
function pastWide(s: string, k: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = s.charCodeAt(k + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return k + 2;
  } else if (c >= 0xe000 && c <= 0xfffd) return k + 1;
  return giveUp();
}

/** The character an entity or character reference at `amp` (its `&`) stands for; `entityEnd` is set past its `;`. */
let entityEnd = 0;
function entityAt(s: string, amp: number, end: number): string {
  const semi = s.indexOf(';', amp + 1);
  if (semi < 0 || semi >= end) giveUp();
  entityEnd = semi + 1;
  const name = s.slice(amp + 1, semi);
  // Own-property check: a name such as `constructor` is no entity.
  if (Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name)) return NAMED_ENTITIES[name];
  let code = NaN;
  if (/^#x[0-9a-fA-F]+$/.test(name)) code = parseInt(name.slice(2), 16);
  else if (/^#[0-9]+$/.test(name)) code = parseInt(name.slice(1), 10);
  if (!isXmlChar(code)) giveUp();
  return String.fromCodePoint(code);
}

/**
 * Character data `[from, to)` decoded: entities and references resolved, line ends read as XML reads them
 * (CR LF and a lone CR as LF; in an attribute value, each of them and a tab as one space). Gives up on `<`, on a
 * forbidden character and, in text, on `]]>`.
 */
function decoded(s: string, from: number, to: number, inAttribute: boolean): string {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x20 ? c < 0xd800 && c !== AMP && c !== LT && c !== GT : c === LF && !inAttribute) continue;
    return decodedSlow(s, from, to, inAttribute);
  }
  return s.slice(from, to);
}

function decodedSlow(s: string, from: number, to: number, inAttribute: boolean): string {
  let out = '';
  let at = from;
  let k = from;
  while (k < to) {
    const c = s.charCodeAt(k);
    if (c >= 0x20 && c < 0xd800 && c !== AMP && c !== LT && c !== GT) {
      k++;
      continue;
    }
    if (c === GT) {
      if (!inAttribute && k - 2 >= from && s.charCodeAt(k - 1) === BRACKET && s.charCodeAt(k - 2) === BRACKET) giveUp();
      k++;
    } else if (c === AMP) {
      out += s.slice(at, k) + entityAt(s, k, to);
      k = at = entityEnd;
    } else if (c === CR || ((c === LF || c === TAB) && inAttribute)) {
      const next = c === CR && s.charCodeAt(k + 1) === LF && k + 1 < to ? k + 2 : k + 1;
      out += s.slice(at, k) + (inAttribute ? ' ' : '\n');
      k = at = next;
    } else if (c === LF || c === TAB) k++;
    else if (c >= 0xd800) k = pastWide(s, k, c);
    else giveUp();
  }
  return out + s.slice(at, to);
}

/**
 * A streaming scanner of one part: pieces of its text go in by `write`, `close` ends the part. Events reach the
 * handlers in the conforming parser's order: each run of text between markup as one `text` call (CDATA as its
 * own), `open` at a start tag's `>`, `close` at an end tag's `>` (right after `open` for a self-closing tag).
 * Throws `GiveUp` as soon as the part leaves the subset; events already handed on are then to be discarded.
 */
export class SheetScanner {
  private carry = '';
  private started = false;
  /** Offset just past the markup of the last `open` or `close`, in the string being scanned. */
  private at = 0;
  private closedRoot = false;
  private readonly stack: SaxesTagPlain[] = [];

  constructor(private readonly h: XmlHandlers) {}

  /**
   * Scans a piece, keeping back from its last `<` on, which may start markup that the next piece completes.
   * What was kept back is completed by the piece's text up to its first `<` and scanned on its own, so that the
   * piece itself is scanned as the decoder made it: a string joined from two is several times slower to index.
   */
  write(piece: string): void {
    let from = 0;
    if (this.carry !== '') {
      from = piece.indexOf('<');
      if (from < 0) return this.keep(this.carry + piece);
      const head = this.carry + piece.slice(0, from);
      this.carry = '';
      const done = this.scan(head, 0, head.length, false);
      // Only a CDATA section can run past the next `<`: then the two are joined after all.
      if (done < head.length) return this.keep(head.slice(done) + piece.slice(from));
    }
    const last = piece.lastIndexOf('<');
    if (last < from) return this.keep(piece.slice(from));
    this.keep(piece.slice(this.scan(piece, from, last, false)));
  }

  /** Offset just past the tag of the last `open` or `close`; offsets in the text itself under `scanWhole`. */
  position(): number {
    return this.at;
  }

  /** Scans a whole part in one string, checking it is complete; `position` is then an offset in `text`. */
  scanWhole(text: string): void {
    this.carry = text;
    this.close();
  }

  /** Scans what is left and checks the part is complete: one root element, closed. */
  close(): void {
    const s = this.carry;
    this.carry = '';
    this.scan(s, 0, s.length, true);
    if (!this.closedRoot || this.stack.length > 0) giveUp();
  }

  private keep(text: string): void {
    if (text.length > MAX_CARRY) giveUp();
    this.carry = text;
  }

  /**
   * Scans `s` from `p` up to `end`, which is just before a `<` or, when `final`, the end of the part; returns
   * where it stopped (before a CDATA section that ends past `end`). The common markup is read here and in
   * `startTag` without further calls: until the code is compiled, each call costs more than the scanning.
   */
  private scan(s: string, p: number, end: number, final: boolean): number {
    // The declaration holds no `<` after its first: once another `<` has arrived, the whole of it is here.
    if (!this.started && (end > 0 || final)) {
      this.started = true;
      if (s.startsWith('<?')) {
        DECLARATION.lastIndex = 0;
        if (!DECLARATION.test(s)) giveUp();
        p = DECLARATION.lastIndex;
      }
    }
    const h = this.h;
    const stack = this.stack;
    // Text in the root is taken as it is unless the piece has a reference, a CR, `]]>` or a character to check.
    // Before the root, text up to the first `<` is checked by `outside` (Excel puts a CR LF there).
    const firstLt = s.indexOf('<', p);
    const from = stack.length === 0 && firstLt >= 0 ? firstLt : p;
    SPECIAL_CHAR.lastIndex = from;
    const plain = !SPECIAL_CHAR.test(s) && s.indexOf(']]>', from) < 0;
    while (p < end) {
      let lt = s.indexOf('<', p);
      if (lt < 0 || lt > end) lt = end;
      if (lt > p) {
        if (stack.length === 0) this.outside(s, p, lt);
        else if (h.text) h.text(plain ? s.slice(p, lt) : decoded(s, p, lt, false));
        // Unwanted text is still checked: a reference to an unknown entity or a forbidden character is malformed.
        else if (!plain) decoded(s, p, lt, false);
      }
      if (lt >= end) break;
      const c = s.charCodeAt(lt + 1);
      if (c === SLASH) {
        const top = stack[stack.length - 1];
        const gt = top === undefined ? -1 : lt + 2 + top.name.length;
        if (gt < 0 || s.charCodeAt(gt) !== GT || !s.startsWith(top.name, lt + 2)) p = this.endTag(s, lt + 2);
        else {
          stack.pop();
          this.at = gt + 1;
          h.close(top);
          if (stack.length === 0) this.closedRoot = true;
          p = gt + 1;
        }
      } else if (c === BANG) {
        const next = this.cdata(s, lt, end, final);
        if (next < 0) return lt;
        p = next;
      } else {
        const next = c === LOWER_C && plain && h.cell ? this.cell(s, lt, end) : -1;
        p = next >= 0 ? next : this.startTag(s, lt + 1);
      }
    }
    return end;
  }

  /**
   * A whole `<c>` at `lt` in its common form, handed on by one `cell` call; -1 when it is in any other form or
   * runs past `end`, for `startTag` to read as usual. Called only on a piece without references or characters
   * to check, so the text it takes is well formed as it stands.
   */
  private cell(s: string, lt: number, end: number): number {
    if (this.closedRoot || this.stack.length + 2 > MAX_XML_DEPTH) return -1;
    CELL.lastIndex = lt + 1;
    if (!CELL.test(s) || CELL.lastIndex > end) return -1;
    const next = CELL.lastIndex;
    let i = lt + 6; // past `<c r="`
    const refEnd = s.indexOf('"', i);
    const ref = s.slice(i, refEnd);
    i = refEnd + 1;
    let style: string | undefined;
    let type: string | undefined;
    let v: string | undefined;
    if (s.startsWith(' s="', i)) {
      const e = s.indexOf('"', i + 4);
      style = s.slice(i + 4, e);
      i = e + 1;
    }
    if (s.startsWith(' t="', i)) {
      const e = s.indexOf('"', i + 4);
      type = s.slice(i + 4, e);
      i = e + 1;
    }
    // `>` then `<v>` or `<is><t …>`: the text runs to the next `<`, that of `</v>` or `</t>`.
    if (s.charCodeAt(i) === GT) {
      if (s.startsWith('<v>', i + 1)) v = s.slice(i + 4, s.indexOf('<', i + 4));
      else if (s.startsWith('<is>', i + 1)) {
        const from = s.indexOf('>', i + 6) + 1;
        v = s.slice(from, s.indexOf('<', from));
      }
    }
    (this.h.cell as NonNullable<XmlHandlers['cell']>)(ref, style, type, v);
    return next;
  }

  /** Character data outside the root: whitespace only. */
  private outside(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) giveUp();
    if (this.h.text) this.h.text(decoded(s, from, to, false));
  }

  /** A start tag whose name begins at `from`; returns the index past it. */
  private startTag(s: string, from: number): number {
    if (this.closedRoot || this.stack.length >= MAX_XML_DEPTH) giveUp();
    let i = from;
    let c = s.charCodeAt(i);
    if (!(c < 128 && (NAME_CLASS[c] & 1) !== 0)) giveUp();
    do c = s.charCodeAt(++i);
    while (c < 128 && (NAME_CLASS[c] & 2) !== 0);
    const tag: SaxesTagPlain = { name: s.slice(from, i), attributes: {}, isSelfClosing: false };
    while (c !== GT) {
      if (c === SLASH) {
        if (s.charCodeAt(i + 1) !== GT) giveUp();
        tag.isSelfClosing = true;
        i++;
        break;
      }
      if (c !== SPACE && c !== LF && c !== TAB && c !== CR) giveUp();
      do c = s.charCodeAt(++i);
      while (c === SPACE || c === LF || c === TAB || c === CR);
      if (c === GT || c === SLASH) continue;
      i = this.attribute(s, i, tag.attributes);
      c = s.charCodeAt(i);
      // The conforming parser wants whitespace between attributes.
      if (c !== GT && c !== SLASH && c !== SPACE && c !== LF && c !== TAB && c !== CR) giveUp();
    }
    const h = this.h;
    this.at = i + 1;
    h.open(tag);
    if (!tag.isSelfClosing) this.stack.push(tag);
    else {
      h.close(tag);
      if (this.stack.length === 0) this.closedRoot = true;
    }
    return i + 1;
  }

  /** One `name = "value"` at `i`, added to `attrs`; returns the index past its closing quote. */
  private attribute(s: string, i: number, attrs: Record<string, string>): number {
    const from = i;
    let c = s.charCodeAt(i);
    if (!(c < 128 && (NAME_CLASS[c] & 1) !== 0)) giveUp();
    do c = s.charCodeAt(++i);
    while (c < 128 && (NAME_CLASS[c] & 2) !== 0);
    const name = s.slice(from, i);
    while (c === SPACE || c === LF || c === TAB || c === CR) c = s.charCodeAt(++i);
    if (c !== EQ) giveUp();
    do c = s.charCodeAt(++i);
    while (c === SPACE || c === LF || c === TAB || c === CR);
    if (c !== DQUOTE && c !== SQUOTE) giveUp();
    const start = i + 1;
    let close = start;
    for (let v = s.charCodeAt(close); v !== c; v = s.charCodeAt(++close)) {
      // Also past the end (NaN): the value is then read, or refused, by `decoded`.
      if (!(v >= 0x20 && v < 0xd800) || v === AMP || v === LT) {
        close = s.indexOf(c === DQUOTE ? '"' : "'", start);
        if (close < 0) giveUp();
        break;
      }
    }
    const value = close === start ? '' : decoded(s, start, close, true);
    // A duplicate; also any name `Object.prototype` has (`__proto__`, `constructor`), which then reads as one.
    if (attrs[name] !== undefined) giveUp();
    attrs[name] = value;
    return close + 1;
  }

  /** An end tag other than `</name>` of the open element: with whitespace before `>`, or refused. */
  private endTag(s: string, from: number): number {
    const to = nameEnd(s, from);
    const i = skipSpaces(s, to);
    if (s.charCodeAt(i) !== GT) giveUp();
    const tag = this.stack.pop();
    if (!tag || tag.name.length !== to - from || !s.startsWith(tag.name, from)) giveUp();
    this.at = i + 1;
    this.h.close(tag as SaxesTagPlain);
    if (this.stack.length === 0) this.closedRoot = true;
    return i + 1;
  }

  /** A CDATA section inside the root, handed on as text; -1 when its end lies in a later piece. */
  private cdata(s: string, lt: number, end: number, final: boolean): number {
    if (this.stack.length === 0 || !s.startsWith('<![CDATA[', lt)) giveUp();
    const from = lt + 9;
    const stop = s.indexOf(']]>', from);
    if (stop < 0 || stop + 3 > end) return final ? giveUp() : -1;
    let text = '';
    let at = from;
    for (let k = from; k < stop;) {
      const c = s.charCodeAt(k);
      if (c >= 0x20 && c < 0xd800) k++;
      else if (c === LF || c === TAB) k++;
      else if (c === CR) {
        text += s.slice(at, k) + '\n';
        k = at = s.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
      } else if (c >= 0xd800) k = pastWide(s, k, c);
      else giveUp();
    }
    text += s.slice(at, stop);
    if (this.h.text) this.h.text(text);
    return stop + 3;
  }
}

/** How often each path has read a part since the process started (a test watches the fast one being taken). */
export const partReads = { fast: 0, conforming: 0 };

let scannerOn = true;

/**
 * Turns the fast scanner off (every part then goes to the conforming parser alone) or back on; for the tests
 * that compare the two paths and for measuring them.
 */
export function useSheetScanner(on: boolean): void {
  scannerOn = on;
}

/** Whether the fast scanner goes first (see `useSheetScanner`). */
export function scannerEnabled(): boolean {
  return scannerOn;
}
