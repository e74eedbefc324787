/**
 * The events a part's parser hands on, shared by the conforming parser (xmlScan.ts) and the fast scanner
 * (sheetScan.ts), so that neither imports the other for it.
 */
import type { SaxesTagPlain } from 'saxes';

/** What a part's parser hands on: start and end tags, and text (character data and CDATA alike). */
export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close(tag: SaxesTagPlain): void;
  text?(text: string): void;
  /**
   * A whole worksheet cell as the fast scanner reads it, in place of its events: `<c r="…" s="…" t="…">` (`s` and
   * `t` when present) with the text of its `<v>` or of its inline string's `<t>`, `v` undefined when it has
   * neither. Only the fast scanner calls it.
   */
  cell?(r: string, s: string | undefined, t: string | undefined, v: string | undefined): void;
}
