import { computeResult } from '../../../src/engine/compute';
import type { School } from '../../../src/engine/model';
import type { EvaluationResult } from '../../../src/engine/result';
import { defaultSettings } from '../../../src/engine/settings';
import type { CountySpec } from '../../support/schools';
import { goodJunior, goodPrimary, makeCounty, passingCountySpec, resetRows } from '../../support/schools';

beforeEach(() => resetRows());

/** Three primary and two junior schools meeting every standard, with cv 0 for every indicator. */
function goodSchools(): School[] {
  return [goodPrimary(300), goodPrimary(500), goodPrimary(800), goodJunior(600), goodJunior(900)];
}

function run(changes: Partial<CountySpec> = {}): EvaluationResult {
  const base = passingCountySpec();
  return computeResult(
    makeCounty({
      schools: goodSchools(),
      ...base,
      ...changes,
      numbers: { ...base.numbers, ...changes.numbers },
      selfAssessed: { ...base.selfAssessed, ...changes.selfAssessed },
      vetoes: { ...base.vetoes, ...changes.vetoes },
    }),
    defaultSettings(),
  );
}

describe('county verdict', () => {
  it('passes when every section passes, with no blockers', () => {
    const r = run();
    expect(r.sections).toEqual({
      resources: 'pass',
      guarantee: 'pass',
      quality: 'pass',
      recognition: 'pass',
      vetoes: 'pass',
    });
    expect(r.verdict).toBe('pass');
    expect(r.blockers).toEqual([]);
    expect(r.county).toBe('测试县');
    expect(r.vetoes.map((v) => v.value)).toEqual([false, false, false, false, false, false]);
  });

  it('a self-assessed 基本达标 does not pass', () => {
    const r = run({ selfAssessed: { curriculum: '基本达标' } });
    expect(r.sections.quality).toBe('fail');
    expect(r.verdict).toBe('fail');
    expect(r.blockers).toEqual(['Q7 课程开齐开足：自评为基本达标，不能视为达标']);
  });

  it('a veto 是 fails the county', () => {
    const r = run({ vetoes: { 违规择校: true } });
    expect(r.sections.vetoes).toBe('fail');
    expect(r.verdict).toBe('fail');
    expect(r.blockers).toEqual(['一票否决：存在“违规择校”']);
  });

  it('a blank item leaves the county incomplete, and a fail outranks it', () => {
    const r = run({ numbers: { recognitionRate: null } });
    expect(r.sections.recognition).toBe('incomplete');
    expect(r.verdict).toBe('incomplete');
    expect(r.blockers).toEqual(['S1 社会认可度：待填报（待填报：社会认可度）']);
    const both = run({ numbers: { recognitionRate: null, certifiedTeachers: 3990 } });
    expect(both.verdict).toBe('fail');
    expect(both.blockers).toContain('G12 专任教师持证上岗率：未达标（持证 3990 ÷ 专任教师 4000 = 99.75%）');
  });

  it('a school-by-school failure is named with its count', () => {
    const r = run({ schools: [...goodSchools(), goodPrimary(2100), goodPrimary(2300)] });
    expect(r.blockers).toEqual(['G4 学校规模：2 所学校超过规模上限']);
    expect(r.sections.guarantee).toBe('fail');
  });

  it('failing and incomplete parts block 资源配置, naming them', () => {
    const r = run({
      schools: [
        ...goodSchools(),
        goodPrimary(300, { name: '东城小学', primaryBackbone: 1 }),
        goodJunior(300, { name: '西城中学', mediaRooms: null }),
      ],
    });
    expect(r.sections.resources).toBe('fail');
    expect(r.blockers).toContain('资源配置：小学 1 所学校未达标（东城小学）');
    expect(r.blockers).toContain('资源配置：初中 1 所学校数据不全，无法判定（西城中学）');
  });

  it('a 学段 without parts does not block; a single part with all values known does not either', () => {
    const primaryOnly = run({ schools: [goodPrimary(300), goodPrimary(500)] });
    expect(primaryOnly.sections.resources).toBe('pass');
    const oneJunior = run({ schools: [goodPrimary(300), goodPrimary(500), goodJunior(600)] });
    expect(oneJunior.coefficients.junior.L1.cv).toBeNull();
    expect(oneJunior.sections.resources).toBe('pass');
  });

  it('a coefficient not computable because values are missing leaves 资源配置 incomplete', () => {
    const r = run({
      schools: [goodPrimary(300), goodPrimary(500), goodJunior(600), goodJunior(600, { sportsArea: null })],
    });
    expect(r.coefficients.junior.L5).toMatchObject({ n: 1, cv: null });
    expect(r.sections.resources).toBe('incomplete');
    expect(r.blockers).toContain('资源配置：初中 L5 差异系数因数据缺失不可计算');
  });

  it('no schools at all is incomplete', () => {
    const r = run({ schools: [] });
    expect(r.sections.resources).toBe('incomplete');
    expect(r.blockers).toContain('资源配置：没有纳入评估的学校');
  });
});
