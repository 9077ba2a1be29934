export const KEPT_UNREFERENCED: Map<string, string>;
export function readZip(buffer: Buffer): Map<string, Buffer>;
export function unneededFiles(entries: Map<string, Buffer>): Array<{ file: string; reason: string }>;
