import { computeResult } from '../../../src/engine/compute';
import type { EvaluationResult, ItemResult } from '../../../src/engine/result';
import type { Settings } from '../../../src/engine/settings';
import { defaultSettings } from '../../../src/engine/settings';
import type { CountySpec } from '../../support/schools';
import { goodJunior, goodPrimary, makeSchool, makeCounty, passingCountySpec, resetRows } from '../../support/schools';

beforeEach(() => resetRows());

function run(spec: CountySpec, settings: Settings = defaultSettings()): EvaluationResult {
  return computeResult(makeCounty(spec), settings);
}
function item(r: EvaluationResult, id: string): ItemResult {
  const found = [...r.guarantee, ...r.quality].find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
}
const noPrivate = (): Settings => ({ ...defaultSettings(), includePrivate: false });

describe('民办 scope of G3, G4, G5 and Q4 (RULES.md §2)', () => {
  // A 民办 小学 with 2 oversized classes, 2500 students (over 2000), no art room and 4% training funds.
  const privateSchool = () =>
    goodPrimary(2500, { code: 'MB', isPrivate: true, primaryOversized: 2, art90: 0, trainingBudget: 4 });

  it('regression: setting 民办 to 否 no longer drops 民办 schools from G5 (nor G3, G4, Q4)', () => {
    const r = run({ schools: [goodPrimary(300, { code: 'GB' }), privateSchool()] }, noPrivate());
    for (const id of ['G3', 'G4', 'G5', 'Q4']) {
      expect([id, item(r, id)]).toMatchObject([id, { status: 'fail', failing: ['MB'] }]);
    }
    // The setting still decides 资源配置: the 民办 school's part is listed but not included.
    expect(r.parts.find((p) => p.code === 'MB')).toMatchObject({ included: false });
    expect(r.shortfalls.filter((s) => s.code === 'MB').map((s) => s.item)).toEqual(['G3', 'G4', 'G5', 'Q4']);
  });

  it('民办 schools count in G3–G5 and Q4 with the default setting too, and Q4 is 1/2 schools', () => {
    const r = run({ schools: [goodPrimary(300, { code: 'GB' }), privateSchool()] });
    expect(item(r, 'G5')).toMatchObject({ value: 0.5, failing: ['MB'] });
    expect(item(r, 'Q4')).toMatchObject({ value: 0.5, failing: ['MB'] });
  });

  it('特殊教育学校 and 教学点 under the size floor stay out of G3–G5 and Q4', () => {
    const small = makeSchool({ code: 'JXD', type: '教学点', primaryStudents: 30, primaryOversized: 3 });
    const special = makeSchool({ code: 'TJ', type: '特殊教育学校', primaryStudents: 80, primaryOversized: 3 });
    const r = run({ schools: [goodPrimary(300), small, special] });
    expect(item(r, 'G5')).toMatchObject({ status: 'pass', value: 1, failing: [] });
  });
});

describe('G13 and Q4 given on both the school sheet and 区县数据: one rule', () => {
  it('complete school figures win, and a county figure more than 0.5 points away is warned on its cell', () => {
    // 小学 490/500 = 98% from the schools, 100% typed on 区县数据; 初中 384/400 = 96% against 96.3% (within 0.5).
    const schools = [
      goodPrimary(500, { urbanRural: '城区', primaryZoned: 490 }),
      goodJunior(400, { urbanRural: '城区', juniorZoned: 384 }),
    ];
    const r = run({ schools, numbers: { primaryZonedRatio: 1, juniorZonedRatio: 0.963 } });
    expect(item(r, 'G13')).toMatchObject({ value: 0.98, value2: 0.96, status: 'fail' });
    const warned = r.issues.filter((i) => i.code === 'two-sources-disagree');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning', sheet: '区县数据', cell: 'B16' });
    expect(warned[0].message).toContain('小学就近划片入学比例');
    expect(warned[0].message).toContain('填写 100.00%，按学校基础数据汇总为 98.00%');
  });

  it('Q4: complete school budgets win over the county ratio; Σ6/Σ200 = 3% against 5.2% is warned', () => {
    const schools = [goodPrimary(300, { trainingBudget: 6 }), goodPrimary(300, { trainingBudget: 0 })];
    const r = run({ schools, numbers: { trainingFundRatio: 0.052 } });
    expect(item(r, 'Q4')).toMatchObject({ value: 0.5, status: 'fail' });
    const warned = r.issues.filter((i) => i.code === 'two-sources-disagree');
    expect(warned.map((w) => w.message)).toEqual([
      '“区县数据”表 B32 单元格：Q4“教师培训经费占公用经费比例”填写 5.20%，按学校基础数据汇总为 3.00%，两者相差超过 0.5 个百分点；学校数据齐全，按学校数据计算，请核对。',
    ]);
  });

  it('incomplete school figures give way to the county ratio, without a warning', () => {
    const schools = [goodPrimary(300, { trainingBudget: null }), goodPrimary(300)];
    const r = run({ schools, numbers: { trainingFundRatio: 0.052 } });
    expect(item(r, 'Q4')).toMatchObject({ value: 0.052, status: 'pass', detail: '区县填报 5.20%' });
    expect(r.issues.filter((i) => i.code === 'two-sources-disagree')).toEqual([]);
  });

  it('agreeing figures (98% and 98.4%) give no warning', () => {
    const schools = [goodPrimary(500, { urbanRural: '城区', primaryZoned: 490 })];
    const r = run({ schools, numbers: { primaryZonedRatio: 0.984 } });
    expect(r.issues.filter((i) => i.code === 'two-sources-disagree')).toEqual([]);
  });
});

describe('a school whose type cannot be read blocks the verdict', () => {
  it('keeps 资源配置 and the county verdict at 待填报 and names the school', () => {
    const spec: CountySpec = { ...passingCountySpec(), schools: [goodPrimary(300), goodPrimary(400)] };
    const unknown = makeSchool({ code: 'X1', name: '某某学堂', type: null, primaryStudents: 300 });
    const passing = run(spec);
    expect(passing.verdict).toBe('pass');
    resetRows();
    const r = run({ ...spec, schools: [...(spec.schools ?? []), unknown] });
    expect(r.sections.resources).toBe('incomplete');
    expect(r.verdict).toBe('incomplete');
    expect(r.blockers).toContain(
      '1 所学校的学校类型未填写或无法识别（某某学堂），无法判断其是否参加资源配置及逐校项目，请在“学校基础数据”中补填学校类型',
    );
  });
});
