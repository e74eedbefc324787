/** The run summary spells out the first errors with their cells, not only how many there are. */
import { ERRORS_SHOWN, summaryLines } from '../../src/cli/summary';
import { evaluate } from '../../src/engine/evaluate';
import type { EvaluationResult } from '../../src/engine/result';
import type { WorkbookInput } from '../../src/engine/types';
import { buildTemplateSheets } from '../../src/engine/template';
import { schoolGrid, workbook } from '../support/grid';

function run(book: WorkbookInput): EvaluationResult {
  const outcome = evaluate(book);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.result;
}

const sampleBook = (): WorkbookInput => ({
  sheets: buildTemplateSheets({ sample: true }).map((s) => ({
    name: s.name,
    values: s.values.map((r) => r.map((v) => v ?? null)),
  })),
});

describe('the summary prints the first errors with their cells', () => {
  it("lists the sample county's three errors after the counts, each naming its sheet and cell", () => {
    const lines = summaryLines(run(sampleBook()));
    const at = lines.indexOf('数据问题：错误 3 个，警告 1 个');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual([
      '错误：',
      '  - “学校基础数据”表 AD26 单元格（示例县向阳小学）：“教学仪器设备值”填写的“约300”不是数字，按缺失处理。',
      '  - “学校基础数据”表 AB38 单元格（示例县万灵小学）：“体育运动场馆面积”未填写，按缺失处理（空白不按 0 计算）。',
      '  - “学校基础数据”表 V51 单元格（示例县昌元初级中学）：“初中县级及以上骨干教师数”不能为负数（-3），按缺失处理。',
    ]);
  });

  it(`shows the first ${ERRORS_SHOWN} errors in sheet order and says how many there are and where the rest are`, () => {
    // Twelve schools with text in 小学在校生数 (and their other figures blank): far more than ten errors.
    const rows = Array.from({ length: 12 }, (_, i) => ({
      学校代码: `C${i}`,
      学校名称: `学校${i}`,
      学校类型: '小学',
      小学在校生数: `约${i}00`,
    }));
    const result = run(workbook(schoolGrid(rows)));
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(ERRORS_SHOWN);
    const lines = summaryLines(result);
    const head = lines.indexOf(`前 ${ERRORS_SHOWN} 个错误（共 ${errors.length} 个，全部见“数据问题”表）：`);
    expect(head).toBeGreaterThan(0);
    const listed = lines.slice(head + 1).filter((l) => l.startsWith('  - '));
    expect(listed).toEqual(errors.slice(0, ERRORS_SHOWN).map((e) => `  - ${e.message}`));
    expect(listed.filter((l) => /“学校基础数据”表 [A-Z]+\d+ 单元格/.test(l)).length).toBeGreaterThan(0);
  });

  it('prints no error list when there is none', () => {
    const rows = [{ 学校代码: 'A', 学校名称: '一小', 学校类型: '小学', 小学在校生数: 300 }];
    const result = run(workbook(schoolGrid(rows)));
    const lines = summaryLines({ ...result, issues: result.issues.filter((i) => i.severity !== 'error') });
    expect(lines.some((l) => l === '错误：' || l.startsWith('前 '))).toBe(false);
  });
});
