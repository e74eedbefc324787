/** Messages of the Excel add-in's workbook access: what went wrong when Excel refused a request. */
export const workbookMessages = {
  invalidArgument: 'Excel 拒绝了本次写入：参数无效（可能是工作表名称、单元格地址或数据格式不被接受）。',
  itemNotFound: (what: string | null) =>
    what
      ? `找不到「${what}」：工作表可能已被重命名或删除，请检查后重新计算。`
      : '找不到所需的工作表或区域：可能已被重命名或删除，请检查后重新计算。',
  itemAlreadyExists: '已存在同名的工作表，请将其重命名后重新计算。',
  accessDenied: '工作簿或工作表受保护，无法写入结果。请在「审阅」选项卡中撤销保护后重新计算。',
  payloadTooLarge: '一次传输的数据超过了 Excel 网页版 5 MB 的限制，请重新计算；若仍失败，请在桌面版 Excel 中运行。',
  cellEditMode: '有单元格正处于编辑状态，Excel 暂不接受修改。请按 Enter 或 Esc 结束编辑后重试。',
  generalException: 'Excel 暂时无法完成操作（常见于单元格处于编辑状态或工作簿正忙）。请按 Esc 退出编辑后重试。',
  busy: 'Excel 正忙或请求过于频繁，请稍候再试。',
  notSupported:
    '当前 Excel 版本不支持本加载项所需的功能（需要 ExcelApi 1.9 或更高版本）。请更新 Office，或改用“均衡网页版”：' +
    '用浏览器打开 junheng.html（向单位信息中心索取，无需安装，不联网），选择本工作簿，得到同样的结果。',
  unknown: (detail: string) => `Excel 操作失败：${detail}`,
  unknownNoDetail: 'Excel 操作失败，原因未知。请重新计算；若仍失败，请保存工作簿后重新打开。',
} as const;
