/**
 * The golden fixtures' standard schools (test/fixtures/README.md), as rows of the school sheet keyed by header:
 * a 小学 and an 初中 that pass every indicator. Fixtures scale and alter them through `extra`.
 */
import type { CellValue } from '../../src/engine/types';

export type Row = Record<string, CellValue>;

/** A 小学 of 500 pupils passing every indicator: 5.0, 1.2, 1.0 per hundred; 5.0 m², 8.0 m², 2200 元; 2.4 rooms. */
export function standardPrimary(code: string, name: string, extra: Row = {}): Row {
  return {
    学校代码: code,
    学校名称: name,
    学校类型: '小学',
    小学在校生数: 500,
    小学专科及以上学历专任教师数: 25,
    小学县级及以上骨干教师数: 6,
    小学体育艺术专任教师数: 5,
    教学及辅助用房面积: 2500,
    体育运动场馆面积: 4000,
    教学仪器设备值: 110,
    网络多媒体教室数: 12,
    ...extra,
  };
}

/** An 初中 of 400 pupils passing every indicator: 6.0, 1.25, 1.0 per hundred; 6.0 m², 11.0 m², 2600 元; 2.5 rooms. */
export function standardJunior(code: string, name: string, extra: Row = {}): Row {
  return {
    学校代码: code,
    学校名称: name,
    学校类型: '初中',
    初中在校生数: 400,
    初中本科及以上学历专任教师数: 24,
    初中县级及以上骨干教师数: 5,
    初中体育艺术专任教师数: 4,
    教学及辅助用房面积: 2400,
    体育运动场馆面积: 4400,
    教学仪器设备值: 104,
    网络多媒体教室数: 10,
    ...extra,
  };
}
