/**
 * Writes the benchmark workbooks: the county in the template's layout (what Junheng reads), and the same county as
 * the hand-made formula workbook statisticians use today (per-row indicator formulas, SUMPRODUCT coefficients),
 * which LibreOffice recalculates as the speed anchor.
 */
import ExcelJS from 'exceljs';
import { columnLetters } from '../src/engine/a1';
import { SHEETS } from '../src/engine/columns';
import { benchCountyRows, benchHeaders, generateSchools, type BenchSchool } from './county';

/** Writes `<dir>/county-<n>.xlsx` in the template's layout; streams so that 100,000 rows stay small in memory. */
export async function writeTemplateCounty(path: string, schools: BenchSchool[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const school = wb.addWorksheet(SHEETS.school);
  school.addRow(benchHeaders()).commit();
  for (const s of schools) school.addRow(s.row).commit();
  school.commit();
  const county = wb.addWorksheet(SHEETS.county);
  for (const r of benchCountyRows()) county.addRow(r).commit();
  county.commit();
  await wb.commit();
}

// Column positions of the formula sheet, named once so the formulas read like the hand-made sheets they copy.
const RAW = [
  '代码',
  '类型',
  '小学生数',
  '初中生数',
  '高中生数',
  '小学学历教师',
  '小学骨干',
  '小学体艺',
  '初中学历教师',
  '初中骨干',
  '初中体艺',
  '教学用房',
  '室内体育',
  '场馆',
  '设备万元',
  '多媒体',
] as const;
const col = (name: (typeof RAW)[number]) => columnLetters(RAW.indexOf(name));

/**
 * Writes the formula workbook: everything on the first sheet, because `soffice --convert-to csv` exports only
 * that one. Per row: facility shares, 14 indicator values and 14 status words; at the top right, 14 student-weighted
 * coefficients by SUMPRODUCT.
 */
export async function writeFormulaCounty(path: string, schools: BenchSchool[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('手工计算');
  const last = schools.length + 1;
  const shareP = columnLetters(RAW.length);
  const shareJ = columnLetters(RAW.length + 1);
  const firstValue = RAW.length + 2;
  const standards = [4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3, 5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4];
  const valueCol = (k: number) => columnLetters(firstValue + k);
  const coefCol = firstValue + 30;
  const header = [...RAW, '小学分摊', '初中分摊'];
  for (let k = 0; k < 14; k++) header.push(`${k < 7 ? '小学' : '初中'}L${(k % 7) + 1}`);
  for (let k = 0; k < 14; k++) header.push(`${k < 7 ? '小学' : '初中'}L${(k % 7) + 1}结论`);
  ws.addRow(header).commit();
  const hdrOf = (i: number) => columnLetters(coefCol + i);
  const headers = benchHeaders();
  const at = (name: string) => headers.findIndex((h) => h.startsWith(name));
  const pos = {
    code: at('学校代码'),
    type: at('学校类型'),
    senior: at('高中在校生数'),
    pDeg: at('小学专科'),
    pBack: at('小学县级'),
    pPe: at('小学体育艺术'),
    jDeg: at('初中本科'),
    jBack: at('初中县级'),
    jPe: at('初中体育艺术'),
    area: at('教学及辅助用房面积'),
    indoor: at('室内体育用房面积'),
    sports: at('体育运动场馆面积'),
    equip: at('教学仪器设备值'),
    media: at('网络多媒体教室数'),
  };
  for (let i = 0; i < schools.length; i++) {
    const r = i + 2;
    const s = schools[i];
    const n = (k: number) => (s.row[k] as number | null) ?? 0;
    const cells: (string | number | null | { formula: string })[] = [
      s.row[pos.code] as string,
      s.row[pos.type] as string,
      s.primary,
      s.junior,
      n(pos.senior),
      n(pos.pDeg),
      n(pos.pBack),
      n(pos.pPe),
      n(pos.jDeg),
      n(pos.jBack),
      n(pos.jPe),
      n(pos.area),
      n(pos.indoor),
      n(pos.sports),
      n(pos.equip),
      n(pos.media),
    ];
    const [C, D, E, B] = [col('小学生数'), col('初中生数'), col('高中生数'), col('类型')];
    cells.push({
      formula: `IF(${B}${r}="完全中学",0,IF(${C}${r}+1.1*${D}${r}+1.32*${E}${r}>0,${C}${r}/(${C}${r}+1.1*${D}${r}+1.32*${E}${r}),0))`,
    });
    cells.push({
      formula: `IF(${B}${r}="完全中学",IF(${D}${r}+1.2*${E}${r}>0,${D}${r}/(${D}${r}+1.2*${E}${r}),0),IF(${C}${r}+1.1*${D}${r}+1.32*${E}${r}>0,1.1*${D}${r}/(${C}${r}+1.1*${D}${r}+1.32*${E}${r}),0))`,
    });
    for (const [stu, share, t] of [
      [C, shareP, ['小学学历教师', '小学骨干', '小学体艺']],
      [D, shareJ, ['初中学历教师', '初中骨干', '初中体艺']],
    ] as const) {
      const d = `${stu}${r}`;
      for (const tc of t) cells.push({ formula: `IF(${d}>0,${col(tc)}${r}/${d}*100,0)` });
      cells.push({ formula: `IF(${d}>0,(${col('教学用房')}${r}-${col('室内体育')}${r})*${share}${r}/${d},0)` });
      cells.push({ formula: `IF(${d}>0,${col('场馆')}${r}*${share}${r}/${d},0)` });
      cells.push({ formula: `IF(${d}>0,${col('设备万元')}${r}*10000*${share}${r}/${d},0)` });
      cells.push({ formula: `IF(${d}>0,${col('多媒体')}${r}*${share}${r}/${d}*100,0)` });
    }
    for (let k = 0; k < 14; k++) {
      const d = `${k < 7 ? C : D}${r}`;
      const v = `${valueCol(k)}${r}`;
      cells.push({
        formula: `IF(${d}>0,IF(${v}>=${standards[k]}-1E-9,"达标",IF(${v}>=0.85*${standards[k]},"未达标(≥85%)","未达标")),"")`,
      });
    }
    if (i < 15) {
      // The coefficient block shares the first rows, as it does in the hand-made sheets.
      cells.push(null, null);
      if (i === 0) cells.push('指标', '平均值', '标准差', '差异系数');
      else {
        const k = i - 1;
        const w = `$${k < 7 ? C : D}$2:$${k < 7 ? C : D}$${last}`;
        const x = `${valueCol(k)}$2:${valueCol(k)}$${last}`;
        cells.push(header[firstValue + k]);
        cells.push({ formula: `SUMPRODUCT(${w},${x})/SUM(${w})` });
        cells.push({ formula: `SQRT(SUMPRODUCT(${w},(${x}-${hdrOf(1)}${r})^2)/SUM(${w}))` });
        cells.push({ formula: `${hdrOf(2)}${r}/${hdrOf(1)}${r}` });
      }
    }
    ws.addRow(cells).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Generates both workbooks for `n` schools into `dir`, returning their paths. */
export async function writeBenchWorkbooks(dir: string, n: number): Promise<{ county: string; formulas: string }> {
  const schools = generateSchools(n);
  const county = `${dir}/county-${n}.xlsx`;
  const formulas = `${dir}/formulas-${n}.xlsx`;
  await writeTemplateCounty(county, schools);
  await writeFormulaCounty(formulas, schools);
  return { county, formulas };
}
