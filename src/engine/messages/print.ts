/** Words of the printed output sheets: the page footer and the count tables at the foot of 评估汇总. */
export const printMessages = {
  /** Centre footer; `&P` is the page number and `&N` the number of pages (SpreadsheetML header/footer codes). */
  pageFooter: '第 &P 页，共 &N 页',
  /** The run time as the command line writes it on 评估汇总 (China Standard Time). */
  chinaTime: (stamp: string) => `${stamp}（北京时间）`,
  countsTitle: '四、自评报告所需统计数',
  compositionTitle: '（一）纳入评估的学校（学段）构成',
  typeHeader: '学校类型',
  totalHeader: '合计',
  compositionNote: '按学段计数：九年一贯制学校、完全中学等按小学部、初中部分别计算；不含不参评的学校。',
  splitTitle: '（二）资源配置“每所学校至少6项指标达到要求、余项不能低于要求的85%”情况',
  splitHeader: ['类别', '其中（按指标）'],
  splitRows: {
    all: '7项指标均达到要求',
    near: '6项达到要求、余项不低于85%',
    fail: '未达到要求',
    incomplete: '数据不全，无法判定',
  },
  indicatorCount: (name: string, n: number) => `${name} ${n}所`,
  g3Title: '（三）G3 音乐、美术专用教室达标情况（按建成年份）',
  g3Header: ['建成年份', '学校数', '达标学校数', '数据不全', '达标率'],
  byTypeTitle: '（四）G4 学校规模、G5 班额未达标学校（按学校类型）',
  itemHeader: '项目',
  schoolTypes: ['小学', '初中', '九年一贯制', '十二年一贯制', '完全中学', '教学点'],
  byTypeRows: { G4: 'G4 超过规模上限的学校', G5: 'G5 有大班额的学校' },
  q9Title: '（五）Q9 义务教育质量监测（按科目）',
  q9Header: ['学段', '科目', '学业水平等级', '校际差异率', '结论'],
  noSubjects: '未填报质量监测结果',
} as const;
