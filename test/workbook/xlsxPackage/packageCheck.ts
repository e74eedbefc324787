/**
 * Structural checks of a written package that need no spreadsheet program: every XML part is well-formed (saxes
 * rejects anything else), every internal relationship points at a part that exists, every part has a content
 * type, and the workbook's sheet names are unique.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

const decoder = new TextDecoder();

/** Throws with the part's name when an XML part is not well-formed. */
function parseStrict(name: string, text: string): void {
  const parser = new SaxesParser();
  try {
    parser.write(text).close();
  } catch (e) {
    throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The problems found in a package; an empty list when it is sound. */
export function packageProblems(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const problems: string[] = [];
  const names = Object.keys(files);
  const lower = new Set(names.map((n) => n.toLowerCase()));
  for (const name of names) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    try {
      parseStrict(name, decoder.decode(files[name]));
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  const types = decoder.decode(files['[Content_Types].xml']);
  const defaults = [...types.matchAll(/<Default[^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  const overrides = new Set([...types.matchAll(/<Override[^>]*PartName="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  for (const o of overrides) if (!lower.has(o.slice(1))) problems.push(`override without part: ${o}`);
  for (const name of names) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(`/${name.toLowerCase()}`) && !defaults.includes(ext)) problems.push(`no content type: ${name}`);
  }
  for (const name of names.filter((n) => n.endsWith('.rels'))) {
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const dir = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
    for (const m of decoder.decode(files[name]).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])?.[1] ?? '';
      const parts: string[] = [];
      for (const seg of (target.startsWith('/') ? target.slice(1) : dir + target).split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.' && seg !== '') parts.push(seg);
      }
      if (!lower.has(parts.join('/').toLowerCase())) problems.push(`${name}: missing target ${target}`);
    }
  }
  const workbook = decoder.decode(files['xl/workbook.xml']);
  const sheetNames = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  if (new Set(sheetNames).size !== sheetNames.length) problems.push('duplicate sheet names');
  return problems;
}

/** The uncompressed parts of a package by name. */
export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** A part's text. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!part) throw new Error(`no part ${name}`);
  return decoder.decode(part);
}
