/**
 * A fake `PaneActions` that records its calls, and evaluation results to feed it.
 * The figures are chosen by hand so that each row of the pane's table can be checked against them.
 */
import { INDICATOR_IDS } from '../../src/engine/result';
import type {
  CoefficientResult,
  EvaluationOutcome,
  EvaluationResult,
  IndicatorId,
  StageCoefficients,
} from '../../src/engine/result';
import { defaultSettings } from '../../src/engine/settings';
import type { PaneActions, SettingsSnapshot } from '../../src/taskpane/actions';
import type { RunStep } from '../../src/taskpane/strings';

function coefficient(cv: number | null, limit: number): CoefficientResult {
  return { n: cv === null ? 1 : 12, mean: 1, sd: cv, cv, limit, pass: cv === null ? null : cv <= limit, top: [] };
}

/**
 * Coefficients of a county that fails one: the composites 0.379 and 0.321 are seed 000's; junior L6 is
 * 0.512 > 0.45 (未达标); primary L7 has one school only, so its cv cannot be computed (不可计算).
 */
export const PRIMARY_CV: Record<IndicatorId, number | null> = {
  L1: 0.2764,
  L2: 0.4381,
  L3: 0.3126,
  L4: 0.2455,
  L5: 0.4992,
  L6: 0.4217,
  L7: null,
};
export const JUNIOR_CV: Record<IndicatorId, number | null> = {
  L1: 0.1983,
  L2: 0.3648,
  L3: 0.2817,
  L4: 0.2236,
  L5: 0.3021,
  L6: 0.5123,
  L7: 0.2594,
};

function stage(cvs: Record<IndicatorId, number | null>, limit: number, composite: number): StageCoefficients {
  const out = { composite } as StageCoefficients;
  for (const id of INDICATOR_IDS) out[id] = coefficient(cvs[id], limit);
  return out;
}

/** A failing county with two blockers and three data issues (two with a cell, one for a missing column). */
export function failingResult(): EvaluationResult {
  return {
    county: '示例县',
    year: '2024',
    verdict: 'fail',
    blockers: ['资源配置：初中 L6 差异系数 0.512 超过上限 0.45', 'G8 教师平均工资收入：待填报'],
    sections: { resources: 'fail', guarantee: 'incomplete', quality: 'pass', recognition: 'pass', vetoes: 'pass' },
    parts: [],
    coefficients: { primary: stage(PRIMARY_CV, 0.5, 0.379), junior: stage(JUNIOR_CV, 0.45, 0.321) },
    guarantee: [],
    quality: [],
    recognition: {
      id: 'S1',
      name: '社会认可度',
      value: 0.912,
      standard: 0.85,
      status: 'pass',
      detail: '',
      selfAssessed: false,
    },
    vetoes: [],
    shortfalls: [],
    issues: [
      {
        severity: 'error',
        sheet: '学校基础数据',
        cell: 'F12',
        message: '“小学在校生数”不是数字：十二',
        code: 'not-a-number',
      },
      { severity: 'warning', sheet: '区县数据', cell: 'B7', message: '教师年平均工资收入为空', code: 'blank' },
      {
        severity: 'error',
        sheet: '学校基础数据',
        cell: null,
        message: '缺少列“网络多媒体教室数”',
        code: 'missing-column',
      },
    ],
    schoolSheet: '学校基础数据',
  };
}

/** A county that passes everything. */
export function passingResult(): EvaluationResult {
  const r = failingResult();
  return {
    ...r,
    verdict: 'pass',
    blockers: [],
    coefficients: {
      primary: stage({ ...PRIMARY_CV, L7: 0.301 }, 0.5, 0.379),
      junior: stage({ ...JUNIOR_CV, L6: 0.4 }, 0.45, 0.321),
    },
    issues: [],
  };
}

export interface FakeActions extends PaneActions {
  calls: { name: string; args: unknown[] }[];
  /** Fires the input-changed listener the pane registered. */
  changeInput(): void;
  listening(): boolean;
}

export interface FakeOptions {
  outcome?: () => Promise<EvaluationOutcome>;
  steps?: RunStep[];
  settings?: SettingsSnapshot;
  fail?: Partial<Record<keyof PaneActions, Error>>;
  /** What compareWithFile resolves to. */
  compareLines?: string[];
}

/** A PaneActions that answers from `opts` and records every call. */
export function fakeActions(opts: FakeOptions = {}): FakeActions {
  const calls: { name: string; args: unknown[] }[] = [];
  let listener: (() => void) | null = null;
  const check = (name: keyof PaneActions): void => {
    const err = opts.fail?.[name];
    if (err) throw err;
  };
  return {
    calls,
    changeInput: () => listener?.(),
    listening: () => listener !== null,
    async insertTemplate(withSample) {
      calls.push({ name: 'insertTemplate', args: [withSample] });
      check('insertTemplate');
    },
    async evaluate(onProgress) {
      calls.push({ name: 'evaluate', args: [] });
      for (const step of opts.steps ?? ['reading', 'computing', 'writing', 'highlighting']) onProgress(step);
      check('evaluate');
      return opts.outcome ? opts.outcome() : { ok: true, result: failingResult() };
    },
    async clearResults() {
      calls.push({ name: 'clearResults', args: [] });
      check('clearResults');
    },
    async readSettings() {
      calls.push({ name: 'readSettings', args: [] });
      check('readSettings');
      return opts.settings ?? { values: defaultSettings(), sheetFound: true, issues: [] };
    },
    async saveSettings(values) {
      calls.push({ name: 'saveSettings', args: [values] });
      check('saveSettings');
    },
    async compareWithFile(file) {
      calls.push({ name: 'compareWithFile', args: [file.name, file.bytes.length] });
      check('compareWithFile');
      return opts.compareLines ?? ['年度对比：示例县，2023 → 2024'];
    },
    async selectCell(sheet, cell) {
      calls.push({ name: 'selectCell', args: [sheet, cell] });
      check('selectCell');
    },
    async onInputChanged(onChange) {
      calls.push({ name: 'onInputChanged', args: [] });
      check('onInputChanged');
      listener = onChange;
      return () => {
        listener = null;
      };
    },
  };
}
