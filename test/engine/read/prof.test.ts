import { readWorkbookInput } from '../../../src/engine/read';
import type { CellValue } from '../../../src/engine/types';
import { countyGrid, schoolGrid, workbook } from '../../support/grid';
it('prof', () => {
  const g = schoolGrid([
    {
      学校代码: '0',
      学校名称: '学校',
      学校类型: '九年一贯制',
      小学在校生数: 600,
      初中在校生数: '1,200',
      小学专科及以上学历专任教师数: 30,
      初中本科及以上学历专任教师数: 60,
      小学县级及以上骨干教师数: 6,
      初中县级及以上骨干教师数: 12,
      小学体育艺术专任教师数: 6,
      初中体育艺术专任教师数: 11,
      教学及辅助用房面积: 9000,
      体育运动场馆面积: 15000,
      教学仪器设备值: 450,
      网络多媒体教室数: 40,
    },
  ]);
  const row: CellValue[] = [...g.values[1]];
  for (let i = 1; i < 100000; i++) {
    const r = [...row];
    r[0] = String(i);
    g.values.push(r);
  }
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    const out = readWorkbookInput(workbook(g, countyGrid({})));
    console.log(performance.now() - start, out.ok && out.input.issues.length, out.ok && out.input.issues.slice(0, 3));
  }
});
