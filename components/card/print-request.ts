/** The partner a page was opened to print (`?print=<id>`), if any. */
export function printRequest(search: string): string | undefined {
  return new URLSearchParams(search).get('print') || undefined;
}
