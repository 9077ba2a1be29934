/** `count` structures as the CSV a team spreadsheet exports (`;`, CRLF, French headings). */
export function benchCsv(count: number): string;
