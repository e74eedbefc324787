/**
 * Draws the add-in icon (a white balance on a teal tile, for 均衡) at every size the manifest names and
 * writes assets/icon-<size>.png. Run with `node scripts/make-icons.mjs`; the PNGs are committed, so
 * the build never depends on this script. The encoder is the minimal PNG subset: one IHDR, one IDAT
 * (8-bit RGBA, filter 0 on every row, zlib from node), IEND.
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICON_SIZES = [16, 32, 64, 80];

const TILE = [0x1f, 0x6f, 0x8b];
const GLYPH = [0xff, 0xff, 0xff];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes `rgba` (size × size × 4 bytes, row-major) as a PNG file. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1, y downwards); each returns true when the point is inside.
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const inRoundedSquare = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, ax, ay, bx, by, half) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half;
};
const inLowerHalfDisc = (x, y, cx, cy, r) => y >= cy && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Which colour the point (x, y) takes at icon size `size`: the glyph, the tile, or nothing. */
function paint(x, y, size) {
  if (!inRoundedSquare(x, y, 0.18)) return null;
  // Thin strokes would vanish at 16 px, so they never get thinner than about one pixel.
  const stroke = Math.max(0.022, 0.55 / size);
  const beam = Math.max(0.03, 0.7 / size);
  const glyph =
    inRect(x, y, 0.5 - beam, 0.2, 0.5 + beam, 0.8) || // post
    inRect(x, y, 0.3, 0.77, 0.7, 0.77 + 2 * beam) || // foot
    inRect(x, y, 0.15, 0.25 - beam, 0.85, 0.25 + beam) || // beam
    (x - 0.5) ** 2 + (y - 0.19) ** 2 <= 0.05 ** 2 || // knob
    nearSegment(x, y, 0.27, 0.25, 0.14, 0.55, stroke) ||
    nearSegment(x, y, 0.27, 0.25, 0.4, 0.55, stroke) ||
    nearSegment(x, y, 0.73, 0.25, 0.6, 0.55, stroke) ||
    nearSegment(x, y, 0.73, 0.25, 0.86, 0.55, stroke) ||
    inLowerHalfDisc(x, y, 0.27, 0.55, 0.145) ||
    inLowerHalfDisc(x, y, 0.73, 0.55, 0.145);
  return glyph ? GLYPH : TILE;
}

/** Renders the icon at `size` pixels with 8 × 8 supersampling, so edges are smooth at every size. */
export function renderIcon(size) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return rgba;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}
