/**
 * Worksheet text decoded in pieces, each decoded whole, against one decoder over all the bytes: the same text for
 * valid UTF-8 and for every kind of broken sequence, however the bytes arrive in chunks.
 */
import { Utf8Pieces } from '../../../src/workbook/xlsxPackage/zip';
import { seededRandom } from '../../../bench/county';

function viaPieces(chunks: Uint8Array[]): string {
  let out = '';
  const pieces = new Utf8Pieces((t) => (out += t));
  for (const c of chunks) pieces.push(c, false);
  pieces.push(new Uint8Array(0), true);
  return out;
}

const whole = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/** Byte runs a part may hold, valid and broken. */
const TOKENS: number[][] = [
  [0x3c, 0x63, 0x3e], // <c>
  [0x41],
  [0xe7, 0xa4, 0xba], // 示
  [0xc2, 0xb2], // ²
  [0xf0, 0x9f, 0x98, 0x80], // U+1F600
  [0xef, 0xbb, 0xbf], // U+FEFF
  [0x80], // a stray continuation byte
  [0xe7, 0xa4], // a sequence cut short
  [0xf0, 0x9f], // a four-byte sequence cut short
  [0xc0, 0xaf], // an overlong form
  [0xe0, 0x80, 0x80], // an overlong three-byte form
  [0xed, 0xa0, 0x80], // a surrogate
  [0xf5, 0x80, 0x80, 0x80], // past U+10FFFF
  [0xff],
  [0xbf, 0xbf, 0xbf, 0xbf, 0xbf], // continuation bytes only
];

function randomBytes(rnd: () => number, tokens: number): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < tokens; i++) out.push(...TOKENS[Math.floor(rnd() * TOKENS.length)]);
  return Uint8Array.from(out);
}

function randomChunks(rnd: () => number, bytes: Uint8Array): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length;) {
    const n = Math.floor(rnd() * 9);
    chunks.push(bytes.subarray(at, at + n));
    at += n;
  }
  return chunks;
}

describe('UTF-8 decoded in whole pieces', () => {
  it('gives the one-decoder text for 2,000 random byte strings cut into random chunks', () => {
    const rnd = seededRandom(20261201);
    for (let k = 0; k < 2000; k++) {
      const bytes = randomBytes(rnd, 1 + Math.floor(rnd() * 40));
      expect(viaPieces(randomChunks(rnd, bytes))).toBe(whole(bytes));
    }
  });

  it('drops a byte-order mark at the start only, even when it arrives a byte at a time', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf, 0x42]);
    const oneByOne = [...bytes].map((b) => Uint8Array.of(b));
    expect(viaPieces(oneByOne)).toBe('A\uFEFFB');
    expect(viaPieces([bytes.subarray(0, 4), bytes.subarray(4)])).toBe('A\uFEFFB');
  });

  it('keeps a character whose bytes are split across chunks whole', () => {
    const bytes = new TextEncoder().encode('学校😀名称');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(viaPieces([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe('学校😀名称');
    }
  });

  it('ends a sequence cut short at the end of the part as one U+FFFD', () => {
    expect(viaPieces([Uint8Array.of(0x41, 0xe7, 0xa4)])).toBe('A\uFFFD');
  });
});
