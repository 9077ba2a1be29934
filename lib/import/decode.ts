import type { MessageKey } from '../i18n';
import { frenchText } from '../i18n-french';
/** How the bytes of an imported file were read. */
export type TextEncodingName = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; message: string; key: MessageKey };

const SNIFF_BYTES = 8192;

const refused = (key: MessageKey): DecodeResult => ({ ok: false, key, message: frenchText(key) });

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Files counsellors pick by mistake: say what they are and what to do instead. */
function knownBinary(bytes: Uint8Array): MessageKey | undefined {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return 'importXlsx';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return 'importXls';
  }
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'importPdf';
  return undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > end * 0.05;
}

/**
 * Bytes -> text the way spreadsheets write it in France: UTF-8 with or without BOM, UTF-16 with
 * BOM ("texte Unicode" in Excel), otherwise Windows-1252 (Excel's "CSV (séparateur : point-virgule)").
 * Refuses empty and binary files with a French message. Never throws.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return refused('importEmptyFile');
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const binary = knownBinary(bytes);
  if (binary) return refused(binary);
  if (looksBinary(bytes)) return refused('importBinary');
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not valid UTF-8: Excel on Windows writes CSV in Windows-1252.
    text = new TextDecoder('windows-1252').decode(body);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') return refused('importEmptyFile');
  return { ok: true, text, encoding };
}
