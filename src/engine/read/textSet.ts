/**
 * A set of texts for telling repeats apart in one column of a large sheet (学校代码 on 10,000 rows). A `Set<string>`
 * grows its table a dozen times on the way to 10,000 entries and spent about 100 ns on each code; this one is sized
 * once for the rows to come and probes an Int32Array, so most codes cost one hash over a few characters and one
 * comparison.
 */

/** FNV-1a over the UTF-16 code units of a text. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Texts seen so far; open addressing with linear probing, at most half full. */
export class TextSet {
  /** Position + 1 in `texts` of the text in each slot, 0 when free. */
  #slots: Int32Array;
  #texts: string[] = [];

  /** `expected`: about how many texts will be added (the table doubles when there are more). */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.#slots = new Int32Array(size);
  }

  /** The number of distinct texts added. */
  get size(): number {
    return this.#texts.length;
  }

  /** Adds a text; false when it was already in the set. */
  add(text: string): boolean {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let at = hashOf(text) & mask;
    for (let s = slots[at]; s !== 0; s = slots[at]) {
      if (this.#texts[s - 1] === text) return false;
      at = (at + 1) & mask;
    }
    this.#texts.push(text);
    slots[at] = this.#texts.length;
    if (this.#texts.length * 2 > slots.length) this.#rehash(slots.length * 2);
    return true;
  }

  #rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.#texts.forEach((text, i) => {
      let at = hashOf(text) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = i + 1;
    });
    this.#slots = slots;
  }
}
