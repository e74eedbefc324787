/**
 * Numbers in messages with their digits grouped in threes. Written out rather than `toLocaleString('en-US')`,
 * whose first call loads the host's locale data: 21-23 ms of a run that shows one grouped number (a 300-school
 * county takes about 0.4 s in all), and a result that would depend on how Node was built.
 */

/** Groups digits in threes (1230 → 1,230) with the given number of decimals. */
export function grouped(n: number, decimals: number): string {
  const fixed = n.toFixed(decimals);
  const dot = fixed.indexOf('.');
  const end = dot < 0 ? fixed.length : dot;
  const start = fixed.charCodeAt(0) === 45 ? 1 : 0; // a leading minus sign
  const digits = end - start;
  if (digits <= 3) return fixed;
  // The first group takes what is left over from threes; the rest follow in threes.
  let i = start + (digits % 3 || 3);
  let out = fixed.slice(0, i);
  for (; i < end; i += 3) out += ',' + fixed.slice(i, i + 3);
  return out + fixed.slice(end);
}
