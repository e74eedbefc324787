/**
 * The MipSolver port over HiGHS compiled to WebAssembly (the `highs` package). Not engine code: it loads a .wasm
 * file, which the engine must not do. The package is imported only when a plan is made, so `evaluate` never loads
 * it. In Node the loader finds highs.wasm beside its own file (node_modules/highs/build); a browser passes
 * `locateFile` to say where the add-in serves it.
 */
import type { Highs } from 'highs';
import type { MipModel, MipResult, MipSolver } from '../engine/plan/types';

let loading: Promise<Highs> | null = null;

/** The HiGHS runtime, loaded once per process. */
function runtime(locateFile?: (file: string) => string): Promise<Highs> {
  loading ??= import('highs').then((m) => {
    // The package is CommonJS: its loader is the default export under Node's interop, or the module itself.
    const load = (m as unknown as { default?: typeof m.default }).default ?? (m as unknown as typeof m.default);
    return load(locateFile ? { locateFile } : {});
  });
  return loading;
}

/** The model's rows as a CSR matrix, with infinities as HiGHS writes them. */
function toModelData(highs: Highs, m: MipModel) {
  const inf = highs.infinity;
  const starts = new Int32Array(m.rows.length + 1);
  let nz = 0;
  m.rows.forEach((r, i) => {
    nz += r.indices.length;
    starts[i + 1] = nz;
  });
  const indices = new Int32Array(nz);
  const values = new Float64Array(nz);
  let at = 0;
  for (const r of m.rows) {
    indices.set(r.indices, at);
    values.set(r.values, at);
    at += r.indices.length;
  }
  const clip = (v: number): number => (v === Infinity ? inf : v === -Infinity ? -inf : v);
  return {
    numCols: m.cost.length,
    numRows: m.rows.length,
    colCost: m.cost,
    colLower: new Float64Array(m.cost.length),
    colUpper: Float64Array.from(m.upper, clip),
    rowLower: Float64Array.from(m.rows, (r) => clip(r.lower)),
    rowUpper: Float64Array.from(m.rows, (r) => clip(r.upper)),
    matrix: { format: 'csr' as const, numRows: m.rows.length, numCols: m.cost.length, starts, indices, values },
    integrality: Int32Array.from(m.integer),
  };
}

/** A MipSolver over HiGHS; `locateFile` tells a browser where highs.wasm is served. */
export function highsSolver(locateFile?: (file: string) => string): MipSolver {
  return {
    async solve(m: MipModel, options: { timeLimit: number }): Promise<MipResult> {
      const highs = await runtime(locateFile);
      if (m.cost.length === 0) return { status: 'optimal', detail: '', x: new Float64Array(0), objective: 0, bound: 0 };
      const model = highs.createModel(toModelData(highs, m));
      try {
        model.options.set({ output_flag: false, time_limit: options.timeLimit, mip_rel_gap: 1e-6 });
        model.run();
        const s = model.getModelStatus();
        const codes = highs.constants.modelStatus;
        const x = Float64Array.from(model.getSolution().colValue);
        const objective = model.getObjectiveValue();
        const bound = Number(model.info.get('mip_dual_bound') ?? objective);
        if (s === codes.optimal)
          return { status: 'optimal', detail: '', x, objective, bound: Math.min(bound, objective) };
        if (s === codes.timeLimit || s === codes.interrupted || s === codes.iterationLimit) {
          const found = x.length > 0 && Number.isFinite(objective);
          return { status: found ? 'limit' : 'error', detail: String(s), x, objective, bound };
        }
        return { status: s === codes.infeasible ? 'infeasible' : 'error', detail: String(s), x, objective, bound };
      } finally {
        model.dispose();
      }
    },
  };
}
