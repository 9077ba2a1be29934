export const HEAD_SCRIPT: string;
export function headFirstHtml(html: string): string;
