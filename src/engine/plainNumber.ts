/**
 * The lexical form of a number in a cell's `<v>`: an optional sign, digits with an optional decimal point (at
 * least one digit), and an optional exponent. Checked in one pass; JavaScript's `Number` would also take hex,
 * binary, octal and `Infinity`.
 */

function digitsFrom(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

/** True when `s` is a plain decimal number such as `12`, `-0.5`, `.5`, `3.` or `1.2E-3`. */
export function isPlainNumber(s: string): boolean {
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const intEnd = digitsFrom(s, i);
  let digits = intEnd - i;
  i = intEnd;
  if (s[i] === '.') {
    const fracEnd = digitsFrom(s, i + 1);
    digits += fracEnd - i - 1;
    i = fracEnd;
  }
  if (digits === 0) return false;
  if (s[i] === 'e' || s[i] === 'E') {
    let j = i + 1;
    if (s[j] === '+' || s[j] === '-') j++;
    const expEnd = digitsFrom(s, j);
    if (expEnd === j) return false;
    i = expEnd;
  }
  return i === s.length;
}
