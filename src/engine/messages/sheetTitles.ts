/** The titles printed in row 1 of the roll-up's and the collection's sheets. */
export const sheetTitleMessages = {
  rollupSummary: (counties: number) => `各区县义务教育优质均衡评估汇总（${counties} 个区县）`,
  rollupComparison: '各区县校际差异系数对比',
  rollupIssues: '各区县数据问题',
  collectProblems: (schools: number, problems: number) =>
    `学校填报表采集问题（采集 ${schools} 所学校，问题 ${problems} 个）`,
  collectMapping: '填报表项目与模板列对照',
} as const;
