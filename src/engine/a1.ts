/** Converts a 0-based column index to its letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Converts column letters to a 0-based index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based (row, col) pair: (0, 0) → A1. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of a block of `rows` × `cols` cells whose top-left is the 0-based (row, col). */
export function a1Range(row: number, col: number, rows: number, cols: number): string {
  const first = a1(row, col);
  if (rows === 1 && cols === 1) return first;
  return `${first}:${a1(row + rows - 1, col + cols - 1)}`;
}

/** Parses `F12` into a 0-based { row, col }; returns null for anything else. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/**
 * The 0-based first and last rows and columns `[r0, c0, r1, c1]` of an A1 range (`B2` or `B2:D9`, either corner
 * first); null for anything else.
 */
export function rangeBounds(range: string): [number, number, number, number] | null {
  const [from, to] = range.split(':');
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  if (!a || !b) return null;
  return [Math.min(a.row, b.row), Math.min(a.col, b.col), Math.max(a.row, b.row), Math.max(a.col, b.col)];
}

/** Visits every cell of an A1 range (`B2` or `B2:D9`, either corner first) with its 0-based row and column. */
export function eachCellOfRange(range: string, visit: (row: number, col: number) => void): void {
  const bounds = rangeBounds(range);
  if (!bounds) return;
  const [r0, c0, r1, c1] = bounds;
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) visit(r, c);
  }
}
