/**
 * A fixed piece of arithmetic timed like the engine, printed next to its figures. This machine's speed drifts
 * (the same loop takes 10 ms at one moment and 16 ms at another, and the engine moves with it), so a reader can
 * tell a slower engine from a slower machine.
 */
import { performance } from 'node:perf_hooks';

const BLOCK = new Float64Array(1 << 16).map((_, i) => i * 1.1);

/** One sweep over the block; called many times, so the JIT optimises it as a function rather than mid-loop. */
function sweep(): number {
  let s = 0;
  for (let i = 0; i < BLOCK.length; i++) s += BLOCK[i] * BLOCK[i];
  return s;
}

/** Milliseconds for one pass of the reference loop (about 10-16 ms here). */
export function cpuReferenceMs(): number {
  const t = performance.now();
  let s = 0;
  for (let k = 0; k < 150; k++) s += sweep();
  const ms = performance.now() - t;
  // Uses the sum so that the loop cannot be dropped.
  return s > 0 ? ms : -ms;
}

/** The middle value. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Times `run` the way both benchmarks report the engine: `warmUp` runs first (the JIT settles), then `runs` timed
 * runs, each followed by one pass of the reference loop so that both are sampled under the same conditions.
 */
export function steadyTimes(
  run: () => void,
  warmUp: number,
  runs: number,
): { medianMs: number; bestMs: number; cpuRefMs: number } {
  for (let i = 0; i < warmUp; i++) {
    run();
    cpuReferenceMs();
  }
  const times: number[] = [];
  const refs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
    refs.push(cpuReferenceMs());
  }
  return { medianMs: median(times), bestMs: Math.min(...times), cpuRefMs: median(refs) };
}
