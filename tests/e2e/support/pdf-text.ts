import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF that Chromium printed (page.pdf()), enough to check what a printout shows:
 * objects are read, Flate streams inflated, each font's ToUnicode map applied to the strings of
 * the pages' content streams. Not a general PDF reader (no xref streams, no encryption).
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const cmapOf = (fontObject: number) => {
    if (!cmaps.has(fontObject)) {
      const ref = objects.get(fontObject)?.dict.match(/\/ToUnicode (\d+) 0 R/);
      cmaps.set(fontObject, ref ? parseCMap(objects.get(Number(ref[1]))?.stream ?? '') : new Map());
    }
    return cmaps.get(fontObject)!;
  };
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  return pages
    .map((page) => {
      const resources = resolveDict(objects, page.dict, 'Resources');
      const fonts = new Map([...resolveDict(objects, resources, 'Font').matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((m) => [m[1], Number(m[2])]));
      const contents = [...(page.dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream ?? '');
      return contents.map((content) => showText(content, (name) => cmapOf(fonts.get(name) ?? -1))).join('\n');
    })
    .join('\n\f\n');
}

interface PdfObject {
  dict: string;
  stream?: string;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2];
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const start = match.index! + match[0].indexOf(body) + streamAt + 'stream'.length + (body[streamAt + 6] === '\r' ? 2 : 1);
    const length = Number(dict.match(/\/Length (\d+)/)?.[1] ?? body.lastIndexOf('endstream') - streamAt - 7);
    let bytes = pdf.subarray(start, start + length);
    if (/\/FlateDecode/.test(dict)) bytes = inflateSync(bytes);
    objects.set(Number(match[1]), { dict, stream: bytes.toString('latin1') });
  }
  return objects;
}

/** A sub-dictionary given inline (`/Font << … >>`) or by reference (`/Font 12 0 R`). */
function resolveDict(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const ref = dict.match(new RegExp(`/${key}\\s+(\\d+) 0 R`));
  if (ref) return objects.get(Number(ref[1]))?.dict ?? '';
  const at = dict.indexOf(`/${key}`);
  if (at < 0) return '';
  let depth = 0;
  for (let i = dict.indexOf('<<', at); i >= 0 && i < dict.length; i++) {
    if (dict.startsWith('<<', i)) (depth++, i++);
    else if (dict.startsWith('>>', i) && --depth === 0) return dict.slice(at, i + 2);
  }
  return '';
}

const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1].toUpperCase(), utf16(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [from, to, base] = [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
      for (let code = from; code <= to; code++) map.set(code.toString(16).toUpperCase().padStart(m[1].length, '0'), String.fromCharCode(base + code - from));
    }
  }
  return map;
}

/** The strings a content stream shows, decoded with the current font's map; a space or line break between moves. */
function showText(content: string, cmapFor: (font: string) => Map<string, string>): string {
  let out = '';
  let cmap = new Map<string, string>();
  const decode = (hex: string) => {
    const width = [...cmap.keys()][0]?.length ?? 2;
    return (hex.toUpperCase().match(new RegExp(`.{1,${width}}`, 'g')) ?? []).map((code) => cmap.get(code) ?? '').join('');
  };
  const tokens = content.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|(-?\d+(?:\.\d+)?)(?=\s*[<(\]])|\b(Td|TD|T\*|Tm|ET|Tj|TJ|')\b/g);
  for (const [, font, hex, literal, kern, operator] of tokens) {
    if (font) cmap = cmapFor(font);
    else if (hex !== undefined) out += decode(hex.replace(/\s/g, ''));
    else if (literal !== undefined) out += literal.replace(/\\(.)/g, '$1');
    else if (kern !== undefined && Number(kern) < -200) out += ' ';
    else if (operator && ['Td', 'TD', 'T*', 'Tm', 'ET', "'"].includes(operator)) out += operator === 'ET' ? '\n' : ' ';
  }
  return out;
}
