/** What the add-in tells the statistician when writing to the workbook fails or can only partly be done. */
export const addinMessages = {
  /** Appended to the reason of a failure while the output sheets were written. */
  previousResultsKept: '本次计算的结果没有写入，原有的结果表保持不变。',
  workbookProtected:
    '工作簿结构受保护，无法添加、删除或重命名工作表，结果没有写入，原有的结果表保持不变。' +
    '请在「审阅」选项卡中点击「保护工作簿」撤销保护后重新计算。',
  highlightsSkippedProtected: (sheet: string) =>
    `结果表已写出，但「${sheet}」受保护，未能在其上标出未达标（红）和接近达标（黄）的单元格。` +
    '撤销该表的保护后重新计算即可标出。',
  highlightsFailed: (reason: string) => `结果表已写出，但未能标出未达标和接近达标的单元格：${reason}`,
  highlightsLeftProtected: (sheets: readonly string[]) =>
    `结果表已删除，但${sheets.map((s) => `「${s}」`).join('、')}受保护，其上的未达标标记未能清除。` +
    '请撤销保护后再点击「清除结果」。',
} as const;
