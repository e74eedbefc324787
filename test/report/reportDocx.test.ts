/**
 * The .docx of a report: GB/T 9704 page and fonts in its XML, the same bytes on a re-run, and LibreOffice's reading
 * of it (converted to PDF: A4 pages, the key sentences, page numbers). The LibreOffice part is skipped only when
 * soffice is not installed and CI is not set.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { reportFromWorkbook, type ReportDocument } from '../../src/engine/report';
import { reportDocxBytes } from '../../src/workbook/docx';
import { beibei } from './seedCounties';

const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0) ?? null;
const withOffice = soffice || process.env.CI ? it : it.skip;
if (!soffice && !process.env.CI) console.warn('soffice 未安装：跳过 LibreOffice 转换 PDF 的检查');

const DATE = new Date('2023-12-05T02:00:00Z');

function report(): ReportDocument {
  const outcome = reportFromWorkbook(beibei(), { date: DATE });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.report;
}

let dir: string;
let bytes: Uint8Array;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'junheng-report-'));
  bytes = await reportDocxBytes(report(), DATE);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('the report .docx', () => {
  it('sets A4 with margins 37 / 35 / 28 / 26 mm and alternating page-number footers', () => {
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(strFromU8(files['word/settings.xml'])).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers).toHaveLength(2);
    const footerXml = footers.map((f) => strFromU8(files[f])).join('');
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('w:eastAsia="宋体"');
  });

  it('names the GB/T 9704 fonts: 小标宋 title, 仿宋_GB2312 body, 黑体 and 楷体_GB2312 headings', () => {
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']);
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312'])
      expect(doc).toContain(`w:eastAsia="${font}"`);
    expect(strFromU8(files['word/styles.xml'])).toContain('w:eastAsia="仿宋_GB2312"');
    // 2号 title (44 half-points), 3号 body (32), highlighted placeholders.
    expect(doc).toContain('<w:sz w:val="44"/>');
    expect(doc).toContain('<w:sz w:val="32"/>');
    expect(doc).toMatch(/<w:highlight w:val="yellow"\/>.*?【待填写：/);
  });

  it('gives the same bytes when drafted again from the same workbook', async () => {
    expect(Buffer.from(await reportDocxBytes(report(), DATE)).equals(Buffer.from(bytes))).toBe(true);
  });

  withOffice(
    'opens in LibreOffice Writer: A4 PDF pages with the key sentences and "— 1 —" page numbers',
    async () => {
      const file = path.join(dir, '北碚区.docx');
      await fs.writeFile(file, bytes);
      const r = spawnSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        { encoding: 'utf8', timeout: 120000 },
      );
      expect(r.status).toBe(0);
      const pdf = path.join(dir, '北碚区.pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(3);
      const raw = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      // Lines are broken where the page breaks them and LibreOffice spaces CJK from digits: compare without spaces,
      // and without the page numbers that fall between two pages' text.
      const flat = raw.replace(/[\s\u200b]+/g, '');
      expect(flat).toContain('—1—');
      expect(flat).toContain('—2—');
      const text = flat.replace(/—\d+—/g, '');
      expect(text).toContain('重庆市北碚区创建全国义务教育优质均衡发展区自查自评报告');
      expect(text).toContain('70所学校7项指标均达到要求；1所学校6项指标达到要求');
      expect(text).toContain('占符合交流轮岗条件教师总数的29.5%；交流轮岗的骨干教师139名，占交流轮岗教师总数的30.8%。');
      expect(text).toContain('达标率66.7%');
      expect(text).toContain('达标率90.9%');
      expect(text).toContain('自评结论：未达标');
      expect(text).toContain('重庆市北碚区人民政府教育督导室2023年12月5日');
    },
    180000,
  );
});
