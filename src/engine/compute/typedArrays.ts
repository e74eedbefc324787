/** Growing the typed arrays the result tables keep their columns in. */

/** A typed array of `n` entries of the same kind as `old`, starting with its contents. */
export function grown(old: Float64Array, n: number): Float64Array;
export function grown(old: Uint8Array, n: number): Uint8Array;
export function grown(old: Float64Array | Uint8Array, n: number): Float64Array | Uint8Array {
  const next = old instanceof Float64Array ? new Float64Array(n) : new Uint8Array(n);
  next.set(old);
  return next;
}
