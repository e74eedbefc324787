/**
 * The tab order and opening tab of a written package: the sheets a run leads with go first, the workbook opens on
 * the first of them, and everything the workbook indexes by tab position follows the sheets to their new places.
 */
import { type Splice, type XmlNode, applySplices, child, childrenOf, scanXml, setAttr } from './xmlScan';

/** The workbook text with the `lead` sheets first and opening on the first of them; `order`: the new tab names. */
export interface LeadResult {
  text: string;
  order: string[];
}

/**
 * Moves the `<sheet>` elements named in `lead` (those present, in that order) before the others, which keep their
 * order; remaps every `localSheetId` of the defined names and points the workbook views at the first tab. A
 * workbook already in that order is returned as it was apart from the views, so a second run writes the same text.
 */
export function leadTabs(text: string, lead: readonly string[]): LeadResult {
  const root = scanXml(text);
  const sheetsNode = child(root, 'sheets');
  const sheets = sheetsNode ? childrenOf(sheetsNode, 'sheet') : [];
  const names = sheets.map((s) => s.attrs.name ?? '');
  const key = (n: string): string => n.toLowerCase();
  const first = lead.map(key).filter((n) => names.some((m) => key(m) === n));
  if (!sheetsNode || first.length === 0) return { text, order: names };
  const rank = (n: string): number => (first.includes(key(n)) ? first.indexOf(key(n)) : first.length);
  const moved = sheets.map((s, i) => ({ s, i })).sort((a, b) => rank(names[a.i]) - rank(names[b.i]) || a.i - b.i);
  const newIndex = new Map(moved.map((m, k) => [m.i, k]));
  const splices: Splice[] = [];
  if (moved.some((m, k) => m.i !== k)) {
    const body = moved.map((m) => text.slice(m.s.start, m.s.end)).join('');
    splices.push({ from: sheets[0].start, to: sheets[sheets.length - 1].end, text: body });
  }
  const definedNames = child(root, 'definedNames');
  for (const d of definedNames ? childrenOf(definedNames, 'definedName') : []) {
    const old = d.attrs.localSheetId;
    const now = old === undefined ? undefined : newIndex.get(Number(old));
    if (now !== undefined && String(now) !== old) splices.push(setAttr(text, d, 'localSheetId', String(now)));
  }
  splices.push(...viewSplices(text, root, sheetsNode));
  return { text: applySplices(text, splices), order: moved.map((m) => names[m.i]) };
}

/**
 * Every workbook view opens on the first tab and shows the tab strip from its start; a workbook without views
 * gets one saying so, where the schema puts it (just before `<sheets>`).
 */
function viewSplices(text: string, root: XmlNode, sheetsNode: XmlNode): Splice[] {
  const views = child(root, 'bookViews');
  const list = views ? childrenOf(views, 'workbookView') : [];
  if (list.length === 0) {
    const p = root.prefix;
    const view = `<${p}workbookView activeTab="0"/>`;
    if (views) return [{ from: views.start, to: views.end, text: `<${p}bookViews>${view}</${p}bookViews>` }];
    return [{ from: sheetsNode.start, to: sheetsNode.start, text: `<${p}bookViews>${view}</${p}bookViews>` }];
  }
  const out: Splice[] = [];
  for (const v of list) {
    if (v.attrs.activeTab !== '0') out.push(setAttr(text, v, 'activeTab', '0'));
    if (v.attrs.firstSheet !== undefined && v.attrs.firstSheet !== '0') out.push(setAttr(text, v, 'firstSheet', '0'));
  }
  return out;
}

const SELECTED = /\stabSelected\s*=\s*("(1|true)"|'(1|true)')/g;

/**
 * The sheet part's text with `tabSelected` taken off its sheet views, or null when none has it. Only the
 * `<sheetViews>` element, which comes before the cells, is looked at and changed.
 */
export function clearTabSelected(text: string): string | null {
  const open = text.indexOf('<sheetViews');
  const data = text.indexOf('<sheetData');
  if (open < 0 || (data >= 0 && data < open)) return null;
  const close = text.indexOf('</sheetViews>', open);
  if (close < 0 || (data >= 0 && close > data)) return null;
  const views = text.slice(open, close);
  SELECTED.lastIndex = 0;
  if (!SELECTED.test(views)) return null;
  return text.slice(0, open) + views.replace(SELECTED, '') + text.slice(close);
}
