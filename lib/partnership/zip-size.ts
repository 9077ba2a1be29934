import { frenchText } from '../i18n-french';

/**
 * An .xlsx is a zip: before exceljs inflates it, its central directory (a few hundred bytes at the
 * end of the file) says how big every part will be once decompressed. Summing those sizes bounds
 * the work and the memory a workbook can ask for, so a 1 MB file that inflates to 286 MB is
 * refused in a millisecond instead of freezing 42 s. Sizes of 0xFFFFFFFF (zip64) and a directory
 * that does not add up are refused too: a workbook that lies about itself is not read.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export interface ZipSizes {
  entries: number;
  /** Sum of the parts' decompressed sizes, as the directory states them. */
  uncompressed: number;
}

export function zipSizes(bytes: Uint8Array): { sizes?: ZipSizes; error?: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return { error: frenchText('zipNoEnd') };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset + size > end) return { error: frenchText('zipBadDirectory') };
  let uncompressed = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return { error: frenchText('zipBadDirectory') };
    const entrySize = view.getUint32(offset + 24, true);
    if (entrySize === 0xffffffff) return { error: frenchText('zipNo64') };
    uncompressed += entrySize;
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { sizes: { entries: count, uncompressed } };
}
