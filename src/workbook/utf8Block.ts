/**
 * Text encoded as UTF-8 straight into one reusable byte block, for output written in blocks (a worksheet part, the
 * `--json` file). Each piece goes in with `encodeInto`: gathering the pieces as strings and encoding the joined
 * string took about ten times as long on the 28 MB of sheets and the 17 MB of JSON of 10,000 schools, most of it
 * flattening the strings, and a character-by-character copy in script about three times as long.
 */
const encoder = new TextEncoder();

export class Utf8Block {
  // Grown as text arrives rather than allocated at full size: a zeroed megabyte for each sheet cost 18 ms of a
  // 300-school run, whose small sheets never fill it.
  private bytes = new Uint8Array(1 << 16);
  /** Bytes held. */
  length = 0;

  /** True when `text` is sure to fit within `limit` bytes after what is held (three bytes a UTF-16 unit at most). */
  fits(text: string, limit: number): boolean {
    return this.length + 3 * text.length <= limit;
  }

  /** Appends the UTF-8 of `text`. */
  add(text: string): void {
    const need = this.length + 3 * text.length;
    if (need > this.bytes.length) {
      const bytes = new Uint8Array(Math.max(need, 2 * this.bytes.length));
      bytes.set(this.bytes.subarray(0, this.length));
      this.bytes = bytes;
    }
    this.length += encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** The bytes held, valid until the next `add`; the block is empty afterwards. */
  take(): Uint8Array {
    const out = this.bytes.subarray(0, this.length);
    this.length = 0;
    return out;
  }
}
