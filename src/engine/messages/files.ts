/**
 * Messages about files themselves: a damaged or hostile .xlsx package refused by the reader's limits, and the
 * command line's checks of its input and output paths. Each is one line naming the file, part or cell.
 */
import { grouped } from './digits';

/** `1234567` → `1,234,567`, so limits read at a glance. */
function n(v: number): string {
  return grouped(v, 0);
}

/** Messages of the .xlsx package reader (zip container and XML parts). */
export const packageMessages = {
  notZip: '文件不是完整的 .xlsx 工作簿（找不到 zip 目录，可能下载不完整或已损坏）',
  damaged: (what: string) => `工作簿已损坏：${what}`,
  tooShort: '文件太短，不是完整的 .xlsx 工作簿',
  tooManyEntries: (count: number, max: number) => `工作簿包含 ${n(count)} 个部件，超过上限 ${n(max)} 个`,
  duplicateEntry: (name: string) => `工作簿中部件「${name}」出现了不止一次，无法确定应读取哪一个`,
  encrypted: (name: string) => `部件「${name}」已加密，请在 Excel 中取消密码后另存为 .xlsx`,
  unsupportedMethod: (name: string, method: number) => `部件「${name}」使用了不支持的压缩方式（${method}）`,
  partTooLarge: (name: string, size: number, max: number) =>
    `部件「${name}」解压后为 ${n(size)} 字节，超过单个部件的上限 ${n(max)} 字节`,
  totalTooLarge: (size: number, max: number) => `工作簿解压后共 ${n(size)} 字节，超过上限 ${n(max)} 字节`,
  sizeMismatch: (name: string) => `部件「${name}」解压后的大小与目录记录不符，文件已损坏`,
  crcMismatch: (name: string) => `部件「${name}」的校验和（CRC-32）不符，文件已损坏`,
  inflateFailed: (name: string) => `部件「${name}」无法解压，文件已损坏`,
  xmlMalformed: (part: string, line: number, column: number) =>
    `部件「${part}」不是格式正确的 XML（第 ${line} 行第 ${column} 列）`,
  xmlDoctype: (part: string) => `部件「${part}」含有文档类型声明（DOCTYPE），.xlsx 中不允许，已拒绝读取`,
  xmlTooDeep: (part: string, max: number) => `部件「${part}」的元素嵌套超过 ${n(max)} 层`,
  xmlEncoding: (part: string) => `部件「${part}」的文字编码无法识别（应为 UTF-8 或 UTF-16）`,
  cellOutOfRange: (sheet: string, ref: string) =>
    `工作表「${sheet}」的单元格 ${ref} 超出 Excel 的范围（最多 1,048,576 行、16,384 列，即 XFD 列）`,
  rowOutOfRange: (sheet: string, row: string, max: number) =>
    `工作表「${sheet}」的第 ${row} 行超出 Excel 的范围（最多 ${n(max)} 行）`,
  cellTextTooLong: (sheet: string, ref: string, max: number) =>
    `工作表「${sheet}」单元格 ${ref} 的内容超过 ${n(max)} 个字符`,
  sharedTextTooLong: (part: string, index: number, max: number) =>
    `部件「${part}」的第 ${n(index + 1)} 个共享字符串超过 ${n(max)} 个字符`,
  mergeTooLarge: (sheet: string, range: string, max: number) =>
    `工作表「${sheet}」的合并区域 ${range} 超过 ${n(max)} 个单元格`,
  mergeInvalid: (sheet: string, range: string) => `工作表「${sheet}」的合并区域「${range}」不是有效的单元格区域`,
  gridTooLarge: (sheet: string, max: number) => `工作表「${sheet}」的已用区域超过 ${n(max)} 个单元格`,
  packageTooLarge: '结果工作簿将超过 4 GB 或 65,535 个部件，无法写出',
} as const;

/** Messages of the command line's input and output files. */
export const fileMessages = {
  isDirectory: (p: string) => `${p} 是文件夹，不是工作簿文件`,
  notRegularFile: (p: string) => `${p} 不是普通文件（可能是管道、设备或套接字）`,
  legacyFormat: (p: string, ext: string) => `${p} 是 ${ext} 文件，请先在 Excel 中“另存为” .xlsx 格式再计算`,
  inputTooLarge: (p: string, max: number) => `${p} 大于 ${n(max)} 字节，超过可读取的上限`,
  unreadableInput: (p: string) => `无法打开 ${p}：没有读取权限`,
  outputIsInput: (p: string) =>
    `输出文件不能是输入文件本身：${p} 与输入是同一个文件（或其链接），请用 --out 或 --json 指定另一个文件名`,
  outputsSame: (p: string) => `--out 与 --json 指向同一个文件 ${p}，请分别指定`,
  outputIsDirectory: (p: string) => `无法写入 ${p}：这是一个文件夹`,
  outputNotRegular: (p: string) => `无法写入 ${p}：它不是普通文件（可能是管道或设备）`,
  outputNoPermission: (p: string) => `无法写入 ${p}：没有写入权限`,
  outputBusy: (p: string) => `无法写入 ${p}：文件可能正在 Excel 或其他程序中打开，请关闭后重试`,
  outputDiskFull: (p: string) => `无法写入 ${p}：磁盘空间不足（原有文件未改动）`,
  outputFailed: (p: string, code: string) => `无法写入 ${p}（${code}），原有文件未改动`,
  outputFolderMissing: (p: string) => `无法写入 ${p}：所在文件夹无法创建`,
  outputExists: (p: string) =>
    `${p} 已存在，且不是本命令先前写出的结果，未改动；请换一个文件名，或加 --force 确认替换它`,
  openDocument: (p: string) =>
    `${p} 是 OpenDocument 表格（.ods，WPS 或 LibreOffice 的格式），请先“另存为” Excel 工作簿（.xlsx）再计算`,
} as const;
